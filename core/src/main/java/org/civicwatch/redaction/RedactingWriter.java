package org.civicwatch.redaction;

import org.civicwatch.spi.RecordWriter;

/**
 * A record writer that redacts every record it is given before writing it. {@link Redactor#redacting}
 * makes one around any writer. A writer that redacts by itself (the blog HTML page, which says how many
 * names it left out) implements this, so that {@code Redactor.redacting} hands it back as it is instead of
 * redacting the records before it can count them.
 */
public interface RedactingWriter extends RecordWriter {

    /** {@return what it leaves out of every record} */
    Redaction redaction();
}
