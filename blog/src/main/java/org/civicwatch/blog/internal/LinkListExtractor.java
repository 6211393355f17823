package org.civicwatch.blog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.blog.Permalinks;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.When;
import org.civicwatch.text.JapaneseDates;

/**
 * Lists of dated links to earlier posts, one item a line: a marker ({@code ○}, {@code 〇}, {@code ●},
 * {@code ・}, {@code ◎}, {@code ◆}, {@code ◇}, {@code ▼}, {@code ▽}), a date, a colon ({@code :} or {@code ：}) or a
 * space, the title, and the URL on the same or the next line. Each item becomes a {@link Link}; the items that tell a filing's story become {@code Filing}s
 * through {@link FilingChain}.
 */
final class LinkListExtractor implements Extractor {
    /** The marks that open a list item: circles, bullets, double circles, diamonds and triangles. */
    static final String MARKERS = "○〇●・◯◎◆◇▼▽";
    private static final Pattern ITEM = Pattern.compile("^[" + MARKERS + "]\\s*([^:：]{4,30}?)\\s*[:：]\\s*(.+)$");
    /** An item whose date is set off from its title by a space alone: "●2021.11.30 …に住民監査請求". */
    private static final Pattern SPACED_ITEM = Pattern.compile("^[" + MARKERS + "]\\s*+([^:：\\s　]{4,30}+)[\\s　]++(.+)$");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /** An item with no mark, dated in full and its address on its line: "2023年6月13日：…しました https://…". */
    private static final Pattern UNMARKED_ITEM = Pattern.compile("^([0-9０-９]{4}[年./\\-][^:：\\s　]{2,12}?)\\s*+[:：]\\s*+(.+\\shttps?://\\S++)$");
    /**
     * An item with no mark, a full date, a space and the title, its address on its line or the next:
     * "2018.06.12　…を公開請求しました".
     */
    private static final Pattern UNMARKED_SPACED_ITEM = Pattern.compile(
            "^([0-9０-９]{4}[年./\\-][0-9０-９]{1,2}[月./\\-][0-9０-９]{1,2}日?)[\\s　]++([^\\s　].{2,})$");
    /** An arrow pointing at the URL on the next line ends a title: "…を提出↓". */
    // (?<!…) lets a search start only where a run begins: each run is read once, not once per start.
    private static final Pattern ARROW = Pattern.compile("(?<![\\s↓⇒→⇩▼])\\s*+[↓⇒→⇩▼][\\s↓⇒→⇩▼]*+$");

    /**
     * One item of a list.
     *
     * @param index the body line of the item
     * @param line the item as written
     * @param link its link: URL, title, published date
     */
    public record Item(int index, String line, Link link) {
        /** The item's title. */
        public String title() {
            return link.title() == null ? "" : link.title();
        }

        /** The item's date. */
        @CheckForNull
        public When date() {
            return link.published();
        }
    }

    @Override
    public String id() {
        return "blog-html/links";
    }

    @Override
    public void extract(PostText post, Extraction out) {
        List<Item> run = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        List<String> lines = post.lines();
        for (int i = 0; i < lines.size(); i++) {
            Item item = item(lines, i);
            if (item != null) {
                if (run.isEmpty()) {
                    runStart = i;
                }
                run.add(item);
                out.addLink(item.link());
                runEnd = URL.matcher(item.line()).find() ? i + 1 : Math.min(lines.size(), i + 2);
                i = runEnd - 1;
            } else if (!lines.get(i).isBlank() && !run.isEmpty()) {
                finish(post, out, run, runStart, runEnd);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            finish(post, out, run, runStart, runEnd);
        }
    }

    private void finish(PostText post, Extraction out, List<Item> run, int start, int end) {
        PostText.Block block = post.block(start, end);
        List<Item> items = List.copyOf(run);
        out.guard(block, () -> new FilingChain(this, block, out).read(items));
    }

    /** The item starting at a line, or null when the line is not one. */
    @CheckForNull
    static Item item(List<String> lines, int i) {
        When date = null;
        Matcher m = null;
        for (Pattern form : List.of(ITEM, SPACED_ITEM, UNMARKED_ITEM, UNMARKED_SPACED_ITEM)) {
            Matcher f = form.matcher(lines.get(i));
            if (date == null && f.matches()) {
                try {
                    date = JapaneseDates.parse(f.group(1));
                    m = f;
                } catch (ModelException notADate) {
                    // a colon inside the title ("…提出 https://…"), or a line that is no item: try the next form
                }
            }
        }
        if (m == null) {
            return null;
        }
        String title = m.group(2).strip();
        Matcher arrow = ARROW.matcher(title);
        title = arrow.find() ? title.substring(0, arrow.start()) : title;
        Matcher inline = URL.matcher(title);
        String url = null;
        if (inline.find()) {
            url = inline.group();
            title = title.substring(0, inline.start()).strip();
        } else if (i + 1 < lines.size()) {
            Matcher next = URL.matcher(lines.get(i + 1).strip());
            if (next.matches()) {
                url = next.group();
            }
        }
        String normal = Permalinks.normalize(url);
        if (normal == null) {
            return null;
        }
        return new Item(i, lines.get(i), new Link(normal, title, LinkKind.BLOG_POST, date));
    }
}
