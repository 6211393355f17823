package org.civicwatch.blog.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Party;
import org.civicwatch.model.Remedy;
import org.civicwatch.text.JapaneseNumbers;

/**
 * Infers filings from the titles of a list of earlier posts: what each title says happened (a request
 * filed, a correction notice, a correction submitted, acceptance, a statement heard, a decision, money
 * returned), about which kind of filing, and groups the items about one matter into one filing, in
 * list order. A request filed after another of a different kind in the same list follows from it.
 */
final class FilingChain {
    /** Words that deny what follows ("受理を躊躇う" is not an acceptance). */
    private static final Pattern NEGATED = Pattern.compile("(受理|開示|陳述)を?(躊躇|ためら|拒|渋|せず|されず|しない)");
    private static final Pattern REMEDY = Pattern.compile("(" + ProseFilingExtractor.YEN + ")を?(返還|返納|返金)");
    private static final Pattern FILED = Pattern.compile(
            "(?:(情報開示請求|公文書開示請求|開示請求|情報公開請求|公文書公開請求|公開請求|住民監査請求|監査請求|住民訴訟|審査請求)"
            // "…を提出", "…を提出しました", "…しました", "…をしました", "…を行う", "…を起こした", "…へ"
            + "(?:書?を(?:提出|郵送|送付|送っ|出し)|を行|を提起|を起こ|をし|し|へ)?[しいっ]?(?:まし)?[たすう]?"
            // a suit told as brought, or brought again: "…地裁に訴えを起こし直しました"
            + "|(訴え)を(?:提起|起こ)[しすた直ま]{0,6})\\s*$");
    /** A court named in a title, which tells of a lawsuit: "水戸地裁が住民の請求を棄却". */
    private static final Pattern COURT = Pattern.compile("地裁|高裁|最高裁|裁判所");
    private static final Pattern AUDIT_BODY = Pattern.compile("\\p{IsHan}{0,4}監査委員");
    /**
     * The authority a request was made to, named just before it: "支出記録を館林市に公文書開示請求",
     * "館林市監査委員に住民監査請求", "県知事に対して開示請求".
     */
    private static final Pattern ADDRESSED_TO = Pattern.compile(
            "(\\p{IsHan}{0,20}(?:[都道府県市区町村]|知事|[市区町村]長|議会|議長|委員|委員会|庁|省))(?:に対して|に対し|宛てに|あてに|に|へ)\\s*$");

    /** In order of precedence: the first that a title matches says what happened. */
    private enum Rule {
        EXTENDED("期限を?延長|延長", FilingEventKind.EXTENDED, null, null),
        DISMISSED("却下", FilingEventKind.DECIDED, FilingOutcome.DISMISSED, FilingKind.RESIDENT_AUDIT_REQUEST),
        REJECTED("棄却", FilingEventKind.DECIDED, FilingOutcome.REJECTED, FilingKind.RESIDENT_AUDIT_REQUEST),
        RECOMMENDATION("勧告", FilingEventKind.DECIDED, FilingOutcome.RECOMMENDATION, FilingKind.RESIDENT_AUDIT_REQUEST),
        NOT_HELD("不存在", FilingEventKind.DECIDED, FilingOutcome.NOT_HELD, FilingKind.DISCLOSURE_REQUEST),
        NOT_DISCLOSED("不開示|非開示|不公開|非公開", FilingEventKind.DECIDED, FilingOutcome.NOT_DISCLOSED, FilingKind.DISCLOSURE_REQUEST),
        PARTIAL("部分開示|一部開示|部分公開|一部公開", FilingEventKind.DECIDED, FilingOutcome.PARTIALLY_DISCLOSED, FilingKind.DISCLOSURE_REQUEST),
        DISCLOSED("全部開示|全面開示|開示決定(?!等)|全部公開|全面公開|公開決定(?!等)", FilingEventKind.DECIDED, FilingOutcome.DISCLOSED, FilingKind.DISCLOSURE_REQUEST),
        ACCEPTED("受理", FilingEventKind.ACCEPTED, null, null),
        CORRECTED("再?補正書を?提出|再?補正書", FilingEventKind.CORRECTED, null, null),
        CORRECTION_REQUESTED("再?補正(?:通知|命令|指示|要求|の?求め)?", FilingEventKind.CORRECTION_REQUESTED, null, null),
        HEARING("意見陳述|陳述|意見聴取|口頭弁論|弁論準備|結審", FilingEventKind.HEARING, null, null),
        WITHDRAWN("取り?下げ", FilingEventKind.WITHDRAWN, null, null),
        /** The ruling on an appeal (審査請求の裁決) and the judgment of a lawsuit. */
        RULING("裁決", FilingEventKind.DECIDED, null, FilingKind.APPEAL),
        JUDGMENT("判決", FilingEventKind.DECIDED, null, FilingKind.RESIDENT_LAWSUIT),
        /** The review board's report on an appeal (審査会の答申), before the ruling. */
        REPORT("答申", FilingEventKind.OTHER, null, FilingKind.APPEAL),
        /** A title telling only of parts blacked out ("場所は黒塗り"), when no other word tells its step: a partial disclosure. */
        BLACKED_OUT("黒塗り", FilingEventKind.DECIDED, FilingOutcome.PARTIALLY_DISCLOSED, FilingKind.DISCLOSURE_REQUEST);

        final Pattern pattern;
        final FilingEventKind event;
        final @CheckForNull FilingOutcome outcome;
        final @CheckForNull FilingKind impliedKind;

        Rule(String regex, FilingEventKind event, @CheckForNull FilingOutcome outcome,
             @CheckForNull FilingKind impliedKind) {
            this.pattern = Pattern.compile(regex);
            this.event = event;
            this.outcome = outcome;
            this.impliedKind = impliedKind;
        }
    }

    /** A filing being put together. */
    private static final class Draft {
        final FilingKind kind;
        final List<LinkListExtractor.Item> items = new ArrayList<>();
        final List<FilingEvent> events = new ArrayList<>();
        @CheckForNull LinkListExtractor.Item filedItem;
        @CheckForNull FilingOutcome outcome;
        @CheckForNull Remedy remedy;
        @CheckForNull Draft precededBy;
        @CheckForNull String id;

        Draft(FilingKind kind) {
            this.kind = kind;
        }
    }

    private final Extractor by;
    private final PostText.Block block;
    private final Extraction out;

    FilingChain(Extractor by, PostText.Block block, Extraction out) {
        this.by = by;
        this.block = block;
        this.out = out;
    }

    /** Reads a list's items and adds the filings they tell of. */
    void read(List<LinkListExtractor.Item> items) {
        List<Draft> drafts = new ArrayList<>();
        Map<FilingKind, Draft> open = new EnumMap<>(FilingKind.class);
        Draft last = null;
        for (LinkListExtractor.Item item : items) {
            String title = NEGATED.matcher(item.title()).replaceAll("");
            FilingKind topic = topic(title);
            Matcher remedy = REMEDY.matcher(title);
            Matcher filed = FILED.matcher(title);
            Rule rule = rule(title);
            if (remedy.find()) {
                Draft d = open.getOrDefault(FilingKind.RESIDENT_AUDIT_REQUEST, last);
                if (d != null) {
                    long yen = JapaneseNumbers.parseYen(remedy.group(1));
                    d.remedy = new Remedy(remedy.group(), yen, "JPY", null);
                    d.items.add(item);
                }
            } else if (filed.find() && topic != null) {
                // a title ending in a request is that request, whatever earlier outcome it challenges, and of the
                // kind its own word says: "監査請求の棄却を受け、…住民訴訟を提起" is a lawsuit
                String word = filed.group(1) != null ? filed.group(1) : filed.group(2);
                topic = java.util.Objects.requireNonNullElse(topic(word), topic);
                Draft d = new Draft(topic);
                d.filedItem = item;
                d.precededBy = last != null && last.kind != topic ? last : null;
                d.events.add(new FilingEvent(FilingEventKind.FILED, item.date(), filed.group(1) != null ? filed.group(1) : filed.group(2),
                        item.link()));
                d.items.add(item);
                drafts.add(d);
                open.put(topic, d);
                last = d;
            } else if (rule != null) {
                // 却下 and 棄却 end appeals and lawsuits too: the filing the title names comes first
                boolean anyReview = rule == Rule.DISMISSED || rule == Rule.REJECTED;
                FilingKind kind = rule.impliedKind == null || anyReview && topic != null
                        && topic != FilingKind.DISCLOSURE_REQUEST ? topic : rule.impliedKind;
                Draft d = kind != null ? open.get(kind) : last;
                if (d == null && kind != null) {
                    d = new Draft(kind);
                    drafts.add(d);
                    open.put(kind, d);
                }
                if (d != null) {
                    Matcher m = rule.pattern.matcher(title);
                    d.events.add(new FilingEvent(rule.event, item.date(), m.find() ? m.group() : null, item.link()));
                    d.items.add(item);
                    if (rule.outcome != null) {
                        d.outcome = rule.outcome;
                    }
                    last = d;
                }
            }
        }
        for (Draft d : drafts) {
            d.id = out.nextId("filing");
        }
        for (Draft d : drafts) {
            out.add(build(d));
        }
    }

    private Filing build(Draft d) {
        Filing.Builder b = Filing.builder(d.id, d.kind);
        Party addressee = null;
        if (d.filedItem != null) {
            b.title(d.filedItem.title()).filed(d.filedItem.date());
            addressee = addressee(d.filedItem.title());
        }
        if (addressee != null) {
            b.filedWith(addressee);
        } else if (d.kind == FilingKind.RESIDENT_AUDIT_REQUEST) {
            for (LinkListExtractor.Item item : d.items) {
                Matcher m = AUDIT_BODY.matcher(item.title());
                if (m.find()) {
                    b.filedWith(Party.organisation(m.group()));
                    break;
                }
            }
        }
        b.event(d.events.toArray(FilingEvent[]::new)).outcome(d.outcome).remedy(d.remedy)
                .precededBy(d.precededBy == null ? null : d.precededBy.id);
        if (d.remedy != null) {
            d.items.stream().filter(i -> REMEDY.matcher(i.title()).find()).forEach(i -> b.link(i.link()));
        }
        StringBuilder quote = new StringBuilder();
        d.items.forEach(i -> quote.append(quote.length() == 0 ? "" : "\n").append(i.line()));
        double confidence = d.filedItem != null ? 0.8 : 0.6;
        return b.provenance(out.provenance(block, quote.toString(), by, confidence)).build();
    }

    /** The authority a filed item's title says the request went to, or null when it names none. */
    @CheckForNull
    static Party addressee(String title) {
        Matcher filed = FILED.matcher(title);
        if (!filed.find()) {
            return null;
        }
        Matcher to = ADDRESSED_TO.matcher(title.substring(0, filed.start()));
        return to.find() ? Party.organisation(to.group(1)) : null;
    }

    @CheckForNull
    private static Rule rule(String title) {
        for (Rule r : Rule.values()) {
            if (r.pattern.matcher(title).find()) {
                return r;
            }
        }
        return null;
    }

    @CheckForNull
    private static FilingKind topic(String title) {
        if (title.contains("監査請求") || title.contains("監査委員") || title.contains("監査結果")) {
            return FilingKind.RESIDENT_AUDIT_REQUEST;
        }
        if (title.contains("訴訟") || title.contains("提訴") || title.contains("訴え") || COURT.matcher(title).find()) {
            return FilingKind.RESIDENT_LAWSUIT;
        }
        if (title.contains("審査請求")) {
            return FilingKind.APPEAL;
        }
        if (title.contains("開示") || title.contains("公開請求")) {
            return FilingKind.DISCLOSURE_REQUEST;
        }
        return null;
    }
}
