/**
 * Reads civicwatch datasets as JSON: one document ({@link org.civicwatch.importers.json.JsonImporter},
 * format {@code json}) or JSON Lines ({@link org.civicwatch.importers.json.JsonLinesImporter}, format
 * {@code jsonl}). {@link org.civicwatch.json.JsonFormat} (artifact {@code civicwatch-json}) describes
 * both forms and their JSON Schema; {@link org.civicwatch.json.JsonMapping} holds the read limits.
 *
 * <pre>{@code
 * Dataset d = new JsonImporter().read(Path.of("gunma-2017.json"), Options.EMPTY);
 * try (RecordReader r = new JsonLinesImporter().open(in, "feed.jsonl", Options.EMPTY)) {
 *     for (CivicRecord rec; (rec = r.next()) != null; ) { ... }
 * }
 * }</pre>
 *
 * <p>The package {@code org.civicwatch.importers.json.internal} is not API and is used only inside this
 * jar; records are decoded by core ({@link org.civicwatch.catalog.ObjectSchema#fromTree}).
 */
@ParametersAreNonnullByDefault
package org.civicwatch.importers.json;

import javax.annotation.ParametersAreNonnullByDefault;
