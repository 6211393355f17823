/**
 * Reads civicwatch datasets from CSV: a Frictionless Data Package
 * ({@link org.civicwatch.importers.csv.DataPackageImporter}, format {@code datapackage}: a folder or a zip,
 * unpacked safely) or a single CSV file of one record type ({@link org.civicwatch.importers.csv.CsvImporter},
 * format {@code csv}), streaming; another publisher's CSV file through a
 * {@link org.civicwatch.importers.csv.ColumnMapping}. How CSV is read is a
 * {@link org.civicwatch.importers.csv.CsvReadSettings} value: the charset (detected strictly, or declared),
 * neutralised formulas, the record type, the bounds on zips.
 *
 * <pre>{@code
 * Dataset d = CivicWatch.read(Path.of("gunma-2017.zip"));
 * Dataset cameras = CivicWatch.read(Path.of("cameras.csv"), "csv",
 *         Options.EMPTY.with(CsvReadSettings.MAPPING, "examples/mappings/city-cameras.json"));
 * }</pre>
 */
@ParametersAreNonnullByDefault
package org.civicwatch.importers.csv;

import javax.annotation.ParametersAreNonnullByDefault;
