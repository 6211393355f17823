/**
 * The plugin SPI: how a format plugs into civicwatch.
 *
 * <h2>Writing a plugin</h2>
 * <ol>
 * <li>Implement {@link org.civicwatch.spi.Importer} and/or {@link org.civicwatch.spi.Exporter} with a
 *     public no-argument constructor. Describe the format with
 *     {@link org.civicwatch.spi.FormatDescriptor#builder(String)}: a lower-case id ({@code xlsx}), a
 *     name, a media type, file extensions (the format's own first), and every
 *     {@link org.civicwatch.spi.Option} the plugin accepts.</li>
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
 *
 * <h2>Options</h2>
 * The registry and the facade check the options against the plugin's descriptor before they open a
 * reader or writer: an option the descriptor does not list is an {@link org.civicwatch.spi.OptionException}
 * naming the valid ones, and never reaches the plugin. A plugin reads the options it lists, and refuses a
 * value it cannot use (an extractor that does not exist, a URL that is none) with an
 * {@link org.civicwatch.spi.OptionException} as well, before it reads any input: the data is not at fault.
 *
 * <h2>What a writer needs, and what a reader knows</h2>
 * Nobody signals an order by throwing. An exporter declares what its writers need:
 * <ul>
 * <li>{@link org.civicwatch.spi.Exporter#needsRecordsGrouped()}: records grouped by type, incidents
 *     first. The registry's conversions group them (incidents pass through, the other types wait in
 *     temporary files until the input has ended). A whole {@link org.civicwatch.model.Dataset} is
 *     grouped already.</li>
 * <li>{@link org.civicwatch.spi.Exporter#takesLateInfo()}: the writer takes the dataset info after the
 *     records, through {@link org.civicwatch.spi.RecordWriter#lateInfo}, called at most once. A writer
 *     that puts the info first keeps the default, and a conversion opens it only when the input's info
 *     is complete.</li>
 * <li>{@link org.civicwatch.spi.Exporter#holdsOneRecordType()}: each output holds the records of one
 *     type and no dataset info (a single CSV file); the conformance check then writes and reads back
 *     one type at a time.</li>
 * </ul>
 * A reader says when its info can no longer change ({@link org.civicwatch.spi.RecordReader#infoComplete()});
 * one whose format gives the info at the start says so after reading it, so that conversions stream
 * instead of holding records back. A conversion reads its input once, so each piece of input a lenient
 * reader rejects reaches the {@link org.civicwatch.spi.StandardOptions#REJECTED} sink once. New SPI methods
 * come as {@code default} methods only, so plugins written before them keep working.
 *
 * <h2>Conflicts</h2>
 * A third-party plugin that claims the id of a built-in format wins when its descriptor has a higher
 * {@link org.civicwatch.spi.FormatDescriptor#priority()}; on equal priority the provider whose class
 * name sorts first wins. The registry reports every such conflict. An output file goes to the exporter
 * whose own (first) extension it has before one listing it further down, then by priority, then by class
 * name.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.spi;

import javax.annotation.ParametersAreNonnullByDefault;
