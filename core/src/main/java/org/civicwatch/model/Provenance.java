package org.civicwatch.model;

import javax.annotation.CheckForNull;

/**
 * Where a record came from, when a program extracted it: hand-curated records have none.
 *
 * @param source the source document (a permalink or file name)
 * @param locator where in the source ("paragraph 4", a CSS path, a line number)
 * @param quote the text span the record was extracted from
 * @param extractor the id of the extractor that made the record ("blog-html/sighting")
 * @param confidence how sure the extractor is, from 0 to 1
 */
public record Provenance(String source, @CheckForNull String locator, @CheckForNull String quote,
                         @CheckForNull String extractor, @CheckForNull Double confidence) {

    /**
     * Checks the provenance; empty strings become null.
     *
     * @param source the source document (a permalink or file name)
     * @param locator where in the source ("paragraph 4", a CSS path, a line number)
     * @param quote the text span the record was extracted from
     * @param extractor the id of the extractor that made the record ("blog-html/sighting")
     * @param confidence how sure the extractor is, from 0 to 1
     * @throws ModelException if {@code source} is missing or {@code confidence} is outside 0..1
     */
    public Provenance {
        source = Checks.required(source, "source");
        locator = Checks.text(locator, "locator");
        quote = Checks.text(quote, "quote");
        extractor = Checks.text(extractor, "extractor");
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new ModelException("confidence", confidence + " is outside 0..1");
        }
    }
}
