package org.civicwatch.blog.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.Place;

/**
 * The public building a post is about: the first prefectural office (県庁), town hall (市役所…) or public
 * facility of a prefecture or municipality (群馬県立図書館, 前橋市立病院) it names, with that jurisdiction.
 */
final class Facilities {
    private static final Pattern FACILITY = Pattern.compile("(\\p{IsHan}{1,4}?[都道府県])庁|(\\p{IsHan}{1,6}?[市区町村])役所"
            + "|(\\p{IsHan}{1,4}?[都道府県市区町村])立\\p{IsHan}{0,6}?(?:図書館|博物館|美術館|病院|高等学校|高校|中学校|小学校"
            + "|公民館|体育館|文化会館|会館|公園)");

    private Facilities() {
    }

    /** The building named first in the title or the body, with its jurisdiction; an empty place when none. */
    static Place of(PostText post) {
        String text = (post.title() == null ? "" : post.title()) + "\n" + String.join("\n", post.lines());
        Matcher m = FACILITY.matcher(text);
        if (!m.find()) {
            return Place.builder().build();
        }
        return place(m);
    }

    /** {@return the building a text names last, with its jurisdiction and where its name ends; null when none} */
    @CheckForNull
    static Named lastIn(String text) {
        Matcher m = FACILITY.matcher(text);
        Named last = null;
        while (m.find()) {
            last = new Named(place(m), m.start(), m.end());
        }
        return last;
    }

    /** A building named in a text, from {@code start} to {@code end}. */
    record Named(Place place, int start, int end) {
    }

    private static Place place(Matcher m) {
        String jurisdiction = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return Place.builder().jurisdiction(jurisdiction, null).facility(m.group()).build();
    }
}
