package org.civicwatch.blog.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.Place;

/**
 * The public building a post is about: the first prefectural office (県庁), town hall (市役所…) or public
 * facility of a prefecture or municipality (群馬県立図書館, 前橋市立病院) it names, with that jurisdiction, or the
 * first joint government office (丸亀地方合同庁舎) or police station (十和田南警察署), whose name tells no body.
 */
final class Facilities {
    /** A name that ends as a prefecture's or municipality's does. */
    static final Pattern MUNICIPAL_END = Pattern.compile("[都道府県市区町村]$");
    /** An office's annex or wing, part of its name: "愛媛県庁第一別館", "市役所本館", "分庁舎". */
    private static final String ANNEX = "(?:第[一二三四五六七八九十0-9０-９]{1,2})?(?:別館|本館|新館|分庁舎|[東西南北]館)?";
    /** Halls a municipality names as its own: "くにびき市民交流館", "中央コミュニティセンター". */
    private static final String HALLS = "(?:交流館|交流センター|市民センター|コミュニティセンター|文化センター|福祉センター|市民会館|文化会館|市民ホール"
            + "|地区公民館|公民館)";
    private static final String KINDS = "(?:図書館|博物館|美術館|病院|高等学校|高校|中学校|小学校|公民館|体育館|文化会館|会館|公園)";
    // a facility's own name may be in kana ("久留米市立みなみ図書館"), not opened by a particle
    private static final Pattern FACILITY = Pattern.compile("(\\p{IsHan}{1,4}?[都道府県])庁" + ANNEX + "|(\\p{IsHan}{1,6}?[市区町村])役所" + ANNEX
            + "|(\\p{IsHan}{1,4}?[都道府県市区町村])立(?![のにでをは])[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{0,6}?" + KINDS
            // a municipality's hall named by its own name after the body's: "松江市くにびき市民交流館"
            // (not "同市の…": the city just named, and a particle opens no name)
            + "|(?<!\\p{IsHan})(?![同当本各他])(\\p{IsHan}{1,4}?[市区町村])(?![立民長役議内外のにでをはがへと])"
            + "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,10}?" + HALLS
            // a hall by its own name alone, as a post names it again or its neighbours know it: "みなと地区公民館"
            // (after a particle or a mark; kana that are particles stand in no name but と, も and や: "みなと")
            + "|(?<![\\p{IsHan}\\p{IsKatakana}ー]|[\\p{IsHiragana}&&[^のにでをはがへ]])(?![当同本各他近のにでをはがへともや])"
            + "((?:[\\p{IsHan}\\p{IsKatakana}ー]|[\\p{IsHiragana}&&[^のにでをはがへ]]){2,8}?"
            + "(?:地区公民館|地区センター|公民館|市民センター|コミュニティセンター))"
            // the state's joint offices and police stations, named by their place, not by a body: no jurisdiction read;
            // a police station that acts ("郡山警察署が捜査", "久留米警察署の署員") or is asked ("別府警察署に尋ねた") is no
            // place the post is in
            + "|(?<!\\p{IsHan})\\p{IsHan}{1,8}?(?:合同庁舎|警察署)(?![がはもへ]|から|の(?:署員|警察官|職員|刑事|担当|捜査|説明|発表)"
            + "|に(?:尋ね|聞|問い合わせ|問合せ|確認|照会|電話))");
    /** A list mark that is a kanji of its own (〇), which no name starts with: "〇周南市立…" is 周南市立…. */
    private static final Pattern LEADING_MARK = Pattern.compile("^〇+");
    /** A facility named by the kind of body that runs it alone: "市立図書館". */
    // (?<!…) lets a search start only where a run begins: each run is read once, not once per start.
    private static final Pattern UNNAMED = Pattern.compile("(?<!\\p{IsHan})([都道府県市区町村])立(\\p{IsHan}{0,6}?" + KINDS + ")");
    /** A municipality or prefecture named as the subject or topic of a clause: "小山市は６日、". */
    private static final Pattern BODY = Pattern.compile("(?<![\\p{IsHan}])(?![同当本各全他両])(\\p{IsHan}{1,4}?[都道府県市区町村])(?=[はが、])");
    /** The kind of building a facility is, by which a post names it again: "図書館の入口". */
    private static final Pattern KIND = Pattern.compile("(役所|庁舎|庁|警察署|別館|本館|新館|交流館|センター|ホール|"
            + KINDS.substring(3, KINDS.length() - 1) + ")$");

    /** A ward of a designated city ("熊本市東区"), whose office is the city's: the city is the jurisdiction. */
    private static final Pattern WARD = Pattern.compile("(\\p{IsHan}{1,4}?市)\\p{IsHan}{1,3}区");

    private Facilities() {
    }

    /**
     * The building named first in the title or the body, with its jurisdiction, by its full name where the post
     * gives it anywhere; an empty place when none.
     */
    static Place of(PostText post) {
        // each extractor asks for the post's building: the last post's answer is kept, per thread
        Object[] last = LAST.get();
        if (last[0] == post) {
            return (Place) last[1];
        }
        Place found = find(post);
        last[0] = post;
        last[1] = found;
        return found;
    }

    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    private static Place find(PostText post) {
        String text = post.whole();
        // a municipality's hall is the building only when the post names no office or facility of a body: a meeting
        // held at "周南市市民交流センター" in a post about 周南市立新南陽病院 is about the hospital
        Matcher m = FACILITY.matcher(text);
        java.util.regex.MatchResult chosen = null;
        java.util.regex.MatchResult firstHall = null;
        while (chosen == null && m.find()) {
            if (m.group(4) == null && m.group(5) == null) {
                chosen = m.toMatchResult();
            } else if (firstHall == null) {
                firstHall = m.toMatchResult();
            }
        }
        if (chosen == null) {
            chosen = firstHall;
        }
        if (chosen == null) {
            return unnamed(text);
        }
        Place first = place(chosen);
        // named again in full later ("東区役所" in the title, "熊本市東区役所" in the body): the full name
        String name = first.facility();
        for (int at = text.indexOf(name, chosen.end()); at >= 0; at = text.indexOf(name, at + name.length())) {
            Matcher full = FACILITY.matcher(text).region(Math.max(0, at - 8), at + name.length());
            // what stands before the name must be a body it lies in ("熊本市" of 熊本市東区役所), not any word ("一度")
            if (full.find() && full.end() == at + name.length() && full.group().length() > name.length()
                    && MUNICIPAL_END.matcher(full.group().substring(0, full.group().length() - name.length())).find()) {
                return place(full);
            }
        }
        return first;
    }

    /**
     * {@return the facility a text names only as its body's ("市立図書館"), given the name of the body the text
     * speaks of ("小山市は…、市立図書館の…" is 小山市立図書館); an empty place when there is none or no such body}
     */
    private static Place unnamed(String text) {
        Matcher u = UNNAMED.matcher(text);
        if (!u.find()) {
            return Place.builder().build();
        }
        Matcher body = BODY.matcher(text);
        while (body.find()) {
            String name = body.group(1);
            if (name.length() > 1 && name.charAt(name.length() - 1) == u.group(1).charAt(0)) {
                return Place.builder().jurisdiction(name, null).facility(name + "立" + u.group(2)).build();
            }
        }
        return Place.builder().build();
    }

    /** {@return the kind of building a facility is ("図書館" of 小山市立図書館, "役所" of 鹿沼市役所), or null} */
    @CheckForNull
    static String kind(@CheckForNull String facility) {
        Matcher m = facility == null ? null : KIND.matcher(facility);
        return m != null && m.find() ? m.group(1) : null;
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

    private static Place place(java.util.regex.MatchResult m) {
        String body = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        if (body == null) {
            return Place.builder().facility(m.group()).build();  // 丸亀地方合同庁舎, 十和田南警察署
        }
        String jurisdiction = LEADING_MARK.matcher(body).replaceFirst("");
        Matcher ward = WARD.matcher(jurisdiction);
        if (ward.matches()) {
            jurisdiction = ward.group(1);  // a ward of a designated city is the city's office, not a body of its own
        }
        return Place.builder().jurisdiction(jurisdiction, null).facility(LEADING_MARK.matcher(m.group()).replaceFirst("")).build();
    }

    /** A municipality the post names as the subject or topic of a clause, or as its ordinance's: "田辺市が", "久留米市情報公開条例". */
    private static final Pattern NAMED_MUNICIPALITY = Pattern.compile(
            "(?<![\\p{IsHan}])(?![同当本各全他両])(\\p{IsHan}{1,4}?[市町村])(?=[はがの、]|情報公開条例|監査委員)");

    /**
     * {@return the municipality a post is about: its building's, else the first it names as a body ("田辺市が駅前の…",
     * "久留米市情報公開条例に基づき"); null when none}
     */
    @CheckForNull
    static String jurisdictionOf(PostText post) {
        String own = of(post).jurisdiction();
        if (own != null) {
            return own;
        }
        Matcher m = NAMED_MUNICIPALITY.matcher(String.join("\n", post.lines()));
        return m.find() ? m.group(1) : null;
    }
}
