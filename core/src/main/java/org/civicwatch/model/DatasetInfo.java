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

    /**
     * {@return a builder with every field empty}
     *
     * <pre>{@code
     * DatasetInfo info = DatasetInfo.builder().title("県庁の監視カメラ").publisher("市民オンブズマン群馬")
     *         .license("CC-BY-4.0").language("ja").build();
     * }</pre>
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this info's fields, to change some of them} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.description = description;
        b.publisher = publisher;
        b.license = license;
        b.language = language;
        b.created = created;
        b.sources = sources;
        return b;
    }

    /** Builds a {@link DatasetInfo}; every field optional, checked when built. */
    public static final class Builder {
        private String title;
        private String description;
        private String publisher;
        private String license;
        private String language;
        private When created;
        private List<Link> sources = List.of();

        private Builder() {
        }

        /**
         * Sets the dataset's title.
         *
         * @param newTitle the title, or null
         * @return this builder
         */
        public Builder title(@CheckForNull String newTitle) {
            this.title = newTitle;
            return this;
        }

        /**
         * Sets what the dataset holds, in a sentence or two.
         *
         * @param newDescription the description, or null
         * @return this builder
         */
        public Builder description(@CheckForNull String newDescription) {
            this.description = newDescription;
            return this;
        }

        /**
         * Sets who publishes the dataset ("市民オンブズマン群馬").
         *
         * @param newPublisher the publisher, or null
         * @return this builder
         */
        public Builder publisher(@CheckForNull String newPublisher) {
            this.publisher = newPublisher;
            return this;
        }

        /**
         * Sets the licence, as an SPDX identifier ("CC-BY-4.0") or a URL.
         *
         * @param newLicense the licence, or null
         * @return this builder
         */
        public Builder license(@CheckForNull String newLicense) {
            this.license = newLicense;
            return this;
        }

        /**
         * Sets the language of the dataset's text, a BCP 47 tag ("ja").
         *
         * @param newLanguage the tag, or null
         * @return this builder
         */
        public Builder language(@CheckForNull String newLanguage) {
            this.language = newLanguage;
            return this;
        }

        /**
         * Sets when the dataset was made.
         *
         * @param newCreated the date, or null
         * @return this builder
         */
        public Builder created(@CheckForNull When newCreated) {
            this.created = newCreated;
            return this;
        }

        /**
         * Replaces the sources: the pages, archives and files the records were read from.
         *
         * @param newSources the sources, in order
         * @return this builder
         */
        public Builder sources(List<Link> newSources) {
            this.sources = newSources;
            return this;
        }

        /**
         * {@return the info}
         *
         * @throws ModelException as the constructor does: a language that is not a BCP 47 tag, a null source
         */
        public DatasetInfo build() {
            return new DatasetInfo(title, description, publisher, license, language, created, sources);
        }
    }
}
