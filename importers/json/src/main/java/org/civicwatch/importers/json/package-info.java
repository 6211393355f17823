/**
 * Reads civicwatch datasets as JSON: one document ({@link org.civicwatch.importers.json.JsonImporter},
 * format {@code json}) or JSON Lines ({@link org.civicwatch.importers.json.JsonLinesImporter}, format
 * {@code jsonl}). {@link org.civicwatch.importers.json.JsonFormat} describes both forms, their read
 * limits and the JSON Schema shipped in this jar.
 *
 * <pre>{@code
 * Dataset d = new JsonImporter().read(Path.of("gunma-2017.json"), Options.EMPTY);
 * try (RecordReader r = new JsonLinesImporter().open(in, "feed.jsonl", Options.EMPTY)) {
 *     for (CivicRecord rec; (rec = r.next()) != null; ) { ... }
 * }
 * }</pre>
 *
 * <p>The package {@code org.civicwatch.importers.json.internal} is not API: it is shared with the JSON
 * exporter and may change without notice.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.importers.json;

import javax.annotation.ParametersAreNonnullByDefault;
