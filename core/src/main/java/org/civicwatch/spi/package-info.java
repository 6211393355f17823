/**
 * The plugin SPI: how a format plugs into civicwatch.
 *
 * <h2>Writing a plugin</h2>
 * <ol>
 * <li>Implement {@link org.civicwatch.spi.Importer} and/or {@link org.civicwatch.spi.Exporter} with a
 *     public no-argument constructor. Describe the format in a
 *     {@link org.civicwatch.spi.FormatDescriptor}: a lower-case id ({@code xlsx}), a name, a media type,
 *     file extensions, and every {@link org.civicwatch.spi.Option} the plugin accepts.</li>
 * <li>Stream: an importer returns a {@link org.civicwatch.spi.RecordReader} that yields one record per
 *     {@code next()}, an exporter a {@link org.civicwatch.spi.RecordWriter} that takes one per
 *     {@code write}. Never close a stream the caller passed in.</li>
 * <li>Map every record through the field catalog ({@link org.civicwatch.catalog.FieldCatalog}) rather
 *     than listing fields by hand: you get every field, and every field added later, for free.</li>
 * <li>Report bad input as a {@link org.civicwatch.spi.DataException} carrying a
 *     {@link org.civicwatch.spi.Location}; honour lenient mode with
 *     {@link org.civicwatch.spi.Problems}.</li>
 * <li>Leave redaction to the registry: it accepts {@link org.civicwatch.spi.StandardOptions#REDACT} for
 *     every exporter and redacts the records before they reach its writer. To honour it also when called
 *     directly, list it and return {@code Redactor.redacting(writer, Redaction.from(options, descriptor()))}
 *     (package {@code org.civicwatch.redaction}).</li>
 * <li>Register the classes in {@code META-INF/services/org.civicwatch.spi.Importer} (and
 *     {@code ...Exporter}), and for the module path give the jar an {@code Automatic-Module-Name} or a
 *     {@code module-info} with {@code provides}.</li>
 * <li>Run the conformance check of the {@code civicwatch-testkit} module (taken in test scope) in a
 *     test: {@code org.civicwatch.testkit.Conformance.check(new MyImporter(), new MyExporter())
 *     .assertPassed();}</li>
 * </ol>
 * A third-party plugin that claims the id of a built-in format wins when its descriptor has a higher
 * {@link org.civicwatch.spi.FormatDescriptor#priority()}; on equal priority the provider whose class
 * name sorts first wins. The registry reports every such conflict.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.spi;

import javax.annotation.ParametersAreNonnullByDefault;
