package org.civicwatch.blog;

import java.util.List;
import java.util.Objects;
import javax.annotation.CheckForNull;
import org.civicwatch.blog.BlogPost.BodyLine;
import org.civicwatch.model.When;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * A post given as an HTML fragment with its context, as export files hold posts (a Movable Type entry's
 * BODY): what a page would say around the body is said here.
 *
 * <pre>{@code
 * BlogPost post = new PostFragment("<p>1階の天井に監視カメラが2基。</p>", "https://blog.goo.ne.jp/x/e/1",
 *         When.parse("2017-06-13T23:48+09:00"), "県庁を歩く", "情報公開", "市民オンブズマン", 120, true).post();
 * }</pre>
 *
 * @param html the post's body, an HTML fragment
 * @param permalink the post's URL, or a name for it when it has none (the file and entry); a URL with a
 *     fragment ({@code #comment-2}) is kept whole, naming a part of the post
 * @param published when it was published, which dates without a year count back from
 * @param title its title
 * @param category its category
 * @param blogTitle the title of the blog it is part of
 * @param firstLine the line of the input the fragment starts on, for locations; 0 when unknown
 * @param lineBreaks whether a newline in the body's text ends a line and a blank line a paragraph (a Movable
 *     Type entry's {@code CONVERT BREAKS}), as the blog showed it
 */
public record PostFragment(String html, String permalink, @CheckForNull When published, @CheckForNull String title,
                           @CheckForNull String category, @CheckForNull String blogTitle, int firstLine,
                           boolean lineBreaks) {

    /** Checks the body and permalink are there. */
    public PostFragment {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(permalink, "permalink");
    }

    /** {@return the post, its body read as a page's would be (paragraphs, images and links as written)} */
    public BlogPost post() {
        String normal = Permalinks.normalize(permalink);
        Document d = Parser.htmlParser().setTrackPosition(true).parseInput(html, normal == null ? "" : normal);
        BodyText text = BodyText.of(d.body(), lineBreaks);
        List<BodyLine> lines = text.lines().stream().map(l -> new BodyLine(l.text(),
                l.sourceLine() > 0 && firstLine > 0 ? firstLine + l.sourceLine() - 1 : 0)).toList();
        // a fragment of the post's URL names a part of it (a comment) and is kept
        String kept = normal == null || permalink.contains("#") ? permalink : normal;
        return new BlogPost(kept, blank(title), published, blank(category),
                blank(blogTitle), BlogPost.Markup.FRAGMENT, lines, text.images(), text.links());
    }

    @CheckForNull
    private static String blank(@CheckForNull String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
