/**
 * Writes civicwatch datasets as CSV: a Frictionless Data Package
 * ({@link org.civicwatch.exporters.csv.DataPackageExporter}, format {@code datapackage}: a folder or a zip
 * with {@code datapackage.json} and one CSV file per record type and list) or a single CSV file of one
 * record type ({@link org.civicwatch.exporters.csv.CsvExporter}, format {@code csv}), streaming. Columns
 * come from the field catalog; how the CSV is written is a {@link org.civicwatch.exporters.csv.CsvWriteSettings}
 * value, with the presets {@code default} and {@code excel}.
 *
 * <pre>{@code
 * CivicWatch.write(dataset, Path.of("gunma-2017.zip"));
 * CivicWatch.write(dataset, Path.of("gunma-2017"), "datapackage", CsvWriteSettings.EXCEL.toOptions());
 * }</pre>
 */
@ParametersAreNonnullByDefault
package org.civicwatch.exporters.csv;

import javax.annotation.ParametersAreNonnullByDefault;
