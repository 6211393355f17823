package org.civicwatch.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.CheckForNull;

/**
 * A news article a group cites.
 *
 * @param id unique in the dataset
 * @param outlet who published it ("NHK News Web")
 * @param headline its headline
 * @param url where it was published
 * @param published when, to the minute where known
 * @param via the news agency it came through ("共同")
 * @param authors its authors, where credited
 * @param language BCP 47 language tag ("ja")
 * @param excerpt the quoted text
 * @param retrieved when it was read
 * @param archivedUrl an archived copy
 * @param related ids of related records
 * @param links other pages about it
 * @param tags free tags
 * @param provenance where it was extracted from
 */
public record NewsReference(String id, String outlet, String headline, @CheckForNull String url,
                            @CheckForNull When published, @CheckForNull String via, List<String> authors,
                            @CheckForNull String language, @CheckForNull String excerpt,
                            @CheckForNull When retrieved, @CheckForNull String archivedUrl, List<String> related,
                            List<Link> links, List<String> tags, @CheckForNull Provenance provenance)
        implements CivicRecord {

    /**
     * Checks the reference; empty strings become null.
     *
     * @param id unique in the dataset
     * @param outlet who published it ("NHK News Web")
     * @param headline its headline
     * @param url where it was published
     * @param published when, to the minute where known
     * @param via the news agency it came through ("共同")
     * @param authors its authors, where credited
     * @param language BCP 47 language tag ("ja")
     * @param excerpt the quoted text
     * @param retrieved when it was read
     * @param archivedUrl an archived copy
     * @param related ids of related records
     * @param links other pages about it
     * @param tags free tags
     * @param provenance where it was extracted from
     * @throws ModelException if {@code id}, {@code outlet} or {@code headline} is missing, an id is
     *     invalid, a URL is not absolute http(s), {@code language} is not a BCP 47 tag, or a list holds
     *     a null or an empty author or tag
     */
    public NewsReference {
        id = Checks.id(id, "id");
        outlet = Checks.required(outlet, "outlet");
        headline = Checks.required(headline, "headline");
        url = Checks.text(url, "url") == null ? null : Link.checkUrl(url, "url");
        via = Checks.text(via, "via");
        authors = Checks.tags(authors, "authors");
        language = Checks.language(language, "language");
        excerpt = Checks.text(excerpt, "excerpt");
        archivedUrl = Checks.text(archivedUrl, "archivedUrl") == null ? null : Link.checkUrl(archivedUrl, "archivedUrl");
        related = Checks.ids(related, "related");
        links = Checks.list(links, "links");
        tags = Checks.tags(tags, "tags");
    }

    /**
     * {@return a builder for a news reference; {@code outlet} and {@code headline} are required}
     *
     * @param id unique in the dataset
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** {@return a builder holding this reference's fields} */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.copyCommon(this);
        b.outlet = outlet;
        b.headline = headline;
        b.url = url;
        b.published = published;
        b.via = via;
        b.authors = new ArrayList<>(authors);
        b.language = language;
        b.excerpt = excerpt;
        b.retrieved = retrieved;
        b.archivedUrl = archivedUrl;
        return b;
    }

    /** Builds a {@link NewsReference}. */
    public static final class Builder extends RecordBuilder<Builder, NewsReference> {
        private String outlet;
        private String headline;
        private String url;
        private When published;
        private String via;
        private List<String> authors = new ArrayList<>();
        private String language;
        private String excerpt;
        private When retrieved;
        private String archivedUrl;

        private Builder(String id) {
            super(id);
        }

        /**
         * Sets who published it ("NHK News Web"); required.
         *
         * @param newOutlet the outlet
         * @return this builder
         */
        public Builder outlet(String newOutlet) {
            this.outlet = newOutlet;
            return this;
        }

        /**
         * Sets the headline; required.
         *
         * @param newHeadline the headline
         * @return this builder
         */
        public Builder headline(String newHeadline) {
            this.headline = newHeadline;
            return this;
        }

        /**
         * Sets where it was published.
         *
         * @param newUrl an absolute http(s) URL, or null
         * @return this builder
         */
        public Builder url(@CheckForNull String newUrl) {
            this.url = newUrl;
            return this;
        }

        /**
         * Sets when it was published.
         *
         * @param when the date, to the minute where known, or null
         * @return this builder
         */
        public Builder published(@CheckForNull When when) {
            this.published = when;
            return this;
        }

        /**
         * Sets the news agency it came through ("共同").
         *
         * @param agency the agency, or null
         * @return this builder
         */
        public Builder via(@CheckForNull String agency) {
            this.via = agency;
            return this;
        }

        /**
         * Adds authors.
         *
         * @param names the authors' names
         * @return this builder
         */
        public Builder author(String... names) {
            authors.addAll(Arrays.asList(names));
            return this;
        }

        /**
         * Replaces the authors.
         *
         * @param names the authors' names, in order; empty for none
         * @return this builder
         */
        public Builder authors(List<String> names) {
            authors = new ArrayList<>(names);
            return this;
        }

        /**
         * Sets the language of the article.
         *
         * @param tag a BCP 47 tag ("ja"), or null
         * @return this builder
         */
        public Builder language(@CheckForNull String tag) {
            this.language = tag;
            return this;
        }

        /**
         * Sets the quoted text.
         *
         * @param text the excerpt, or null
         * @return this builder
         */
        public Builder excerpt(@CheckForNull String text) {
            this.excerpt = text;
            return this;
        }

        /**
         * Sets when it was read.
         *
         * @param when the date, or null
         * @return this builder
         */
        public Builder retrieved(@CheckForNull When when) {
            this.retrieved = when;
            return this;
        }

        /**
         * Sets where an archived copy is.
         *
         * @param newUrl an absolute http(s) URL, or null
         * @return this builder
         */
        public Builder archivedUrl(@CheckForNull String newUrl) {
            this.archivedUrl = newUrl;
            return this;
        }

        @Override
        public NewsReference build() {
            return new NewsReference(id, outlet, headline, url, published, via, authors, language, excerpt,
                    retrieved, archivedUrl, related, links, tags, provenance);
        }
    }
}
