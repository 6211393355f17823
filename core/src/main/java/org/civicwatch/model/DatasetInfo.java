package org.civicwatch.model;

import java.util.List;
import javax.annotation.CheckForNull;

/**
 * What a dataset is and who publishes it.
 *
 * @param title the dataset's title
 * @param description what it holds, in a paragraph
 * @param publisher who publishes it
 * @param license a license name or URL ("CC-BY-4.0")
 * @param language BCP 47 tag of its text ("ja")
 * @param created when it was made
 * @param sources the documents it was made from
 */
public record DatasetInfo(@CheckForNull String title, @CheckForNull String description,
                          @CheckForNull String publisher, @CheckForNull String license,
                          @CheckForNull String language, @CheckForNull When created, List<Link> sources) {

    /** No information at all. */
    public static final DatasetInfo EMPTY = new DatasetInfo(null, null, null, null, null, null, List.of());

    /**
     * Checks the info; empty strings become null.
     *
     * @param title the dataset's title
     * @param description what it holds, in a paragraph
     * @param publisher who publishes it
     * @param license a license name or URL ("CC-BY-4.0")
     * @param language BCP 47 tag of its text ("ja")
     * @param created when it was made
     * @param sources the documents it was made from
     * @throws ModelException if {@code language} is not a BCP 47 tag or {@code sources} holds a null
     */
    public DatasetInfo {
        title = Checks.text(title, "title");
        description = Checks.text(description, "description");
        publisher = Checks.text(publisher, "publisher");
        license = Checks.text(license, "license");
        language = Checks.language(language, "language");
        sources = Checks.list(sources, "sources");
    }

    /**
     * {@return info with only a title}
     *
     * @param title the dataset's title
     */
    public static DatasetInfo titled(String title) {
        return new DatasetInfo(title, null, null, null, null, null, List.of());
    }
}
