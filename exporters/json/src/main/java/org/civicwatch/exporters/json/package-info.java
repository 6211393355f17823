/**
 * Writes civicwatch datasets as JSON: one document ({@link org.civicwatch.exporters.json.JsonExporter},
 * format {@code json}, pretty or compact) or JSON Lines
 * ({@link org.civicwatch.exporters.json.JsonLinesExporter}, format {@code jsonl}), streaming: one record
 * in memory at a time. The format and its JSON Schema are described by {@link org.civicwatch.json.JsonFormat}
 * (artifact {@code civicwatch-json}, shared with the JSON importer); the document is core's
 * {@link org.civicwatch.catalog.DatasetTree} written as JSON.
 *
 * <pre>{@code
 * new JsonExporter().write(dataset, Path.of("gunma-2017.json"), Options.EMPTY);
 * try (RecordWriter w = new JsonLinesExporter().open(out, info, Options.EMPTY)) {
 *     w.write(sighting);
 * }
 * }</pre>
 */
@ParametersAreNonnullByDefault
package org.civicwatch.exporters.json;

import javax.annotation.ParametersAreNonnullByDefault;
