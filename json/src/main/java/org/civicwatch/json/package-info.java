/**
 * What every civicwatch module that reads or writes JSON shares: the JSON plugins (both directions of the
 * document and JSON Lines forms) and the blog HTML plugins (the dataset a page embeds as JSON-LD). All of
 * it is API, documented and kept stable like the rest; no plugin lives here.
 *
 * <ul>
 *   <li>{@link org.civicwatch.json.JsonFormat}: the format's ids, media types, member names and version,
 *       the descriptors both directions describe themselves with, and the JSON Schema shipped here.</li>
 *   <li>{@link org.civicwatch.json.JsonMapping}: the one Jackson set-up, with the read limits every JSON
 *       reader applies, and Jackson's complaints in words for the person holding the file.</li>
 *   <li>{@link org.civicwatch.json.JsonTrees}: the field catalog's tree form
 *       ({@link org.civicwatch.catalog.ObjectSchema#toTree}, {@link org.civicwatch.catalog.DatasetTree})
 *       written as JSON and parsed from it.</li>
 *   <li>{@link org.civicwatch.json.JsonLdDataset}: a dataset as a schema.org {@code Dataset} in JSON-LD,
 *       safe to embed in a {@code <script>} element.</li>
 * </ul>
 *
 * <pre>{@code
 * String json = JsonTrees.toJson(DatasetTree.toTree(dataset));
 * Dataset back = DatasetTree.fromTree(JsonTrees.parse(json));
 * try (JsonParser p = JsonMapping.mapper().createParser(reader)) { ... }   // streaming, limits applied
 * }</pre>
 *
 * <p>What is not JSON (the tree form itself, decoding a record from a tree, the dataset's shape and version)
 * is in core's {@link org.civicwatch.catalog}.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.json;

import javax.annotation.ParametersAreNonnullByDefault;
