package org.civicwatch.blog;

import java.util.List;
import java.util.Objects;
import javax.annotation.CheckForNull;
import org.civicwatch.model.When;

/**
 * One post, found on a page or given as a fragment ({@link PostFragment#post()}), as the extractors read it.
 *
 * @param permalink the post's normalised URL (see {@link Permalinks#normalize}), or a name derived from
 *     the source when the page says none
 * @param title its title
 * @param published when it was published; Japan time where the page gives no zone
 * @param category its category
 * @param blogTitle the title of the blog it is part of (whose "当会" is the blog's group), or null when unknown
 * @param markup which markup it was found by
 * @param body its body as lines of text, blank lines between paragraphs
 * @param images the URLs of its images, as written (never fetched)
 * @param links the URLs its body links to, as written (never fetched)
 */
public record BlogPost(String permalink, @CheckForNull String title, @CheckForNull When published,
                       @CheckForNull String category, @CheckForNull String blogTitle, Markup markup, List<BodyLine> body,
                       List<String> images, List<String> links) {

    /**
     * The markup a post was found by, most trusted first: goo blog's, h-entry, hAtom, a Hatena Diary day's sections,
     * a blog service's own template ({@code TEMPLATE}: Seesaa, Excite Blog, JUGEM, Rakuten Blog), JSON-LD, OpenGraph,
     * {@code <article>}; {@code FRAGMENT} for a post given as an HTML body with its context (an export file's entry).
     */
    public enum Markup { GOO_BLOG, GOO_ARCHIVE_LIST, H_ENTRY, H_ATOM, HATENA_DIARY, TEMPLATE, JSON_LD, OPEN_GRAPH, ARTICLE, FRAGMENT }

    /**
     * A line of a post's body.
     *
     * @param text the line, stripped; empty between paragraphs
     * @param sourceLine the line of the page it starts on, 0 when unknown
     */
    public record BodyLine(String text, int sourceLine) {
        /** Checks the text is there. */
        public BodyLine {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Copies the lists. */
    public BlogPost {
        Objects.requireNonNull(permalink, "permalink");
        Objects.requireNonNull(markup, "markup");
        body = List.copyOf(body);
        images = List.copyOf(images);
        links = List.copyOf(links);
    }

    /** {@return the key record ids of this post start with} */
    public String key() {
        return Permalinks.key(permalink);
    }
}
