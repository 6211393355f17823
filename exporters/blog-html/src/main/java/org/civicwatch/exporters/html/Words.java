package org.civicwatch.exporters.html;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CameraType;
import org.civicwatch.model.Count;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Floor;
import org.civicwatch.model.IncidentStatus;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.Mount;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Place;
import org.civicwatch.model.Remedy;
import org.civicwatch.model.SurveillanceZone;
import org.civicwatch.model.When;

/** The page's words in Japanese or English: labels, and values written out for people. */
final class Words {
    private final boolean english;

    Words(boolean english) {
        this.english = english;
    }

    boolean english() {
        return english;
    }

    /** {@return the label in the page's language} */
    String t(String ja, String en) {
        return english ? en : ja;
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
            appendPadded(s.append(':'), p.minute());
            if (p.second() != null) {
                appendPadded(s.append(':'), p.second());
            }
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

    /** How many records of a kind: {@code 事件 3件} or {@code 3 incidents}. */
    String tally(int n, String ja, String enOne, String enMany) {
        return english ? n + " " + (n == 1 ? enOne : enMany) : ja + " " + n + "件";
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

    String role(@CheckForNull PartyRole r) {
        if (r == null) {
            return t("関係者", "involved");
        }
        return switch (r) {
            case ALLEGED_PERPETRATOR -> t("行為者とされる者", "alleged perpetrator");
            case AFFECTED -> t("被害・影響を受けた者", "affected");
            case WITNESS -> t("目撃", "witness");
            case REPORTER -> t("報告", "reported by");
            case AUTHORITY -> t("所管", "authority");
            case OTHER -> t("その他", "other");
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
        };
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
