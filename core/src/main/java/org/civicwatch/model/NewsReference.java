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

    public NewsReference {
        id = Checks.id(id, "id");
        outlet = Checks.required(outlet, "outlet");
        headline = Checks.required(headline, "headline");
        url = Checks.text(url) == null ? null : Link.checkUrl(url, "url");
        via = Checks.text(via);
        authors = Checks.tags(authors, "authors");
        language = Checks.text(language);
        if (language != null && !language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new ModelException("language", "\"" + language + "\" is not a BCP 47 language tag such as ja");
        }
        excerpt = Checks.text(excerpt);
        archivedUrl = Checks.text(archivedUrl) == null ? null : Link.checkUrl(archivedUrl, "archivedUrl");
        related = Checks.ids(related, "related");
        links = Checks.list(links, "links");
        tags = Checks.tags(tags, "tags");
    }

    /** A builder for a news reference; {@code outlet} and {@code headline} are required. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder holding this reference's fields. */
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

        public Builder outlet(String newOutlet) {
            this.outlet = newOutlet;
            return this;
        }

        public Builder headline(String newHeadline) {
            this.headline = newHeadline;
            return this;
        }

        public Builder url(@CheckForNull String newUrl) {
            this.url = newUrl;
            return this;
        }

        public Builder published(@CheckForNull When when) {
            this.published = when;
            return this;
        }

        public Builder via(@CheckForNull String agency) {
            this.via = agency;
            return this;
        }

        /** Adds authors. */
        public Builder author(String... names) {
            authors.addAll(Arrays.asList(names));
            return this;
        }

        public Builder language(@CheckForNull String tag) {
            this.language = tag;
            return this;
        }

        public Builder excerpt(@CheckForNull String text) {
            this.excerpt = text;
            return this;
        }

        public Builder retrieved(@CheckForNull When when) {
            this.retrieved = when;
            return this;
        }

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
