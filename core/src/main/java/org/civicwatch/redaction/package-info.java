/**
 * Redaction: personal data left out of a dataset before it is written or shared, found through the field
 * catalog rather than listed by hand. A {@link org.civicwatch.redaction.Redaction} says what to leave out
 * (an immutable value with presets); {@link org.civicwatch.redaction.Redactor} applies it to a record, a
 * stream of records, a dataset, or every record a writer is given.
 *
 * <pre>{@code
 * Dataset shareable = Redactor.redact(dataset, Redaction.privateNames());
 *
 * // what every exporter's writer goes through: the standard option StandardOptions.REDACT
 * Redaction r = Redaction.from(options, exporter.descriptor());
 * RecordWriter writer = Redactor.redacting(exporter.open(out, Redactor.redact(info, r), options), r);
 * }</pre>
 */
@ParametersAreNonnullByDefault
package org.civicwatch.redaction;

import javax.annotation.ParametersAreNonnullByDefault;
