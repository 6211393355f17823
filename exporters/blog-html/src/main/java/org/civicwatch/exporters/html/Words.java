package org.civicwatch.exporters.html;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.exporters.html.BlogHtmlExporter.LabelLanguage;
import org.civicwatch.model.CameraType;
import org.civicwatch.model.Count;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Floor;
import org.civicwatch.model.IncidentStatus;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.Mount;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Place;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.Remedy;
import org.civicwatch.model.SurveillanceZone;
import org.civicwatch.model.When;

/**
 * The page's words in Japanese or English: every label the page shows, and values written out for people.
 * The renderers hold no text of their own; whatever a reader sees comes from here.
 *
 * <p>English style: what names a thing (a heading, a column header, the term of a fact, the label before a
 * value) is in sentence case, a capital first letter and the rest lower case ("Place", "Alleged perpetrator",
 * "Filed by"); values and the words standing in for a missing value read as words in running text, lower
 * case ("camera", "at least 2", "none found", "date unknown"). Spelling is British ("licence").
 *
 * <p>Times are shown to the minute, whatever precision the data has ({@code 2017年6月13日 23:48},
 * {@code 2017-06-13 23:48 JST}), so one page reads alike whether its times came from a form with seconds or
 * from prose without them; the exact value, seconds included, stays in the {@code datetime} attribute of
 * {@code <time>} and in the embedded data.
 */
final class Words {
    /** The fixed labels of the page, each in both languages. */
    enum Label {
        DATASET("civicwatch データセット", "civicwatch dataset"),
        PUBLISHER("発行", "Publisher"),
        LICENCE("ライセンス", "Licence"),
        CREATED("作成", "Created"),
        SOURCES("出典", "Sources"),
        EMBEDDED_DATA("このページのデータは JSON-LD として埋め込まれており、civicwatch でそのまま読み戻せます。",
                "The data of this page is embedded in it as JSON-LD; civicwatch reads it back as it is."),
        INCIDENTS("出来事", "Incidents"),
        DATE_UNKNOWN("日付不明", "date unknown"),
        PLACE("場所", "Place"),
        OUTCOME("結果", "Outcome"),
        SIGHTINGS("監視機器の目撃（階ごと）", "Surveillance devices, floor by floor"),
        PLACE_NOT_GIVEN("場所不明", "Place not given"),
        FLOOR("階", "Floor"),
        AREA("場所", "Area"),
        DEVICE("機器", "Device"),
        COUNT("台数", "Count"),
        NOTES("備考", "Notes"),
        NO_FLOOR("階の記載なし", "no floor given"),
        SURVEYED("調査日", "Surveyed"),
        SURVEYED_BY("調査者", "Surveyed by"),
        OPERATED_BY("管理者", "Operated by"),
        FILINGS("請求とその経過", "Filings and what became of them"),
        FILED("提出日", "Filed"),
        FILED_BY("請求者", "Filed by"),
        FILED_WITH("提出先", "Filed with"),
        LEGAL_BASIS("根拠", "Legal basis"),
        SUBJECT("対象", "Subject"),
        REFERENCE("番号", "Reference"),
        FOLLOWS_FROM("前の請求", "Follows from"),
        FOLLOWED_BY("次の請求", "Followed by"),
        LEGAL_OUTCOME("法的な結果", "Legal outcome"),
        WHAT_HAPPENED("実際に起きたこと", "What actually happened"),
        AUDIT_RESULT_DUE("監査結果の期限", "Audit result due"),
        NOT_DECIDED_YET(" 未決定", " — not decided yet"),
        NEWS("報道", "In the news"),
        ARCHIVED_COPY("アーカイブ", "archived copy"),
        RELATED("関連", "Related"),
        LINKS("リンク", "Links"),
        /** Between the items of a list whose items may hold commas (parties, dates, links). */
        LIST_SEPARATOR("、", "; "),
        /** Between the parts of a line (outlet and date) and between names. */
        COMMA("、", ", "),
        /** Between the details of a device (dome, ceiling, indoor). */
        DETAIL_SEPARATOR("・", ", ");

        private final String ja;
        private final String en;

        Label(String ja, String en) {
            this.ja = ja;
            this.en = en;
        }
    }

    /** Words for the incident types in common use; other codes are written out by {@link #incidentType}. */
    private static final Map<String, Term> INCIDENT_TYPES = Map.of(
            "eavesdropping", new Term("盗聴", "eavesdropping"),
            "voyeurism", new Term("盗撮", "voyeurism"),
            "data-misuse", new Term("情報の不正利用", "data misuse"),
            "stalking", new Term("ストーカー行為", "stalking"),
            "misconduct", new Term("不祥事", "misconduct"),
            "embezzlement", new Term("横領", "embezzlement"),
            "harassment", new Term("ハラスメント", "harassment"));
    /** A code of the open vocabulary: lower-case words joined by hyphens or underscores. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)+");

    /** A word in both languages, for a vocabulary that is open. */
    private record Term(String ja, String en) {
    }

    private final boolean english;

    /** Words in a language resolved by {@link PageSettings}: English for {@link LabelLanguage#EN}, else Japanese. */
    Words(LabelLanguage language) {
        this.english = language == LabelLanguage.EN;
    }

    /** {@return the label in the page's language} */
    String label(Label label) {
        return english ? label.en : label.ja;
    }

    /** {@return the language tag of the labels, for a page whose dataset does not say its language} */
    String languageTag() {
        return english ? "en" : "ja";
    }

    private String t(String ja, String en) {
        return english ? en : ja;
    }

    /** {@return the items joined by the list separator} */
    String list(Iterable<String> items) {
        return String.join(label(Label.LIST_SEPARATOR), items);
    }

    /** A date or period as people write it: {@code 2017年6月13日 18:55} or {@code 2017-06-13 18:55 JST}. */
    String date(When when) {
        String from = when.start().map(this::point).orElse(null);
        if (!when.isInterval()) {
            return from == null ? when.edtf() : from;
        }
        String to = when.end().map(this::point).orElse(null);
        if (from == null) {
            return english ? "until " + to : to + "まで";
        }
        if (to == null) {
            return english ? "from " + from : from + "から";
        }
        return from + (english ? " – " : "〜") + to;
    }

    private String point(When.Point p) {
        StringBuilder s = new StringBuilder();
        if (english) {
            s.append(p.year());
            if (p.month() != null) {
                appendPadded(s.append('-'), p.month());
            }
            if (p.day() != null) {
                appendPadded(s.append('-'), p.day());
            }
        } else {
            s.append(p.year()).append('年');
            if (p.month() != null) {
                s.append(p.month()).append('月');
            }
            if (p.day() != null) {
                s.append(p.day()).append('日');
            }
        }
        if (p.hour() != null) {
            appendPadded(s.append(' '), p.hour());
            // To the minute whatever the precision: see the class comment.
            appendPadded(s.append(':'), p.minute());
            if (p.offset() != null && !p.offset().equals(When.JAPAN)) {
                s.append(" UTC").append(p.offset().equals(ZoneOffset.UTC) ? "" : p.offset().getId());
            } else if (english) {
                s.append(" JST");
            }
        }
        if (p.approximate()) {
            s.insert(0, english ? "c. " : "").append(english ? "" : "頃");
        }
        if (p.uncertain()) {
            s.append('?');
        }
        return s.toString();
    }

    /** Appends a number with two digits at least; nothing when absent. */
    private static void appendPadded(StringBuilder s, @CheckForNull Integer n) {
        if (n == null) {
            return;
        }
        if (n < 10) {
            s.append('0');
        }
        s.append(n);
    }

    /** A floor or range: {@code 3階〜30階}, {@code 地下1階}; {@code 3F–30F}, {@code B1}. */
    String floor(Floor floor) {
        String low = floor(floor.lowest());
        return floor.isRange() ? low + (english ? "–" : "〜") + floor(floor.highest()) : low;
    }

    private String floor(int n) {
        if (english) {
            return n > 0 ? n + "F" : "B" + (-n);
        }
        return n > 0 ? n + "階" : "地下" + (-n) + "階";
    }

    /** A count: {@code 6}, {@code 2以上}, {@code 約10}, {@code なし}; the text it describes when it has no number. */
    String count(Count count) {
        return count(count, "", "");
    }

    /** A count of people: {@code 3名}, {@code 3 people}. */
    String people(Count count) {
        return count(count, "名", count.value() != null && count.value() == 1 ? " person" : " people");
    }

    private String count(Count count, String unitJa, String unitEn) {
        if (count.isNone()) {
            return t("なし", "none found");
        }
        Long v = count.value();
        if (v == null) {
            return count.original() != null ? count.original() : t("数不明", "number unknown");
        }
        String n = english ? String.format(Locale.ROOT, "%,d", v) + unitEn : v + unitJa;
        return switch (count.qualifier()) {
            case EXACT -> n;
            case AT_LEAST -> english ? "at least " + n : n + "以上";
            case APPROXIMATE -> english ? "about " + n : "約" + n;
        };
    }

    /** A party in a line: who (name, else title, else body), then the body and size in brackets. */
    String party(Party p) {
        List<String> who = new ArrayList<>();
        if (p.name() != null) {
            who.add(p.name());
        }
        if (p.title() != null) {
            who.add(p.title());
        }
        List<String> more = new ArrayList<>();
        if (who.isEmpty()) {
            who.add(p.organisation());
        } else if (p.organisation() != null) {
            more.add(p.organisation());
        }
        if (p.size() != null) {
            more.add(people(p.size()));
        }
        String s = String.join(english ? ", " : "・", who);
        return more.isEmpty() ? s : s + (english ? " (" + String.join(", ", more) + ")"
                : "（" + String.join("、", more) + "）");
    }

    /** A place in a line: the facility (or local government), floor and area. */
    String place(Place place) {
        List<String> parts = new ArrayList<>();
        String where = place.facility() != null ? place.facility() : place.jurisdiction();
        if (where != null) {
            parts.add(where);
        }
        if (place.floor() != null) {
            parts.add(floor(place.floor()));
        }
        if (place.area() != null) {
            parts.add(place.area());
        }
        if (parts.isEmpty() && place.address() != null) {
            parts.add(place.address());
        }
        return String.join(" ", parts);
    }

    /** Money and what happened: {@code 職員が給与50万円を返還（500,000円、2015年7月）}. */
    String remedy(Remedy r) {
        List<String> more = new ArrayList<>();
        if (r.amount() != null) {
            String n = String.format(Locale.ROOT, "%,d", r.amount());
            boolean yen = r.currency() == null || r.currency().equals("JPY");
            more.add(yen ? (english ? "¥" + n : n + "円") : n + " " + r.currency());
        }
        if (r.when() != null) {
            more.add(date(r.when()));
        }
        return more.isEmpty() ? r.description() : r.description() + (english ? " (" + String.join(", ", more) + ")"
                : "（" + String.join("、", more) + "）");
    }

    /** How many records of a kind: {@code 出来事 3件} or {@code 3 incidents}. */
    String tally(RecordType type, int n) {
        Term one = switch (type) {
            case INCIDENT -> new Term("出来事", "incident");
            case SIGHTING -> new Term("監視機器の目撃", "sighting");
            case FILING -> new Term("請求", "filing");
            case NEWS -> new Term("報道", "news article");
        };
        return english ? n + " " + one.en() + (n == 1 ? "" : "s") : one.ja() + " " + n + "件";
    }

    /** The footer's note that names were left out. */
    String privateNamesLeftOut(int n) {
        return t("公人でない個人の氏名（" + n + "件）は載せていません。",
                n + (n == 1 ? " name" : " names") + " of private persons left out.");
    }

    /** How the audit deadline is counted, after the date. */
    String auditPeriod(int days) {
        return t("（請求の翌日から" + days + "日）", " (" + days + " days, not counting the day of filing)");
    }

    /** After the audit deadline: the result came later, on a day. */
    String decidedAfterDeadline(When decided) {
        return t(" — 期限後の" + date(decided) + "に結果", " — decided after it, on " + date(decided));
    }

    /** The news agency an article came through: {@code （共同配信）}, {@code , via 共同}. */
    String via(String agency) {
        return t("（" + agency + "配信）", ", via " + agency);
    }

    /** The authors of an article: {@code 　記者: 山田、佐藤}, {@code , by Yamada, Sato}. */
    String byAuthors(List<String> authors) {
        return t("　記者: ", ", by ") + String.join(label(Label.COMMA), authors);
    }

    /**
     * An incident type of the open vocabulary in words: {@code 盗聴} or {@code eavesdropping} for a known code;
     * an unknown code with its hyphens and underscores as spaces ({@code unlawful-filming} reads
     * {@code unlawful filming}); any other text as it is.
     */
    String incidentType(String type) {
        String code = type.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        Term known = INCIDENT_TYPES.get(code);
        if (known != null) {
            return t(known.ja(), known.en());
        }
        return CODE.matcher(type).matches() ? type.replace('-', ' ').replace('_', ' ') : type;
    }

    String device(DeviceType d) {
        return switch (d) {
            case CAMERA -> t("カメラ", "camera");
            case MOTION_SENSOR -> t("人感センサー", "motion sensor");
            case MICROPHONE -> t("マイク", "microphone");
            case ALPR -> t("ナンバー読取装置", "licence plate reader");
            case OTHER -> t("その他の機器", "other device");
        };
    }

    String cameraType(CameraType c) {
        return switch (c) {
            case FIXED -> t("固定型", "fixed");
            case DOME -> t("ドーム型", "dome");
            case PANNING -> t("旋回型", "panning");
        };
    }

    String mount(Mount m) {
        return switch (m) {
            case CEILING -> t("天井", "ceiling");
            case WALL -> t("壁", "wall");
            case POLE -> t("支柱", "pole");
        };
    }

    String zone(SurveillanceZone z) {
        return switch (z) {
            case INDOOR -> t("屋内", "indoor");
            case OUTDOOR -> t("屋外", "outdoor");
            case PUBLIC -> t("公共空間", "public space");
        };
    }

    String status(IncidentStatus s) {
        return switch (s) {
            case ALLEGED -> t("疑い", "alleged");
            case CONFIRMED -> t("確認済み", "confirmed");
            case DISPUTED -> t("係争中", "disputed");
            case RESOLVED -> t("解決済み", "resolved");
        };
    }

    /** The role of parties as the term they stand under; a party without a role is "involved". */
    String role(@CheckForNull PartyRole r) {
        if (r == null) {
            return t("関係者", "Involved");
        }
        return switch (r) {
            case ALLEGED_PERPETRATOR -> t("行為者とされる者", "Alleged perpetrator");
            case AFFECTED -> t("被害・影響を受けた者", "Affected");
            case WITNESS -> t("目撃", "Witness");
            case REPORTER -> t("報告", "Reported by");
            case AUTHORITY -> t("所管", "Authority");
            case OTHER -> t("その他", "Other");
        };
    }

    String filingKind(FilingKind k) {
        return switch (k) {
            case DISCLOSURE_REQUEST -> t("公文書開示請求", "disclosure request");
            case RESIDENT_AUDIT_REQUEST -> t("住民監査請求", "resident audit request");
            case RESIDENT_LAWSUIT -> t("住民訴訟", "resident lawsuit");
            case APPEAL -> t("審査請求", "appeal");
            case COMPLAINT -> t("苦情・申入れ", "complaint");
            case OTHER -> t("その他の請求", "other filing");
        };
    }

    String event(FilingEventKind k) {
        return switch (k) {
            case FILED -> t("提出", "filed");
            case CORRECTION_REQUESTED -> t("補正の求め", "corrections requested");
            case CORRECTED -> t("補正", "corrected");
            case ACCEPTED -> t("受理", "accepted");
            case HEARING -> t("意見陳述", "hearing");
            case EXTENDED -> t("期限延長", "extended");
            case DECIDED -> t("決定・結果", "decided");
            case WITHDRAWN -> t("取下げ", "withdrawn");
            case OTHER -> t("その他", "other step");
        };
    }

    String outcome(FilingOutcome o) {
        return switch (o) {
            case PENDING -> t("未決定", "pending");
            case DISCLOSED -> t("全部開示", "disclosed in full");
            case PARTIALLY_DISCLOSED -> t("部分開示", "partially disclosed");
            case NOT_DISCLOSED -> t("不開示", "not disclosed");
            case NOT_HELD -> t("不存在", "record not held");
            case DISMISSED -> t("却下", "dismissed as inadmissible");
            case REJECTED -> t("棄却", "rejected on the merits");
            case RECOMMENDATION -> t("勧告", "recommendation");
            case WITHDRAWN -> t("取下げ", "withdrawn");
            case REVOKED -> t("取消", "decision revoked");
        };
    }

    /** {@return what a filing is called: its title, else its kind, as a heading (a capital first letter)} */
    String filingTitle(Filing f) {
        if (f.title() != null) {
            return f.title();
        }
        String kind = filingKind(f.kind());
        return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
    }

    /** {@return what a link reads: its title, else its kind} */
    String linkTitle(Link link) {
        return link.title() != null ? link.title() : linkKind(link.kind());
    }

    String linkKind(@CheckForNull LinkKind k) {
        if (k == null) {
            return t("リンク", "link");
        }
        return switch (k) {
            case BLOG_POST -> t("ブログ記事", "blog post");
            case NEWS -> t("報道", "news article");
            case VIDEO -> t("動画", "video");
            case PHOTO -> t("写真", "photo");
            case DOCUMENT -> t("文書", "document");
            case OTHER -> t("リンク", "link");
        };
    }
}
