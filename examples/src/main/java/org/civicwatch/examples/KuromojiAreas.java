package org.civicwatch.examples;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Sighting;

/**
 * An experiment, not part of any importer: the area of a sighting found as a noun phrase by Lucene's
 * Kuromoji morphological analyser instead of by the blog extractor's character rules. For each sighting the
 * rules gave an area, the sentence it quotes is cut into morphemes; the area is the noun phrase (nouns,
 * prefixes and the の between them) before the nearest place particle (に, で) before the count, in the
 * count's clause or the one before it; a surface or holder (天井, 壁, ポール) after the spot is dropped, a holder
 * named after what was done to it ("角に立てたポール") stands where it was put, and a topic clause before it
 * ("駐車場では、…") is put in front, as the rules do. The same tidying as the rules (no 県庁, 市役所 or 庁舎 in
 * front, no height after) keeps the comparison about finding noun phrases. {@link ScoreExtraction} scores both.
 */
public final class KuromojiAreas {
    private static final Pattern SURFACE = Pattern.compile("^(天井|壁|照明柱|電柱|支柱|柱|ポール|信号機|信号|街灯|防犯灯|標識|照明)$");
    private static final Pattern FLOOR = Pattern.compile("^.*?(?:[0-9０-９]+|[一二三四五六七八九十]+)(?:階|[FＦ])(?:から)?の?");
    private static final Pattern HEIGHT = Pattern.compile("の(真上|真下|頭上|上部|上|下)$");
    private static final Pattern NOT_A_PLACE = Pattern.compile("(説明|話|報告|回答|発表|答弁|資料|情報|調べ|結果|ところ|場合|会)$");

    /** A morpheme: its text, where it stands, its part of speech. */
    record Token(String surface, int start, int end, String pos) {
        boolean noun() {
            return pos.startsWith("名詞") || pos.startsWith("接頭詞");
        }

        boolean linking() {
            return surface.equals("の") && pos.startsWith("助詞-連体化");
        }

        boolean placeParticle() {
            return (surface.equals("に") || surface.equals("で")) && pos.startsWith("助詞-格助詞");
        }

        boolean comma() {
            return pos.startsWith("記号-読点") || surface.equals("、");
        }
    }

    private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
    private long tokenized;
    private long nanos;

    /** {@return the morphemes of a text} */
    List<Token> tokens(String text) {
        long t0 = System.nanoTime();
        List<Token> out = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.getAttribute(PartOfSpeechAttribute.class);
            while (tokenizer.incrementToken()) {
                String p = pos.getPartOfSpeech();
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), p == null ? "" : p));
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nanos += System.nanoTime() - t0;
        tokenized += text.length();
        return out;
    }

    /** {@return the characters cut into morphemes so far, and the nanoseconds it took} */
    long[] cost() {
        return new long[] {tokenized, nanos};
    }

    /** {@return the dataset with every area the rules found replaced by the one the analyser finds} */
    public Dataset withAreas(Dataset d) {
        List<CivicRecord> all = new ArrayList<>();
        d.records().forEach(r -> {
            if (r instanceof Sighting s && s.place() != null && s.place().area() != null && s.provenance() != null) {
                String count = s.count() == null ? null : s.count().original();
                String area = area(s.provenance().quote(), count);
                all.add(s.toBuilder().place(s.place().toBuilder().area(area).build()).build());
            } else {
                all.add(r);
            }
        });
        return Dataset.of(d.info(), all);
    }

    /** The area of the count written {@code count} (or of the device, for none) in a sentence, or null. */
    @CheckForNull
    String area(String sentence, @CheckForNull String count) {
        List<Token> t = tokens(sentence);
        int at = count == null ? sentence.indexOf("カメラ") : sentence.indexOf(count);
        int k = 0;
        while (k < t.size() && t.get(k).start() < (at < 0 ? sentence.length() : at)) {
            k++;
        }
        int particle = -1;
        int commas = 0;
        for (int j = k - 1; j >= 0 && commas <= 1; j--) {
            if (t.get(j).comma()) {
                commas++;
            } else if (t.get(j).placeParticle() && j > 0 && t.get(j - 1).noun()) {
                particle = j;
                break;
            }
        }
        if (particle < 0) {
            return null;
        }
        String spot = nounPhraseBefore(t, particle, sentence);
        if (spot == null) {
            return null;
        }
        String topic = topicBefore(t, particle, sentence);
        return topic == null || topic.equals(spot) ? spot : topic + "の" + spot;
    }

    /** The noun phrase that ends right before token {@code end}, tidied; a bare surface or holder is no spot. */
    @CheckForNull
    private static String nounPhraseBefore(List<Token> t, int end, String sentence) {
        int i = end;
        while (i > 0 && (t.get(i - 1).noun() || t.get(i - 1).linking() && i - 2 >= 0 && t.get(i - 2).noun())) {
            i--;
        }
        if (i == end) {
            return null;
        }
        String phrase = sentence.substring(t.get(i).start(), t.get(end - 1).end());
        // the floor is a field of its own, as the rules read it
        phrase = FLOOR.matcher(phrase).replaceFirst("");
        phrase = phrase.replaceFirst("^(県庁|市役所|庁舎)", "").replaceFirst("^の+", "");
        phrase = phrase.replaceFirst("(の(天井|壁|照明柱|電柱|支柱|柱|ポール))+$", "");
        phrase = HEIGHT.matcher(phrase).replaceFirst("");
        if (SURFACE.matcher(phrase).matches()) {
            // "角に立てたポール": a verb and た before the holder, and a place particle before them
            int j = i - 1;
            while (j >= 0 && (t.get(j).pos().startsWith("動詞") || t.get(j).pos().startsWith("助動詞"))) {
                j--;
            }
            return j < i - 1 && j > 0 && t.get(j).placeParticle() ? nounPhraseBefore(t, j, sentence) : null;
        }
        return phrase.isEmpty() ? null : phrase;
    }

    /** The place the clause before names as its topic ("駐車場では、"), or null. */
    @CheckForNull
    private static String topicBefore(List<Token> t, int particle, String sentence) {
        int comma = -1;
        for (int j = particle - 1; j >= 0; j--) {
            if (t.get(j).comma()) {
                comma = j;
                break;
            }
        }
        if (comma < 2 || !t.get(comma - 1).surface().equals("は") && !t.get(comma - 1).surface().equals("も")) {
            return null;
        }
        int end = comma - 1;
        if (end > 0 && (t.get(end - 1).surface().equals("で") || t.get(end - 1).surface().equals("に"))) {
            end--;
        }
        String topic = nounPhraseBefore(t, end, sentence);
        return topic == null || NOT_A_PLACE.matcher(topic).find() ? null : topic;
    }
}
