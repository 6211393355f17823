package org.civicwatch.blog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Party;
import org.civicwatch.model.Remedy;
import org.civicwatch.model.When;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.JapaneseNumbers;
import org.civicwatch.text.Mention;
import org.civicwatch.text.ParsedDate;

/**
 * Filings told in running prose, the commonest form: "11月5日付けで公文書開示請求書を富岡市長あてに提出しま
 * したが、同月19日付けで一部開示決定通知が届きました" is a request filed on one date and decided on another.
 * A sentence files a request, an appeal (審査請求, 異議申立て, 不服申立て), a resident audit request
 * (住民監査請求, 職員措置請求) or a lawsuit (訴状を提出, 提訴, 住民訴訟を提起) when the filing word is followed by
 * a verb of filing in its clause, dated by the date before it; plans ("予定", "検討") file nothing. Later
 * sentences add the steps: corrections asked for and made, acceptance, hearings (意見陳述, 口頭弁論, 結審),
 * extensions, decisions with their outcome (開示, 一部開示, 非開示, 不存在, 却下, 棄却, 勧告, 取消) and money
 * returned (a remedy, apart from the outcome). A step belongs to the filing its sentence names, else the
 * latest filing it can be a step of; "6月9日の開示請求に対して" names a filing told in another post, which the
 * reading of the whole page merges. A decision quoted between rows of asterisks (a notice with its number,
 * date and 主文) is a decision. An appeal follows from the latest request, a lawsuit from the latest audit
 * request. 当会, 本会 and 同会 are the group that publishes the blog.
 */
final class ProseFilingExtractor implements Extractor {
    /** What joins the days of a run of sessions: "6月15日、8月31日と10月19日". */
    private static final Pattern RUN_JOINER = Pattern.compile("[、，,と]|及び|および");
    /** The row of asterisks opening a notice's title line. */
    private static final Pattern LEADING_ROW = Pattern.compile("^[*＊]+");
    /** The rows of asterisks around a notice's title. */
    private static final Pattern ROWS = Pattern.compile("^[*＊]+|[*＊]+$");
    private static final Pattern SPACES = Pattern.compile("[\\s　]");
    private static final Pattern ROW = Pattern.compile("^[*＊]{3,}");
    private static final Pattern CLAUSE_END = Pattern.compile("[、。]");
    /**
     * The words that name a filing; group 1 is a disclosure request, 2 an audit request, 3 a lawsuit, 4 an appeal,
     * 5 a complaint.
     */
    private static final Pattern KIND = Pattern.compile(
            // the addressee may stand between: "…の公開を佐世保市長に請求しました"
            "((?:公文書|行政文書|情報)?(?:開示|公開)請求書?|(?:開示|公開)を(?:\\p{IsHan}{1,12}?(?:長|知事|委員会)(?:あて)?に)?(?:請求|求め))"
            + "|((?:住民)?監査請求書?|\\p{IsHan}{0,6}職員措置請求書?)"
            // 控訴状 and 上告状 take a judgment to a higher court: a step of the lawsuit, no suit of its own
            + "|(住民訴訟|(?<![控上])訴状|提訴|訴え(?=を[^、。]{0,16}?(?:起こ|提起)|で?は|が)|訴訟を提起"
            // a suit named by what it is about, "温泉施設補助金訴訟"; not its costs, agent, procedure or law
            + "|\\p{IsHan}{1,8}訴訟(?![費代手法事])(?!を提起))"
            + "|(審査請求書?|異議申し?立て?書?|不服申し?立て?書?)"
            // a complaint to an ombudsman or a complaints board
            + "|(苦情(?:の)?申し?立て?書?|苦情申出書?|苦情を申し?立て)");
    /** A verb of filing in the clause after a filing word. */
    private static final Pattern FILED = Pattern.compile("^(?:[をも][^、。]{0,24}?(?:提出|提起|行い|行っ|行う|送付|郵送|申し立て|申立て|手渡|起こ|出し|出す)"
            + "|[をも]?(?:し|しました|した|して)|(?:提出|提起))");
    /** What makes a filing word or a step an intent or a question rather than something done or set. */
    // "…を起こす方向で", "…を提出する方向だ": a course set, not yet taken
    private static final String INTENT = "方針|検討|つもり|考え|したい|しよう|[する]方向|かどうか|話し合";
    /** What makes a filing word a plan or a question rather than a filing done, in the words after it. */
    private static final Pattern PLAN = Pattern.compile("予定|" + INTENT);
    /** What makes a hearing one not yet set: a hearing announced as "予定" is set by the court, a dated step. */
    private static final Pattern NOT_SET = Pattern.compile(INTENT);
    /** A filing named as what a step concerns: "…の開示請求に対して", "…に却下された住民監査請求について". */
    private static final Pattern CONCERNS = Pattern.compile("^(?:書)?(?:に対して|に対し|に対する|について|に係る|を不服|の結果|は|が)");
    /** A filing word's own date in brackets right after it: "住民監査請求書（令和５年６月１３日付）". */
    private static final Pattern BRACKETED_DATE = Pattern.compile("^[（(][^（()）、。]{4,24}?付け?[）)]");
    /** A filing word's other name in brackets right after it, one phrase: "（丸亀市職員措置請求書）". */
    private static final Pattern OTHER_NAME = Pattern.compile("^[（(][^（()）、。]{1,30}[）)]");
    /** The day a letter arrived, told before its name: "２月１０日に簡易書留で届いた…通知書". */
    private static final Pattern ARRIVED = Pattern.compile("^に[^、。]{0,16}?(?:届いた|届けられた|受け取った|受領した)");
    /** A filing told in a relative clause before its word: "私たちの提出した住民監査請求書". */
    private static final Pattern FILED_BEFORE = Pattern.compile("(?:提出|提起|郵送|送付)した$");
    /** The body a sentence opens with as its subject, with its members in brackets: "…町監査委員（…）は、". */
    private static final Pattern SUBJECT_BODY = Pattern.compile("^[■●◆◎○・]?(\\p{IsHan}{1,12}?(?:監査委員|委員会|[都道府県市区町村]長|知事))"
            + "(?:[（(][^（()）]{0,30}[）)])?[はが]");
    private static final Pattern OWN_VOICE = Pattern.compile("当会|本会|同会|当団体|私たち|わたしたち|我々");
    /** The group as the subject of what a sentence tells: "当会は今年の夏から…調べてきました". */
    private static final Pattern OWN_SUBJECT = Pattern.compile("(?:当会|本会|同会|当団体|私たち|わたしたち|我々)(?:は|が|も|で)");
    /** The writer as one person: "私は", "わたしが", "筆者も", "個人で…するのは". */
    private static final Pattern SINGULAR_SUBJECT = Pattern.compile("(?:私|わたし|僕|ぼく|筆者)(?:は|が|も|から|自身)"
            + "|(?<!\\p{IsHan})(?:個人|一人|ひとり)で(?!は)");
    /** A topic of a sentence's own (not "には", "では", "とは"): someone or something else it speaks of. */
    private static final Pattern OTHER_TOPIC = Pattern.compile("(?<![にでとへ])は");
    /** To whom: a body or officer, then "あてに", "に対して", "に", "へ". */
    private static final Pattern ADDRESSEE = Pattern.compile("(?<!\\p{IsHan})(\\p{IsHan}{0,16}?(?:[都道府県市区町村]長|知事|監査委員|教育委員会"
            + "|選挙管理委員会|公安委員会|委員会|地方裁判所|地裁|高等裁判所|高裁|最高裁判所|裁判所|議長|病院長|校長|学長|理事長|大臣|長官|署長|本部長"
            // the state's local offices: "四国財務局長", "国土交通省九州地方整備局長", "…事務所長"
            + "|局長|事務所長"
            + "|オンブズマン|オンブズパーソン))"
            + "\\s?(?:(?:あて|宛て?)?(?:に対して|に対し|に|へ)|(?:あて|宛て?)の)");
    /**
     * A sum of yen in digits, kanji or both ("１８４万８千円", "138万6,000円", "四十万円"); the search starts only where a run of
     * them begins, so each run is read once.
     */
    static final String YEN = "(?<![0-9０-９,，〇一二三四五六七八九十百千万億])[0-9０-９,，〇一二三四五六七八九十百千万億]{1,24}+円";
    private static final Pattern REMEDY = Pattern.compile("(" + YEN + ")を?[^、。]{0,8}?(返還|返納|返金)");
    /** Words that take a decision back to what it concerns rather than report it: "一部開示決定の取消しを求め". */
    private static final Pattern NOT_A_DECISION = Pattern.compile("^[^、。]{0,6}?(?:を求め|を不服|に対し|につい|への|の取り?消し?を)"
            + "|^(?:等)?の?(?:期限|期間|期日)");
    /** A decision's context in its sentence: it was notified, received, pronounced or decided. */
    private static final Pattern DECIDED = Pattern.compile("届|通知|決定|言い?渡|結果|裁決|判決|連絡|受け取|送られ|する[。」]|取り?消す[。」]|された|とされ|でした|との|となった|となり|(?:却下|棄却|勧告)し(?:まし)?た");
    /** A filing told as one more of the same: "同日、…市長にも", "あわせて". */
    private static final Pattern ALSO = Pattern.compile("^[■●◆◎○・]?同日|同じく|にも[、，]|あわせて|併せて");
    /** A quoted letter that asks for a correction: its subject "…の補正について", or what it asks to be done. */
    private static final Pattern CORRECTION_ASKED = Pattern.compile("補正について$|補正(?:書を提出|を)?して(?:ください|下さい)"
            + "|補正書を(?:提出|送付)(?:してください|して下さい|されたい)");
    /** A filing named as the first of its kind told ("最初の訴えは…取り下げました"), or as the newest ("新しい訴えでは"). */
    private static final Pattern FIRST_OF_KIND = Pattern.compile("(?:最初|当初|初め|はじめ|一度目|１度目|1度目|１回目|1回目)の$");
    private static final Pattern NEWEST_OF_KIND = Pattern.compile("(?:新しい|新たな|二度目の|２度目の|2度目の|２回目の|2回目の)$");
    /** A date that fixes as of when something is counted ("令和３年３月末時点で…管理している"): it dates no step. */
    private static final Pattern AS_OF = Pattern.compile("^(?:末|初め|中)?(?:時点|現在)");
    /** In a quoted ruling, the review board's answer with its own date in brackets: "審査会の答申（令和４年７月２２日付け答申第９号）". */
    private static final Pattern REPORT_DATED = Pattern.compile("答申[（(]([^（()）]{4,40})[）)]");
    /** A line of a court's case list giving a judgment's time: "午後１時１５分　判決". */
    private static final Pattern JUDGMENT_AT = Pattern.compile("^((?:午前|午後)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?)[\\s　]*判決");
    private static final Pattern REFERENCE_NUMBER = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}]{1,10}第[0-9０-９]+(?:[-－ー‐][0-9０-９]+)*号$");

    /** The steps a sentence may tell, in order of precedence where two words overlap. */
    private enum Step {
        REVOKED("原処分を取り消|取り?消す|取り?消され|取消し?と|取り?消し?の?(?:通知|決定)", FilingEventKind.DECIDED, FilingOutcome.REVOKED, true),
        // bodies that "publish" (公開) rather than "disclose" (開示) decide in the same words
        PARTIAL("一部開示|部分開示|一部非開示|一部不開示|一部公開|部分公開|一部非公開", FilingEventKind.DECIDED,
                FilingOutcome.PARTIALLY_DISCLOSED, true),
        NOT_HELD("不存在", FilingEventKind.DECIDED, FilingOutcome.NOT_HELD, true),
        NOT_DISCLOSED("非開示|不開示|存否を明らかにしない|存否応答拒否", FilingEventKind.DECIDED, FilingOutcome.NOT_DISCLOSED, true),
        DISMISSED("却下", FilingEventKind.DECIDED, FilingOutcome.DISMISSED, true),
        REJECTED("棄却", FilingEventKind.DECIDED, FilingOutcome.REJECTED, true),
        RECOMMENDATION("勧告", FilingEventKind.DECIDED, FilingOutcome.RECOMMENDATION, true),
        DISCLOSED("全部開示|全面開示|開示決定(?!等)|開示され|開示する|開示を受け|開示の連絡|全部公開|全面公開"
                + "|(?<!一部|部分|非)公開(?:の|する)?(?:旨の)?決定(?!等)", FilingEventKind.DECIDED,
                FilingOutcome.DISCLOSED, true),
        JUDGMENT("判決(?:の)?言い?渡し?|判決が言い渡|判決を言い渡|判決が出|判決が下|判決を下|判決(?=が、[^、。]{0,16}?に言い?渡)",
                FilingEventKind.DECIDED, null, false),
        RULING("裁決書?が|裁決書?を|裁決があ|裁決し(?:まし)?た|監査結果(?:通知)?が|監査結果(?:通知)?を|(?<![開示])決定書が|(?<![開示])決定書を", FilingEventKind.DECIDED, null, false),
        CORRECTION_REQUESTED("補正を求め|補正を命じ|補正するよう|補正(?:の)?(?:通知|命令|指示|依頼)", FilingEventKind.CORRECTION_REQUESTED, null,
                false),
        // the request itself brought again, mended: "訂正した請求書を事務局に持参し"
        CORRECTED("補正書を?(?:提出|送付|郵送|手渡|持参)|補正書を出|修正版を?(?:提出|手渡)"
                + "|(?:訂正|補正|修正)した[^、。]{0,8}?を[^、。]{0,12}?(?:提出|送付|郵送|手渡|持参)", FilingEventKind.CORRECTED, null, false),
        // "上告受理申立書" asks for acceptance, which is not one
        // an ombudsman's or an auditor's notice that it has taken the matter up: "「調査を開始します」という通知"
        ACCEPTED("受理(?!申し?立)|調査を開始", FilingEventKind.ACCEPTED, null, false),
        HEARING("意見陳述|口頭弁論|弁論準備|結審|証人尋問|意見聴取|(?:審査請求人|請求人|申立人|原告)(?:ら|側)?の陳述(?!書)",
                FilingEventKind.HEARING, null, false),
        EXTENDED("期限を?延長|期間延長|延長(?:する|の)(?:旨の)?通知", FilingEventKind.EXTENDED, null, false),
        /**
         * The review board's answer to the body an appeal went to (審査会の答申), or the notice that the body has
         * consulted the board ("審査会に諮問しました"): a step of the appeal.
         */
        REPORT("答申(?:[（(][^（()）]{1,16}[）)])?(?:を|が|し|書)|(?:審査会|審議会)に諮問(?:し|され)", FilingEventKind.OTHER, null, false),
        WITHDRAWN("取り下げ|取下げ|取下書|取下願", FilingEventKind.WITHDRAWN, FilingOutcome.WITHDRAWN, false),
        /** The body's own new decision while an appeal is pending ("はじめの決定を変更し…（変更決定）"): a step of the appeal. */
        CHANGED("変更決定|決定を変更", FilingEventKind.OTHER, null, false),
        /** A decision told as issued, its outcome told apart ("その決定が３月２日付けで出た。結果は部分開示。"). */
        ISSUED("(?<=決定が[^、。]{0,10})(?:出た|出まし|出され|届い|届き|あった|ありまし|下され|下り)", FilingEventKind.DECIDED, null, false),
        // the appeal court, the appellant and its costs (控訴審, 控訴人, 控訴費用) are no appeal brought
        FURTHER_APPEAL("(?:控訴|上告)(?![審人費])", FilingEventKind.OTHER, null, false);

        final Pattern pattern;
        final FilingEventKind event;
        final @CheckForNull FilingOutcome outcome;
        /** Whether the word is an outcome, which needs a decision's context to be one. */
        final boolean isOutcome;

        Step(String regex, FilingEventKind event, @CheckForNull FilingOutcome outcome, boolean isOutcome) {
            this.pattern = Pattern.compile(regex);
            this.event = event;
            this.outcome = outcome;
            this.isOutcome = isOutcome;
        }

        /** The kinds of filing this step can be a step of, latest first being the one it goes to. */
        Set<FilingKind> of() {
            return switch (this) {
                case PARTIAL, NOT_HELD, NOT_DISCLOSED, DISCLOSED -> Set.of(FilingKind.DISCLOSURE_REQUEST, FilingKind.APPEAL);
                case JUDGMENT, FURTHER_APPEAL -> Set.of(FilingKind.RESIDENT_LAWSUIT);
                case CORRECTION_REQUESTED, CORRECTED, ACCEPTED -> Set.of(FilingKind.RESIDENT_AUDIT_REQUEST, FilingKind.APPEAL,
                        FilingKind.DISCLOSURE_REQUEST, FilingKind.RESIDENT_LAWSUIT, FilingKind.COMPLAINT);
                case HEARING -> Set.of(FilingKind.RESIDENT_AUDIT_REQUEST, FilingKind.APPEAL, FilingKind.RESIDENT_LAWSUIT);
                case REPORT, CHANGED -> Set.of(FilingKind.APPEAL);
                case ISSUED -> Set.of(FilingKind.DISCLOSURE_REQUEST, FilingKind.APPEAL);
                default -> Set.of(FilingKind.RESIDENT_AUDIT_REQUEST, FilingKind.APPEAL, FilingKind.RESIDENT_LAWSUIT,
                        FilingKind.DISCLOSURE_REQUEST, FilingKind.COMPLAINT);
            };
        }
    }

    /** A filing being put together from the sentences of one post. */
    private static final class Draft {
        final FilingKind kind;
        final @CheckForNull When filed;
        final List<FilingEvent> events = new ArrayList<>();
        final StringBuilder quote = new StringBuilder();
        @CheckForNull Party filedWith;
        @CheckForNull Party filedBy;
        @CheckForNull FilingOutcome outcome;
        @CheckForNull Remedy remedy;
        @CheckForNull String referenceNumber;
        /** The name of the request's own document, where the post gives it ("鈴鹿市職員措置請求書"). */
        @CheckForNull String title;
        @CheckForNull Draft precededBy;
        @CheckForNull String id;
        final PostText.Block block;
        /** Whether the post only names it, as a filing told elsewhere. */
        final boolean named;

        Draft(FilingKind kind, @CheckForNull When filed, PostText.Block block, boolean named) {
            this.kind = kind;
            this.filed = filed;
            this.block = block;
            this.named = named;
        }

        void event(FilingEventKind kind, @CheckForNull When when, String note) {
            for (FilingEvent e : events) {
                if (e.kind() == kind && java.util.Objects.equals(day(e.when()), day(when))) {
                    return;
                }
            }
            events.add(new FilingEvent(kind, when, note, null));
        }

        void quote(String sentence) {
            if (quote.indexOf(sentence) < 0) {
                quote.append(quote.length() == 0 ? "" : "\n").append(sentence);
            }
        }
    }

    /** What reading one post keeps between sentences. */
    private final class Reading {
        final PostText post;
        final Extraction out;
        final DateTrail trail;
        final List<Draft> drafts = new ArrayList<>();
        /** Sentences before the first filing that name one, whose steps wait for it to be told. */
        final List<Pending> pending = new ArrayList<>();
        @CheckForNull Draft current;
        /** Whether a sentence read so far told what the group did, as its subject: later ones without a subject are its. */
        boolean groupSpeaks;
        /**
         * Whether the post is written by one person: it never speaks as a group (当会, 私たち), and it says 私 or
         * its blog's name is no group's (ながの駅前ノート, not かしはら行政ウォッチ): what it files without naming who,
         * the writer does.
         */
        final boolean writerAlone;
        /**
         * The filing whose body the last sentences spoke of ("問題は警察だ。"), and how many sentences ago: a step
         * told next, naming no filing, is that one's when several are open.
         */
        @CheckForNull Draft spokenOf;
        /** Whether the sentence just read waits for its filing to be told: the next may tell the same step's words. */
        boolean pendingJustNow;
        int sinceSpokenOf;

        Reading(PostText post, Extraction out) {
            this.post = post;
            this.out = out;
            this.trail = new DateTrail(post.writtenOn());
            String all = String.join("", post.lines());
            this.writerAlone = !OWN_VOICE.matcher(all).find() && (SINGULAR_SUBJECT.matcher(all).find()
                    || post.group() != null && !RequestFormExtractor.namesAGroup(post.group()));
        }

        @CheckForNull
        Draft latest(Set<FilingKind> kinds) {
            if (current != null && kinds.contains(current.kind)) {
                return current;
            }
            for (int i = drafts.size() - 1; i >= 0; i--) {
                if (kinds.contains(drafts.get(i).kind)) {
                    return drafts.get(i);
                }
            }
            return null;
        }

        /**
         * {@return the request an appeal told now challenges: the latest one refused in whole or in part, else the
         * latest one} A request fully disclosed gives nothing to appeal against.
         */
        @CheckForNull
        Draft challenged() {
            Draft latest = latest(Set.of(FilingKind.DISCLOSURE_REQUEST));
            if (latest == null || latest.outcome != FilingOutcome.DISCLOSED) {
                return latest;
            }
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (d.kind == FilingKind.DISCLOSURE_REQUEST && d.outcome != null && d.outcome != FilingOutcome.DISCLOSED) {
                    return d;
                }
            }
            return latest;
        }

        @CheckForNull
        Draft filedOn(FilingKind kind, @CheckForNull When filed) {
            return filedOn(kind, filed, false);
        }

        /** {@return the latest (or the first) filing of a kind told, filed on a day when one is given} */
        @CheckForNull
        Draft filedOn(FilingKind kind, @CheckForNull When filed, boolean first) {
            for (int k = 0; k < drafts.size(); k++) {
                Draft d = drafts.get(first ? k : drafts.size() - 1 - k);
                if (d.kind == kind && (filed == null || java.util.Objects.equals(day(d.filed), day(filed)))) {
                    return d;
                }
            }
            return null;
        }
    }

    @Override
    public String id() {
        return "blog-html/filings";
    }

    @Override
    public void extract(PostText post, Extraction out) {
        Set<Integer> quoted = NewsBlockExtractor.quotedLines(post);
        Reading r = new Reading(post, out);
        List<String> lines = post.lines();
        int i = 0;
        while (i < lines.size()) {
            if (quoted.contains(i) || lines.get(i).isBlank()) {
                i++;
                continue;
            }
            if (ROW.matcher(lines.get(i)).find()) {
                int end = i + 1;
                while (end < lines.size() && !ROW.matcher(lines.get(end)).find()) {
                    end++;
                }
                PostText.Block block = post.block(i, Math.min(lines.size(), end + 1));
                if (!RequestFormExtractor.opensForm(lines.get(i))) {
                    out.guard(block, () -> notice(block, r));
                }
                i = end + 1;
                continue;
            }
            if (LinkListExtractor.item(lines, i) != null) {
                // a list of links to earlier posts tells its story in titles: the links extractor reads it
                i++;
                continue;
            }
            PostText.Block line = post.block(i, i + 1);
            out.guard(line, () -> line(line, r));
            i++;
        }
        for (Pending p : r.pending) {
            // a post that opens with the latest step before it tells the story: the step is the filing's it names
            Draft named = r.latest(p.kinds().stream().map(KindMention::kind).collect(java.util.stream.Collectors.toSet()));
            if (named != null) {
                r.current = named;
                steps(p.sentence(), p.dates(), p.naming(), p.kinds(), List.of(), r);
            }
        }
        // a filing only named, with no day and no step, tells nothing
        r.drafts.removeIf(d -> d.named && d.filed == null && d.events.isEmpty());
        for (Draft d : r.drafts) {
            d.id = out.nextId("filing");
        }
        List<Filing> told = new ArrayList<>();
        String jurisdiction = Facilities.jurisdictionOf(post);
        for (Draft d : r.drafts) {
            d.filedWith = qualified(d.filedWith, jurisdiction);
            told.add(build(d, out));
        }
        attachListed(told, out);
    }

    /** An officer or body named by its kind alone: "市長", "市教育委員会", "監査委員". */
    private static final Pattern BARE_BODY = Pattern.compile("^([市町村区])?(?:長|教育委員会|監査委員|選挙管理委員会|議会議長)$");
    /**
     * {@return an addressee named by its kind alone given the municipality the post is about ("市長" in a post about
     * 田辺市 is 田辺市長, "監査委員" its 田辺市監査委員), when the kinds agree; else as it is}
     */
    @CheckForNull
    private static Party qualified(@CheckForNull Party body, @CheckForNull String jurisdiction) {
        Matcher bare = body == null || body.name() == null || jurisdiction == null ? null : BARE_BODY.matcher(body.name());
        if (bare == null || !bare.matches()) {
            return body;
        }
        String kind = bare.group(1);
        if (kind == null && !body.name().equals("長")) {
            return Party.organisation(jurisdiction + body.name());  // "監査委員" of the post's municipality
        }
        return kind != null && jurisdiction.endsWith(kind) ? Party.organisation(jurisdiction + body.name().substring(1)) : body;
    }

    /** How long after a step the post about it may be dated, for a list item to tell of it. */
    static final int DAYS_TO_TELL = 14;

    /**
     * The filings told here in prose, each with the items of a dated link list that tell its story as links
     * (with their dates): an item tells of a filing of its kind when it is dated on or within
     * {@value #DAYS_TO_TELL} days after the step it names ("〇2022年11月3日:…開示請求書を郵送" after a request
     * filed on 2 November), a step told by its month counting from that month's first day to its last. Each item
     * goes to the filing it tells of, so a list telling two suits links each its own; the filings read from
     * such a list alone are dropped when their first item tells of a filing here (items telling of none go with
     * it), or when the post tells one filing of their kind and not the day it was filed, and references to them
     * turned to that filing.
     */
    private static void attachListed(List<Filing> told, Extraction out) {
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        List<Filing> listed = out.records().stream().filter(Filing.class::isInstance).map(Filing.class::cast)
                .filter(f -> f.provenance() != null && "blog-html/links".equals(f.provenance().extractor())).toList();
        for (Filing l : listed) {
            int first = l.events().isEmpty() ? -1 : toldOf(told, l.kind(), l.events().get(0));
            if (first < 0 && !l.events().isEmpty()) {
                first = onlyUndated(told, l.kind());
            }
            if (first < 0) {
                continue;
            }
            List<List<org.civicwatch.model.Link>> links = new ArrayList<>();
            told.forEach(p -> links.add(new ArrayList<>(p.links())));
            for (FilingEvent step : l.events()) {
                int to = toldOf(told, l.kind(), step);
                if (step.link() != null) {
                    links.get(to < 0 ? first : to).add(step.link());
                }
            }
            links.get(first).addAll(l.links());
            for (int i = 0; i < told.size(); i++) {
                told.set(i, told.get(i).toBuilder().links(links.get(i)).build());
            }
            renamed.put(l.id(), told.get(first).id());
            out.remove(l.id());
        }
        for (Filing f : told) {
            out.add(f.precededBy() != null && renamed.containsKey(f.precededBy())
                    ? f.toBuilder().precededBy(renamed.get(f.precededBy())).build() : f);
        }
        for (CivicRecord r : out.records()) {
            if (r instanceof Filing f && f.precededBy() != null && renamed.containsKey(f.precededBy())) {
                out.replace(f.toBuilder().precededBy(renamed.get(f.precededBy())).build());
            }
        }
    }

    /**
     * {@return the index of the one filing of a kind told here, when it is told without the day it was filed (a suit
     * named by its judgment, "３月２１日に…判決を受けた…訴訟"), or -1}: a list of its story is its story
     */
    private static int onlyUndated(List<Filing> told, FilingKind kind) {
        int found = -1;
        for (int i = 0; i < told.size(); i++) {
            if (told.get(i).kind() == kind) {
                if (found >= 0 || told.get(i).filed() != null) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** {@return the index of the filing told here of a kind with a step of the list item's kind that the item may tell of, or -1} */
    private static int toldOf(List<Filing> told, FilingKind kind, FilingEvent item) {
        java.time.LocalDate on = day(item.when());
        for (int i = 0; i < told.size() && on != null; i++) {
            Filing p = told.get(i);
            boolean tells = p.kind() == kind && p.events().stream().anyMatch(e -> e.kind() == item.kind() && day(e.when()) != null
                    && !on.isBefore(day(e.when())) && !on.isAfter(lastDay(e.when()).plusDays(DAYS_TO_TELL)));
            if (tells) {
                return i;
            }
        }
        return -1;
    }

    private static java.time.LocalDate lastDay(When w) {
        return w.start().map(When.Point::lastDay).orElseThrow();
    }

    private void line(PostText.Block line, Reading r) {
        for (String s : Sentences.of(line.lines().get(0))) {
            sentence(s, line, r);
        }
    }

    /** A sentence told before the filing it names: "…住民訴訟の控訴審で、１１月１７日…判決が言い渡されました". */
    private record Pending(String sentence, List<Mention<When>> dates, Set<Integer> naming, List<KindMention> kinds) {
    }

    /** A filing a sentence files, where its word starts. */
    private record FiledAt(int start, Draft draft) {
    }

    /** A filing word found in a sentence. */
    private record KindMention(FilingKind kind, int start, int end, boolean filed, @CheckForNull Mention<When> ownDate) {
    }

    private void sentence(String s, PostText.Block block, Reading r) {
        List<Mention<When>> dates = new ArrayList<>(r.trail.read(s));
        dates.removeIf(d -> AS_OF.matcher(s).region(d.end(), s.length()).lookingAt() || scope(s, d));
        List<KindMention> kinds = new ArrayList<>();
        Matcher k = KIND.matcher(s);
        int otherNameEnd = -1;
        while (k.find()) {
            if (k.start() < otherNameEnd) {
                continue;  // "住民監査請求（「草津市職員措置請求書」を提出）": the request's other name, no filing of its own
            }
            String after = s.substring(k.end());
            Matcher otherName = OTHER_NAME.matcher(after);
            otherNameEnd = otherName.lookingAt() ? k.end() + otherName.end() : -1;
            // a plan is told after the filing word ("…を提出する予定"); before it, "…と考え、" is a reason for filing
            boolean plan = PLAN.matcher(after).find();
            FilingKind kind = k.group(1) != null ? FilingKind.DISCLOSURE_REQUEST : k.group(2) != null
                    ? FilingKind.RESIDENT_AUDIT_REQUEST : k.group(3) != null ? FilingKind.RESIDENT_LAWSUIT
                    : k.group(4) != null ? FilingKind.APPEAL : FilingKind.COMPLAINT;
            Matcher bracketed = BRACKETED_DATE.matcher(after);
            if (bracketed.find() && FILED_BEFORE.matcher(s.substring(Math.max(0, k.start() - 8), k.start())).find()) {
                // "私たちの提出した住民監査請求書（令和５年６月１３日付）": filed on the date in brackets
                Mention<When> own = dateAfter(dates, k.end(), s);
                if (own != null && own.end() <= k.end() + bracketed.end()) {
                    kinds.add(new KindMention(kind, k.start(), k.end(), !plan, own));
                    continue;
                }
            }
            kinds.add(new KindMention(kind, k.start(), k.end(), filedBy(after) || filedInTimeline(s, after), null));
        }
        // the dates that name a filing told before ("6月9日の開示請求に対して") date no step
        Set<Integer> naming = new HashSet<>();
        // filings named by their order among those told ("最初の訴えは"): the steps after them in the sentence are theirs
        List<FiledAt> namedAt = new ArrayList<>();
        for (KindMention km : kinds) {
            String before = s.substring(Math.max(0, km.start() - 5), km.start());
            Draft ordinal = FIRST_OF_KIND.matcher(before).find() ? r.filedOn(km.kind(), null, true)
                    : NEWEST_OF_KIND.matcher(before).find() ? r.filedOn(km.kind(), null) : null;
            if (!km.filed() && ordinal != null) {
                namedAt.add(new FiledAt(km.start(), ordinal));
                r.current = ordinal;
                ordinal.quote(s);
            } else if (!km.filed()) {
                Mention<When> d = dateBefore(dates, km.start(), Set.of());
                if (d != null && km.start() - d.end() <= 20 && !s.substring(d.end(), km.start()).contains("、")) {
                    naming.add(d.start());
                    Draft named = r.filedOn(km.kind(), d.value());
                    String between = s.substring(d.end(), km.start());
                    if (named == null && (s.charAt(d.end()) == 'の' || s.startsWith("付けの", d.end())
                            || FILED_ON.matcher(between).matches())) {
                        // a filing told in another post, named by the day it was filed ("…12月27日に当会が行った審査請求")
                        named = new Draft(km.kind(), d.value(), block, true);
                        named.event(FilingEventKind.FILED, d.value(), s.substring(km.start(), km.end()));
                        if (OWN_VOICE.matcher(between).find() && r.post.group() != null) {
                            named.filedBy = Party.group(r.post.group());
                        }
                        Matcher to = ADDRESSEE.matcher(between);
                        while (to.find()) {
                            named.filedWith = Party.organisation(to.group(1));  // "…に当会が富山県警察本部長に行った開示請求"
                        }
                        r.drafts.add(named);
                    }
                    if (named == null) {
                        named = namedByDecision(km.kind(), d, s.substring(d.end(), km.start()), block);
                        if (named != null) {
                            r.drafts.add(named);
                        }
                    }
                    if (named != null) {
                        r.current = named;
                        named.quote(s);
                    }
                } else {
                    Draft named = r.latest(Set.of(km.kind()));
                    if (named == null && ELAPSED.matcher(s.substring(km.end())).find()) {
                        // "提訴から１年が経過した": a filing told in another post, named without its day
                        named = new Draft(km.kind(), null, block, true);
                        r.drafts.add(named);
                    }
                    if (named != null) {
                        r.current = named;
                    }
                }
            }
        }
        for (KindMention km : kinds) {
            if (km.ownDate() != null) {
                naming.add(km.ownDate().start());  // a filing's own date dates no step
            }
        }
        Set<FilingKind> filedHere = new HashSet<>();
        List<FiledAt> filedAt = new ArrayList<>(namedAt);
        for (KindMention km : kinds) {
            if (!km.filed() || !filedHere.add(km.kind())) {
                continue;
            }
            Mention<When> d = km.ownDate() != null ? km.ownDate() : dateBefore(dates, km.start(), naming);
            if (d == null) {
                d = dateAfter(dates, km.end(), s);
            }
            if (d == null) {
                continue;
            }
            Draft draft = r.filedOn(km.kind(), d.value());
            if (draft == null || !draft.named) {
                draft = new Draft(km.kind(), d.value(), block, false);
                if (km.kind() == FilingKind.APPEAL) {
                    draft.precededBy = r.challenged();
                } else if (km.kind() == FilingKind.RESIDENT_LAWSUIT) {
                    draft.precededBy = r.latest(Set.of(FilingKind.RESIDENT_AUDIT_REQUEST));
                }
                r.drafts.add(draft);
            }
            draft.event(FilingEventKind.FILED, d.value(), s.substring(km.start(), km.end()));
            if (draft.title == null) {
                draft.title = formName(s, km);
            }
            naming.add(d.start());  // the day a filing is filed dates none of the steps its sentence goes on to tell
            Party to = addressee(s, km);
            Matcher subject = SUBJECT_BODY.matcher(s);
            if (to == null && km.ownDate() != null && subject.find()) {
                to = Party.organisation(subject.group(1));  // the body that decided on a filing named in a relative clause
            }
            if (to != null && draft.filedWith == null) {
                draft.filedWith = to;
            }
            boolean subjectless = !OTHER_TOPIC.matcher(s).region(0, km.start()).find();
            if ((OWN_VOICE.matcher(s).find() || r.groupSpeaks && subjectless) && r.post.group() != null) {
                // "当会は…調べてきました。まず、８月３日に…請求書を提出しました": the group goes on speaking
                draft.filedBy = Party.group(r.post.group());
            } else if (draft.filedBy == null && subjectless && r.writerAlone) {
                // "１１月２日に…公開を請求しました" in a person's own blog: a private person, not named
                draft.filedBy = Party.personByTitle("筆者", null);
            }
            int at = r.drafts.indexOf(draft);
            if (draft.filedBy == null && at > 0 && ALSO.matcher(s).find()) {
                // "同日、川越市長にも…を提出しました": one more filing by whoever filed the one before
                draft.filedBy = r.drafts.get(at - 1).filedBy;
            }
            draft.quote(s);
            r.current = draft;
            filedAt.add(new FiledAt(km.start(), draft));
        }
        filedAt.sort(java.util.Comparator.comparingInt(FiledAt::start));
        r.groupSpeaks |= OWN_SUBJECT.matcher(s).find();
        if (r.drafts.isEmpty()) {
            boolean waiting = r.pendingJustNow;
            r.pendingJustNow = false;
            if (!kinds.isEmpty() && !dates.isEmpty()) {
                r.pending.add(new Pending(s, dates, naming, kinds));
                r.pendingJustNow = true;
            } else if (waiting && kinds.isEmpty() && DECIDED.matcher(s).find()) {
                // "…判決が言い渡されました。主文は「本件訴えを却下する。」": the decision's words, of the step just told
                r.pending.add(new Pending(s, dates, naming, r.pending.get(r.pending.size() - 1).kinds()));
                r.pendingJustNow = true;
            }
            return;  // a step or a remedy belongs to a filing: before the first there is nothing to read now
        }
        Draft named = filedAt.isEmpty() ? namedByBody(s, r.drafts) : null;
        r.sinceSpokenOf++;
        if (named != null) {
            r.spokenOf = named;
            r.sinceSpokenOf = 0;
        }
        steps(s, dates, naming, kinds, filedAt, r);
        Matcher remedy = REMEDY.matcher(s);
        if (remedy.find()) {
            Draft d = r.latest(Set.of(FilingKind.RESIDENT_AUDIT_REQUEST, FilingKind.RESIDENT_LAWSUIT, FilingKind.APPEAL,
                    FilingKind.DISCLOSURE_REQUEST));
            if (d != null && d.remedy == null) {
                d.remedy = new Remedy(remedy.group(), JapaneseNumbers.parseYen(remedy.group(1)), "JPY", null);
                d.quote(s);
            }
        }
    }

    /**
     * Whether the words after a filing word file it: a verb of filing in its clause, no plan, not what a step concerns.
     * The filing's other name in brackets right after its word is passed over: "住民監査請求書（…職員措置請求書）を提出".
     */
    /** A request's own document named by its municipality: "鈴鹿市職員措置請求書". */
    private static final String FORM = "\\p{IsHan}{1,5}?[都道府県市区町村]職員措置請求書";
    private static final Pattern FORM_NAME = Pattern.compile("^" + FORM + "$");
    /** The document's name in brackets after the filing word: "（「草津市職員措置請求書」を提出）", "（田辺市職員措置請求書を…提出）". */
    private static final Pattern BRACKETED_FORM = Pattern.compile("^[（(]「?(" + FORM + ")」?");

    /** {@return the name of the document a filing word files, when the post gives it by its municipality; else null} */
    @CheckForNull
    private static String formName(String s, KindMention km) {
        String word = s.substring(km.start(), km.end());
        if (FORM_NAME.matcher(word).matches()) {
            return word;
        }
        Matcher bracketed = BRACKETED_FORM.matcher(s.substring(km.end()));
        return bracketed.find() ? bracketed.group(1) : null;
    }

    /** A line of a dated timeline: a full date, a space, then what happened ("2023年9月4日　私たちが草津市長に…"). */
    private static final Pattern TIMELINE_LINE = Pattern.compile("^[\\s　]*+(?:[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日"
            + "|[0-9０-９]{4}[./／][0-9０-９]{1,2}[./／][0-9０-９]{1,2}|[RHSＲＨＳ][0-9０-９]{1,2}[.．][0-9０-９]{1,2}[.．][0-9０-９]{1,2})"
            + "(?:[（(][^（()）]{1,4}[）)])?[\\s　]++");

    /**
     * {@return whether a timeline's line names a filing by its word alone at its end, the way such lines are written
     * ("2023年9月4日　私たちが草津市長に、…の開示を請求", "…に住民監査請求（「…請求書」を提出）"): the line is the filing}
     */
    private static boolean filedInTimeline(String sentence, String after) {
        String rest = OTHER_NAME.matcher(after).replaceFirst("").strip();
        return TIMELINE_LINE.matcher(sentence).lookingAt() && (rest.isEmpty() || rest.equals("。"));
    }

    private static boolean filedBy(String after) {
        after = OTHER_NAME.matcher(after).replaceFirst("");
        return !CONCERNS.matcher(after).find() && FILED.matcher(after).find() && !PLAN.matcher(after).find();
    }

    /**
     * {@return whether a sentence files something ("…の開示請求書を提出しました"), so that what else it names (the
     * matter a request is about) is its subject, not its news}
     */
    static boolean files(String sentence) {
        Matcher k = KIND.matcher(sentence);
        while (k.find()) {
            if (filedBy(sentence.substring(k.end()))) {
                return true;
            }
        }
        return false;
    }

    /** The end of a notice's title quoted ("「開示決定等の期間延長について」という通知"): the notice itself, not what it concerns. */
    private static final Pattern NOTICE_TITLE = Pattern.compile("について[」』]");

    /** What sets a deadline after its date: "…までに…を講じるよう勧告", "…までに回答するよう求め". */
    private static final Pattern SETS_DEADLINE = Pattern.compile("^[^。]*?よう(?:に)?[^。]{0,4}?(?:勧告|求め|命じ|指示|要請|通知)|^[^。]{0,8}?(?:を期限|が期限)");

    /** Whether a date is a deadline the sentence sets, not a day something happened. */
    private static boolean deadline(String s, Mention<When> d) {
        int after = s.startsWith("まで", d.end()) ? d.end() : d.text().endsWith("まで") || d.text().endsWith("までに") ? d.end() : -1;
        return after >= 0 && SETS_DEADLINE.matcher(s.substring(after)).find();
    }

    /** The steps a sentence tells, each with the date before it (else the one after it in its clause). */
    private void steps(String s, List<Mention<When>> allDates, Set<Integer> naming, List<KindMention> kinds,
                       List<FiledAt> filedAt, Reading r) {
        // a deadline set ("同年１１月１２日までに…講じるよう勧告") dates no step; "７月１１日までに…が届きました" does
        List<Mention<When>> dates = allDates.stream().filter(d -> !deadline(s, d)).toList();
        boolean decisionContext = DECIDED.matcher(s).find();
        int taken = -1;
        // one decision per filing per sentence: a letter dated one day and received the next is decided on the first
        java.util.Map<Draft, FilingEvent> decidedHere = new java.util.HashMap<>();
        boolean revokedHere = false;
        for (Step step : Step.values()) {
            Matcher m = step.pattern.matcher(s);
            while (m.find()) {
                Pattern plan = step == Step.HEARING ? NOT_SET : PLAN;
                if (m.start() < taken && step.isOutcome || step.isOutcome && !decisionContext
                        || NOT_A_DECISION.matcher(s.substring(m.end())).find() && !NOTICE_TITLE.matcher(s).region(m.end(), s.length()).lookingAt()
                        || plan.matcher(s.substring(m.end())).find()) {
                    continue;
                }
                if (step.isOutcome) {
                    taken = Math.max(taken, m.end());
                }
                revokedHere |= step == Step.REVOKED;
                Draft d = stepOf(step, m.start(), filedAt, r);
                if (d == null) {
                    continue;
                }
                if (step == Step.REJECTED && (revokedHere || s.contains("その余") && d.outcome == FilingOutcome.REVOKED)) {
                    continue;  // "…を取り消す。…その余の審査請求を棄却する。": revoked in part, the rest rejected, is revoked
                }
                Mention<When> when = dateBefore(dates, m.start(), naming);
                if (when == null) {
                    when = dateAfter(dates, m.end(), s);
                }
                if (when == null && (s.startsWith("が、", m.end()) || s.startsWith("は、", m.end()))) {
                    when = dateAfter(dates, m.end() + 2, s);  // "第１回口頭弁論が、９月１５日（金）午前１０時から開かれ"
                }
                if (when != null && d.filed != null && when.value().compareTo(d.filed) < 0) {
                    when = null;
                }
                if (when == null && !(step.isOutcome && hasDecision(d))) {
                    continue;
                }
                if (when != null && when.end() <= m.start() && step.event == FilingEventKind.DECIDED && hasDecision(d)
                        && ARRIVED.matcher(s.substring(when.end(), m.start())).lookingAt()) {
                    continue;  // the day the letter of a decision told already arrived dates no step
                }
                if (when != null && step.event == FilingEventKind.DECIDED) {
                    FilingEvent had = decidedHere.get(d);
                    if (had == null || when.value().compareTo(had.when()) < 0) {
                        if (had != null) {
                            d.events.remove(had);
                        }
                        d.event(step.event, when.value(), m.group());
                        java.time.LocalDate on = day(when.value());
                        d.events.stream().filter(e -> e.kind() == FilingEventKind.DECIDED
                                && java.util.Objects.equals(day(e.when()), on)).findFirst()
                                .ifPresent(e -> decidedHere.put(d, e));
                    }
                } else if (when != null) {
                    When at = step == Step.HEARING ? DateTrail.startingAt(when.value(), s, m.end()) : when.value();
                    d.event(step.event, at, m.group());
                    if (step == Step.HEARING && when.start() >= m.end()) {
                        // "口頭弁論は6月15日、8月31日、10月19日の3回開かれ": a session on each day of the run
                        for (Mention<When> more : runAfter(dates, when, s)) {
                            d.event(step.event, more.value(), m.group());
                        }
                    }
                }
                // A withdrawal is the outcome only of a filing not yet decided: one after a decision withdraws what
                // came after it ("控訴を取り下げ"), and the decision stands.
                boolean decidedBefore = step == Step.WITHDRAWN && (d.outcome != null || hasDecision(d));
                if (step.outcome != null && !decidedBefore
                        && (d.outcome == null || step.outcome != FilingOutcome.DISCLOSED)) {
                    d.outcome = step.outcome;
                }
                d.quote(s);
                if (step.isOutcome) {
                    break;
                }
            }
        }
    }

    /** Words between a date and a filing word that name the filing by who filed it: "12月27日に当会が行った審査請求". */
    private static final Pattern FILED_ON = Pattern.compile(
            "^(?:付け?)?(?:に|で)?、?[^、。]{0,16}?(?:行っ|提出し|提起し|申し立て|申立て|郵送し|送付し|起こし|出し)た$");
    /** Time gone by since a filing, which names it: "提訴から１年が経過した", "請求から半年が経ち". */
    private static final Pattern ELAPSED = Pattern.compile("^書?から[^、。]{0,12}?(?:経過|経っ|経ち|たっ|たち|過ぎ)");

    /**
     * Words between a date and a filing word that name the filing by its decision: "5月29日に却下された住民監査請求",
     * "３月２１日に…棄却の判決を受けた…訴訟".
     */
    private static final Pattern DECIDED_ON = Pattern.compile("^(?:付け)?(?:に|で)?(?:[^、。]{0,12}?)(?:され|となっ|になっ|を受け)た$");

    /**
     * {@return a filing told in another post, named by the day it was decided ("5月29日に却下された住民監査請求"),
     * with that decision and no day of filing, which the reading of the whole page merges with the filing decided
     * that day; null when the words between do not tell a decision}
     */
    @CheckForNull
    private static Draft namedByDecision(FilingKind kind, Mention<When> date, String between, PostText.Block block) {
        if (!DECIDED_ON.matcher(between).matches()) {
            return null;
        }
        for (Step step : Step.values()) {
            Matcher m = step.pattern.matcher(between);
            if (step.event == FilingEventKind.DECIDED && m.find() && step.of().contains(kind)) {
                Draft named = new Draft(kind, null, block, true);
                named.event(FilingEventKind.DECIDED, date.value(), m.group());
                named.outcome = step.outcome;
                return named;
            }
        }
        return null;
    }

    private static boolean hasDecision(Draft d) {
        return d.events.stream().anyMatch(e -> e.kind() == FilingEventKind.DECIDED);
    }

    /**
     * The filing a step belongs to: the one its sentence files last before it ("…監査請求書を提出しましたが、…付けで
     * 棄却されたため、…住民訴訟を提起" is the audit request's decision), else the one it names or files, else the
     * latest it can be a step of.
     */
    @CheckForNull
    private static Draft stepOf(Step step, int at, List<FiledAt> filedAt, Reading r) {
        Set<FilingKind> fits = step.of();
        if (step == Step.REVOKED) {
            fits = Set.of(FilingKind.APPEAL, FilingKind.RESIDENT_LAWSUIT);
        }
        Draft before = null;
        Set<Draft> filedAfter = new HashSet<>();
        for (FiledAt f : filedAt) {
            if (f.start() < at && fits.contains(f.draft().kind)) {
                before = f.draft();
            } else if (f.start() > at) {
                filedAfter.add(f.draft());
            }
        }
        if (before != null) {
            return before;
        }
        Draft spoken = r.spokenOf;
        Set<FilingKind> fitting = fits;
        if (spoken != null && r.sinceSpokenOf <= 2 && fits.contains(spoken.kind) && !filedAfter.contains(spoken)
                && r.drafts.stream().filter(d -> d != spoken && fitting.contains(d.kind)).anyMatch(d -> d.filedWith != null)) {
            return spoken;  // "市の方は…同月１５日付けで全部公開の決定が出た": the request to the city, of the two open
        }
        Draft c = r.current;
        if (c != null && fits.contains(c.kind) && !filedAfter.contains(c)) {
            return c;
        }
        // "監査委員は…棄却したため、当会は…住民訴訟を提起しました": a step told before what its sentence files is of one told before
        for (int i = r.drafts.size() - 1; i >= 0; i--) {
            Draft d = r.drafts.get(i);
            if (fits.contains(d.kind) && !filedAfter.contains(d)) {
                return d;
            }
        }
        return null;
    }

    /** How a post speaks of a body by the kind of body it is: "市の方は", "県は", "警察のほうは". */
    private static final Pattern BODY_SPOKEN_OF = Pattern.compile("(?<![\\p{IsHan}])(警察|教委|市|県|町|村|区|国)(?:の方|のほう|側)?(?:は|が|から|だ|の決定)");

    /**
     * {@return the one filing among those open whose body a sentence speaks of, by its name or by the kind of body
     * it is (警察 for 栃木県警察本部長, 市 for 宇都宮市長), or null when it names none or more than one}
     */
    @CheckForNull
    private static Draft namedByBody(String s, List<Draft> drafts) {
        if (drafts.size() < 2) {
            return null;
        }
        Draft found = null;
        Matcher m = BODY_SPOKEN_OF.matcher(s);
        String kindWord = m.find() ? m.group(1) : null;
        for (Draft d : drafts) {
            if (d.filedWith == null || d.filedWith.name() == null) {
                continue;
            }
            String body = d.filedWith.name();
            boolean named = s.contains(body) || kindWord != null && bodyOfKind(body, kindWord);
            if (named && found != null && found.filedWith != null && !body.equals(found.filedWith.name())) {
                return null;  // two bodies: no one is spoken of
            }
            if (named) {
                found = d;
            }
        }
        return found;
    }

    /** Whether a body's name is of the kind a short word names: 栃木県警察本部長 of 警察, 宇都宮市長 of 市, 港市教育委員会 of 教委. */
    private static boolean bodyOfKind(String body, String kind) {
        return switch (kind) {
            case "警察" -> body.contains("警察");
            case "教委" -> body.contains("教育委員会") || body.contains("教育長");
            case "国" -> body.endsWith("大臣") || body.contains("省") || body.contains("庁長官");
            default -> !body.contains("警察") && !body.contains("委員") && (body.endsWith(kind + "長") || body.endsWith(kind + "知事"))
                    || "県".equals(kind) && body.endsWith("知事") && !body.contains("警察");
        };
    }

    /** A decision quoted between rows of asterisks: its number, its date, its 主文. */
    private void notice(PostText.Block block, Reading r) {
        List<String> lines = block.lines();
        String title = LEADING_ROW.matcher(lines.get(0)).replaceAll("");
        String referenceNumber = null;
        When date = null;
        Step decision = null;
        String decisionLine = null;
        String correctionLine = null;
        String dateLine = null;
        String judgmentAt = null;
        String reportLine = null;
        // a ruling's operative part (主文) is what it decides; the words before it tell what it rules on
        int operative = -1;
        for (int k = 1; k < lines.size() - 1 && operative < 0; k++) {
            // rulings often space the heading out: "主　文"
            operative = SPACES.matcher(lines.get(k)).replaceAll("").equals("主文") ? k : -1;
        }
        for (int k = 1; k < lines.size() - 1; k++) {
            String line = lines.get(k).strip();
            if (referenceNumber == null && REFERENCE_NUMBER.matcher(line).matches()) {
                referenceNumber = line;
                continue;
            }
            List<Mention<ParsedDate>> dates = date == null ? JapaneseDates.findAll(line) : List.of();
            if (date == null && dates.size() == 1 && dates.get(0).start() == 0 && dates.get(0).end() == line.length()) {
                date = r.trail.read(line).get(0).value();
                dateLine = line;
                continue;
            }
            Matcher at = JUDGMENT_AT.matcher(line);
            if (judgmentAt == null && dateLine != null && at.find()) {
                judgmentAt = dateLine + at.group(1);
            }
            if (reportLine == null && REPORT_DATED.matcher(line).find()) {
                reportLine = line;
            }
            if (correctionLine == null && CORRECTION_ASKED.matcher(line).find()) {
                correctionLine = line;
            }
            if (decision == null && k > operative && (line.endsWith("。") || line.contains("する"))) {
                for (Step step : Step.values()) {
                    if (step.isOutcome && step.pattern.matcher(line).find() && !NOT_A_DECISION.matcher(line).find()) {
                        decision = step;
                        decisionLine = line;
                        break;
                    }
                }
            }
            title = title.isBlank() && line.endsWith("）") ? line : title;
        }
        if (decision == null && correctionLine != null && date != null) {
            // a letter asking for a correction ("…の補正について", "補正書を提出してください") asks it on its date
            Draft d = r.latest(Step.CORRECTION_REQUESTED.of());
            if (d != null && (d.filed == null || date.compareTo(d.filed) >= 0)) {
                d.event(FilingEventKind.CORRECTION_REQUESTED, date, correctionLine);
                d.quote(block.text());
            }
            return;
        }
        if (decision == null && judgmentAt != null) {
            // a court's case list of the day: the judgment of the latest lawsuit is given at the time it lists
            Draft d = r.latest(Step.JUDGMENT.of());
            List<Mention<When>> when = r.trail.read(judgmentAt);
            if (d != null && when.size() == 1) {
                d.event(FilingEventKind.DECIDED, when.get(0).value(), ROWS.matcher(lines.get(0)).replaceAll(""));
                d.quote(block.text());
            }
            return;
        }
        if (decision == null || date == null) {
            return;
        }
        Set<FilingKind> fits = decision.of();
        if (title.contains("裁決") || title.contains("審査請求") || decision == Step.REVOKED) {
            fits = Set.of(FilingKind.APPEAL, FilingKind.RESIDENT_LAWSUIT);
        } else if (title.contains("監査") || title.contains("措置請求")) {
            fits = Set.of(FilingKind.RESIDENT_AUDIT_REQUEST);
        }
        Draft d = r.latest(fits);
        if (d == null) {
            return;
        }
        d.event(FilingEventKind.DECIDED, date, decisionLine);
        d.outcome = decision.outcome;
        Matcher report = reportLine == null || d.kind != FilingKind.APPEAL ? null : REPORT_DATED.matcher(reportLine);
        if (report != null && report.find()) {
            // the review board's answer the ruling rests on, dated in the ruling alone: a step of the appeal
            List<Mention<When>> on = r.trail.read(report.group(1));
            if (!on.isEmpty() && on.get(0).start() == 0) {
                d.event(FilingEventKind.OTHER, on.get(0).value(), "答申");
            }
        }
        if (referenceNumber != null && d.referenceNumber == null && d.kind == FilingKind.APPEAL) {
            // a ruling's number names the ruling on the appeal; a decision on a request numbers only its letter
            d.referenceNumber = referenceNumber;
        }
        d.quote(block.text());
    }

    @CheckForNull
    private static Party addressee(String s, KindMention km) {
        Matcher clauseEnd = CLAUSE_END.matcher(s);
        int end = s.length();
        if (clauseEnd.find(km.end())) {
            end = clauseEnd.start();
        }
        Matcher m = ADDRESSEE.matcher(s).region(0, end);
        String last = null;
        int from = 0;
        while (m.find()) {
            last = m.group(1);
            from = m.start(1);
        }
        return last == null ? null : Party.organisation(kanaPlaceBefore(s, from, last) + last);
    }

    /** Particles and verb endings that end the words before a place name written in kana. */
    private static final String NOT_IN_KANA_NAME = "をにはがでとへのもやてた";
    /** Particles of one kana, which never stand two in a row, nor after a mark. */
    private static final String PARTICLE = "をにはがでとへのもや";

    /**
     * {@return the kana a municipality's name opens with, when an addressee begins with 市, 町, 村 or 区 right
     * after kana ("みどり市監査委員", "さいたま市長"): the kana back to a particle, else nothing; and that
     * particle's kana too where it cannot be one, after a mark or another particle ("、にかほ市長", "書をにかほ市長")}
     */
    private static String kanaPlaceBefore(String s, int at, String name) {
        if (name.isEmpty() || "市町村区".indexOf(name.charAt(0)) < 0) {
            return "";
        }
        int start = at;
        while (start > 0 && at - start < 8 && isKana(s.charAt(start - 1)) && NOT_IN_KANA_NAME.indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        if (start > 0 && at - start >= 2 && PARTICLE.indexOf(s.charAt(start - 1)) >= 0
                && (start == 1 || !Character.isLetterOrDigit(s.charAt(start - 2)) || PARTICLE.indexOf(s.charAt(start - 2)) >= 0)) {
            return s.substring(start - 1, at);
        }
        // kana after a kanji are its ending ("同じく市教育委員会"), no name of their own
        char c = start == 0 ? ' ' : s.charAt(start - 1);
        boolean bounded = start == 0 || !isKana(c) && !Character.isLetterOrDigit(c) || NOT_IN_KANA_NAME.indexOf(c) >= 0;
        return at - start >= 2 && bounded ? s.substring(start, at) : "";
    }

    private static boolean isKana(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA || c == 'ー';
    }

    @CheckForNull
    private static Mention<When> dateBefore(List<Mention<When>> dates, int at, Set<Integer> skip) {
        Mention<When> found = null;
        for (Mention<When> d : dates) {
            if (d.end() <= at && !skip.contains(d.start())) {
                found = d;
            }
        }
        return found;
    }

    /**
     * Whether a date is the span of the records a request asks for, not a day anything happened: years or months
     * in brackets after what they qualify, "交付一覧（令和元年度から令和３年度まで）".
     */
    private static boolean scope(String s, Mention<When> d) {
        if (d.value().precision() == When.Precision.DAY && !d.value().isInterval()
                || d.value().precision().compareTo(When.Precision.DAY) > 0) {
            return false;
        }
        int open = Math.max(s.lastIndexOf('（', d.start()), s.lastIndexOf('(', d.start()));
        int shut = Math.max(s.lastIndexOf('）', d.start()), s.lastIndexOf(')', d.start()));
        int close = s.indexOf('）', d.end()) >= 0 ? s.indexOf('）', d.end()) : s.indexOf(')', d.end());
        return open >= 0 && open > shut && close >= 0 && close - d.end() <= 4;
    }

    /** {@return the dates right after one, each set off from the one before by 、, と or 及び alone} */
    private static List<Mention<When>> runAfter(List<Mention<When>> dates, Mention<When> first, String s) {
        List<Mention<When>> run = new ArrayList<>();
        Mention<When> last = first;
        for (Mention<When> d : dates) {
            if (d.start() >= last.end() && RUN_JOINER.matcher(s.substring(last.end(), d.start())).matches()) {
                run.add(d);
                last = d;
            }
        }
        return run;
    }

    /** The first date after a position in its clause. */
    @CheckForNull
    private static Mention<When> dateAfter(List<Mention<When>> dates, int at, String s) {
        int clauseEnd = at;
        while (clauseEnd < s.length() && s.charAt(clauseEnd) != '、' && s.charAt(clauseEnd) != '。') {
            clauseEnd++;
        }
        for (Mention<When> d : dates) {
            if (d.start() >= at && d.end() <= clauseEnd) {
                return d;
            }
        }
        return null;
    }

    @CheckForNull
    private static java.time.LocalDate day(@CheckForNull When w) {
        return w == null ? null : w.firstDay().orElse(null);
    }

    private Filing build(Draft d, Extraction out) {
        Draft before = d.precededBy;
        if (before != null && d.filedBy == null) {
            d.filedBy = before.filedBy;  // an appeal or a lawsuit is brought by whoever brought what it follows
        }
        if (before != null && d.filedWith == null && d.kind == FilingKind.APPEAL) {
            d.filedWith = before.filedWith;  // an appeal naming no body goes to the one that decided the request
        }
        List<FilingEvent> events = new ArrayList<>(d.events);
        events.sort(java.util.Comparator.comparing(e -> e.when() == null ? java.time.LocalDate.MAX : day(e.when())));
        Filing.Builder b = Filing.builder(d.id, d.kind).title(d.title).filed(d.filed).filedWith(d.filedWith).filedBy(d.filedBy)
                .event(events.toArray(FilingEvent[]::new)).outcome(d.outcome).remedy(d.remedy)
                .referenceNumber(d.referenceNumber).precededBy(d.precededBy == null ? null : d.precededBy.id);
        return b.provenance(out.provenance(d.block, d.quote.toString(), this, d.named ? 0.5 : 0.7)).build();
    }
}
