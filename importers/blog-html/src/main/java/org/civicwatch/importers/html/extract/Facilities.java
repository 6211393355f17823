package org.civicwatch.importers.html.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicwatch.model.Place;

/** The public building a post is about: the first prefectural office (県庁) or town hall (市役所…) it names. */
final class Facilities {
    private static final Pattern FACILITY = Pattern.compile("(\\p{IsHan}{1,4}?[都道府県])庁|(\\p{IsHan}{1,6}?[市区町村])役所");

    private Facilities() {
    }

    /** The building named first in the title or the body, with its jurisdiction; an empty place when none. */
    static Place of(PostText post) {
        String text = (post.title() == null ? "" : post.title()) + "\n" + String.join("\n", post.lines());
        Matcher m = FACILITY.matcher(text);
        if (!m.find()) {
            return Place.builder().build();
        }
        return Place.builder().jurisdiction(m.group(1) != null ? m.group(1) : m.group(2), null).facility(m.group())
                .build();
    }
}
