package org.civicwatch.blog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's own prose cut into the sentences the extractors read, one piece of code for all: at each
 * {@code 。}, stripped, an overlong sentence in pieces. Each extractor then reads a sentence as a whole.
 */
final class Sentences {
    private static final Pattern SENTENCE = Pattern.compile("[^。]+。?");
    /** The longest piece read at once, in characters. */
    static final int LONGEST = 400;

    private Sentences() {
    }

    /** {@return the sentences of a run of prose, in order, none blank; an overlong one in pieces (see {@link #pieces})} */
    static List<String> of(String prose) {
        List<String> out = new ArrayList<>();
        Matcher sentences = SENTENCE.matcher(prose);
        while (sentences.find()) {
            String s = sentences.group().strip();
            if (!s.isEmpty()) {
                out.addAll(pieces(s));
            }
        }
        return out;
    }

    /**
     * A sentence, or an overlong one cut into pieces of at most {@value #LONGEST} characters, each
     * ending at a comma where there is one: a sentence is read count by count, and each count looks back over
     * the sentence, so an endless "sentence" (a page of prose without a 。) would take quadratic time.
     */
    static List<String> pieces(String sentence) {
        if (sentence.length() <= LONGEST) {
            return List.of(sentence);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        while (sentence.length() - from > LONGEST) {
            int comma = sentence.lastIndexOf('、', from + LONGEST - 1);
            int cut = comma >= from + LONGEST / 2 ? comma + 1 : from + LONGEST;
            if (Character.isHighSurrogate(sentence.charAt(cut - 1))) {
                cut--;
            }
            out.add(sentence.substring(from, cut));
            from = cut;
        }
        out.add(sentence.substring(from));
        return out;
    }
}
