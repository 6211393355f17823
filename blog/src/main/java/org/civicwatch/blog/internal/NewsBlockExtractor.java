package org.civicwatch.blog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.When;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.Mention;
import org.civicwatch.text.ParsedDate;

/**
 * Quoted news articles: a row of asterisks with the outlet and date ({@code **********日本経済新聞2017年6月14日1:50},
 * with or without a time), the headline on the next line, the text, and optionally an agency credit
 * ({@code 〔共同〕}) at its end. A block ends at a row of asterisks, the next block's header or the end of
 * the post. The published time has the precision the header gives.
 */
final class NewsBlockExtractor implements Extractor {
    /** Asterisks, then the outlet and date; a line that also ends in asterisks is a document's title instead. */
    private static final Pattern HEADER = Pattern.compile("^[*＊]{5,}\\s*([^*＊\\s](?:.*[^*＊\\s])?)\\s*$");
    private static final Pattern CLOSING = Pattern.compile("^[*＊]{3,}\\s*$");
    private static final Pattern AGENCY = Pattern.compile("[〔(（【\\[]\\s*(共同|時事|ロイター|AFP|AP|ブルームバーグ)\\s*[〕)）】\\]]\\s*$");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    @Override
    public String id() {
        return "blog-html/news";
    }

    @Override
    public void extract(PostText post, Extraction out) {
        for (PostText.Block block : blocks(post)) {
            String headerText = HEADER.matcher(block.lines().get(0)).replaceFirst("$1").strip();
            out.guard(block, () -> read(headerText, block, out));
        }
    }

    /** The news blocks of a post: each from its header line to the line before its end. */
    public static List<PostText.Block> blocks(PostText post) {
        List<PostText.Block> blocks = new ArrayList<>();
        List<String> lines = post.lines();
        int i = 0;
        while (i < lines.size()) {
            Matcher header = HEADER.matcher(lines.get(i));
            if (!header.matches() || CLOSING.matcher(lines.get(i)).matches()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !CLOSING.matcher(lines.get(end)).matches()
                    && !HEADER.matcher(lines.get(end)).matches()) {
                end++;
            }
            int last = end;
            while (last > i + 1 && lines.get(last - 1).isBlank()) {
                last--;
            }
            blocks.add(post.block(i, last));
            i = end;
        }
        return blocks;
    }

    private void read(String header, PostText.Block block, Extraction out) {
        List<Mention<ParsedDate>> dates = JapaneseDates.findAll(header);
        String outlet = dates.isEmpty() ? header : header.substring(0, dates.get(0).start()).strip();
        When published = dates.isEmpty() ? null : dates.get(0).value().when();
        List<String> body = block.lines().subList(1, block.lines().size()).stream().filter(l -> !l.isBlank()).toList();
        if (outlet.isEmpty() || body.isEmpty()) {
            throw new IllegalStateException("a news block needs an outlet in its header and a headline on the next line");
        }
        String headline = body.get(0);
        String via = null;
        for (int k = body.size() - 1; k > 0 && via == null; k--) {
            Matcher m = AGENCY.matcher(body.get(k));
            if (m.find()) {
                via = m.group(1);
            }
        }
        String lead = body.size() > 1 ? body.get(1) : null;
        double confidence = published == null ? 0.7 : 0.9;
        out.add(NewsReference.builder(out.nextId("news")).outlet(outlet).headline(headline).published(published)
                .via(via).language(JAPANESE.matcher(headline).find() ? "ja" : null).excerpt(lead)
                .provenance(out.provenance(block, block.lines().get(0) + "\n" + headline, this, confidence)).build());
    }
}
