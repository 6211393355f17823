package org.civicwatch.blog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.IncidentStatus;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Place;
import org.civicwatch.model.Provenance;
import org.civicwatch.model.When;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.JapaneseFloors;
import org.civicwatch.text.JapaneseNumbers;
import org.civicwatch.text.Mention;
import org.civicwatch.text.ParsedDate;

/**
 * Incidents: dated statements in the post's own words ("5月29日(月)15時、…県職員らが…盗聴していた"), with
 * where (facility, floor, section), who by role (the group's members as affected, staff as alleged
 * perpetrators, with their numbers) and what happened; statements of one incident (same kind, same day,
 * e.g. an appended note with a video) become one. And the incidents the quoted news report, one per
 * matter (news blocks naming the same municipality), linked both ways to their news references.
 */
final class IncidentExtractor implements Extractor {
    private static final Map<String, String> TYPES = types();
    private static final Pattern ADDENDUM = Pattern.compile("^【(.+?)追記】$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern MARKER = Pattern.compile("^[\\s　]*+[" + LinkListExtractor.MARKERS + "■□★☆※]++[\\s　]*+");
    private static final Pattern MEMBERS = Pattern.compile("(?:会員|メンバー)(?:総勢)?([0-9０-９一二三四五六七八九十]+名)|総勢([0-9０-９一二三四五六七八九十]+名)");
    private static final Pattern STAFF = Pattern.compile(
            "(?:(\\p{IsHan}{1,12}課)の)?(\\p{IsHan}{0,6}職員)ら(?:([0-9０-９一二三四五六七八九十]+名))?");
    /** What ends a clause's description, to the end of the clause (a clause holds no 、). */
    private static final Pattern CUT = Pattern.compile("(?s)(こと|様子|件).*");
    /** The section or room after a floor: "３階の契約課", "２階の第３会議室" (digits after 第). */
    private static final Pattern SECTION = Pattern.compile("^の?((?:[\\p{IsHan}\\p{IsKatakana}ー]|(?<=第)[0-9０-９]++)++)");
    // not "同市" (the city just named), "都市" (a city in general), a kind of city ("県庁所在市", "政令市")
    private static final Pattern MUNICIPALITY = Pattern.compile("(\\p{IsHan}{2,3}[都道府県])?(?!県庁所在|政令|中核|都市)(?![同当本各他全両][市区町村])"
            + "(\\p{IsHan}{1,4}?[市区町村])(?![民長役議])");
    /** A disciplinary or criminal outcome, with the length of a suspension or pay cut where given ("停職3か月"). */
    private static final Pattern OUTCOME = Pattern.compile(
            "懲戒免職|諭旨免職|(?:停職|減給)(?:[0-9０-９一二三四五六七八九十]+(?:か月|カ月|ヶ月|ケ月|ヵ月|箇月|週間|日))?|戒告|逮捕|書類送検|起訴"
            + "|(?<!文書)訓告|文書訓告|厳重注意|口頭注意|辞任(?!を求め|を要求|要求)|更迭|降格|降任|配置換え|担当から外");
    /** Where a dated matter happened, right after its date: "…に" a named facility, "の" the spot in it, "で". */
    private static final Pattern SCENE = Pattern.compile("^(?:に|、)?([^、。\\s]{1,12}?(?:公園|公民館|図書館|博物館|美術館|体育館|会館"
            + "|駅|病院|学校|庁舎|役所|役場|センター|ホール|集会所))(?:の([^、。のにでをは\\s]{1,12}?))?(?:で|にて)");
    /**
     * A facility named only by where it lies ("近くの公園", "市内の図書館") is not named: a name may hold any word
     * (ひがし公園, 緑の森公園), but not start with one of these.
     */
    private static final Pattern UNNAMED = Pattern.compile("^(?:近く|近所|付近|そば|隣|近隣|周辺|地元|[市区町村県都府道]内)の");
    /**
     * A sanction given to a person by role, in any sentence of the post: "映像を見返した職員を厳重注意とした", "館長を９月８日
     * （金）付けで文書訓告とした", "この警備員を…別の現場へ配置換えした"; group 1 is the sanction.
     */
    private static final Pattern SANCTION_OF = Pattern.compile("(?:職員|社員|館長|所長|署長|校長|園長|教員|教諭|講師|警備員|巡査"
            + "|警察官|署員|係長|課長|部長|主任|主査|役員|会長|担当者|本人)(?:を|は|に)[^。]{0,24}?(" + OUTCOME.pattern() + ")");
    /** The body told of admitting what happened: "「…不適切であった」と認め", "…送っていたことを本人が認めた". */
    private static final Pattern ADMITTED = Pattern.compile("(?:不適切|事実|非|誤り|落ち度)[^。]{0,16}?[とを]認め|ことを[^、。]{0,8}?認め");
    /** A body named as the one just named: "同市の", "当市の". */
    private static final Pattern SAME_BODY = Pattern.compile("^[同当本][都道府県市区町村]の");
    /** A matter named as told in an earlier post: "けさお伝えした…の件", "先日ご報告した". */
    private static final Pattern TOLD_BEFORE = Pattern.compile("(?:けさ|今朝|昨日|先日|前回|以前|先ほど|さきほど)(?:も)?"
            + "(?:お伝え|お知らせ|ご報告|ご紹介|紹介|報告)した");
    /** A sentence pointing back at the person or matter told just before: "この職員を停職…", "同職員", "当該職員". */
    private static final Pattern REFERS_BACK = Pattern.compile("(?:この|その|同|当該)(?:\\p{IsHan}{0,4}?)(?:職員|社員|男性|女性|者|人物"
            + "|教員|教諭|講師|巡査|警察官|役員|部長|会長)|本人|(?:見返し|閲覧し|見せ|漏らし)た(?:\\p{IsHan}{0,4}?)(?:職員|教員|役員)");

    /**
     * Footage or data looked at for no reason of work ("録画映像を業務と関係なく閲覧し", "映像が私的に見られていた"):
     * data misuse; group 1 is the words saying so.
     */
    private static final Pattern VIEWED = Pattern.compile("(?:映像|画像|動画|データ|個人情報|名簿|録画)[^。]{0,30}?"
            + "(私的に|業務と関係なく|業務に関係なく|業務外で|無断で|目的外に|目的以外(?:の目的)?で)[^。]{0,8}?(?:閲覧|見|のぞ|覗|照会)"
            // the reason first, then what was looked at: "業務と関係なく知人女性の住所や家族の情報を…閲覧していた"
            + "|(私的に|業務と関係なく|業務に関係なく|業務外で|目的外に|目的以外(?:の目的)?で)[^。]{0,40}?"
            + "(?:映像|画像|動画|データ|情報|名簿|録画|住所|住民票|戸籍)[^。]{0,24}?(?:閲覧|見て|見た|のぞ|覗|照会)"
            // footage shown to someone: "録画を再生して見せていた"
            + "|(?:映像|録画|動画)(?:を|の)[^。]{0,24}?(再生して見せ|見せてい|見せた)"
            // footage or stills put where others see them: "静止画を、職員どうしのグループチャットに貼っていた"
            + "|(?:映像|録画|動画|静止画|画像)[^。]{0,30}?(?:グループチャット|チャット|ＬＩＮＥ|LINE|ＳＮＳ|SNS)(?:に|で)[^。]{0,6}?"
            + "(貼|投稿|送って|送信|共有)"
            // footage filmed off the screen: "モニターに映った映像を自分のスマートフォンで撮影し"
            + "|(?:映像|録画)を[^。]{0,16}?(?:スマートフォン|スマホ|携帯電話|携帯)で(撮影|撮っ)");
    /**
     * A recording device hidden where people talk ("中に小型の録音装置が組み込まれていた", "集音器が仕掛けられていた"):
     * eavesdropping; group 1 is the device.
     */
    private static final Pattern HIDDEN_RECORDER = Pattern.compile("(録音装置|録音機|集音器|集音装置|盗聴器|隠しマイク)[^。]{0,10}?"
            + "(?:組み込|仕掛け|隠さ|隠して|隠し置)");
    /**
     * Someone's talk written down or recorded without their leave ("私たちの話をノートに書き取っている", "会話を聞かれていた",
     * "通話を知らせずに録音"): eavesdropping; group 1 is the words saying so.
     */
    private static final Pattern OVERHEARD = Pattern.compile("(?:話|会話|通話|やりとり|やり取り|相談内容)を[^。]{0,12}?"
            + "(書き取っ|書き留め|書き取り|メモし|メモを取|聞かれ)"
            + "|(?:話|会話|通話|やりとり|やり取り)を[^。]{0,12}?((?:知らせ|告げ|伝え)(?:ずに|ないまま|ず)録音)");
    /** Footage or data taken out ("映像を…持ち出していた", "持ち出しは…映像は"), not a topic brought up. */
    private static final Pattern TAKEN_OUT = Pattern.compile("(?:映像|画像|動画|データ|個人情報|名簿|ＵＳＢ|USB)[^。]{0,30}?持ち出"
            + "|持ち出[^。]{0,30}?(?:映像|画像|動画|データ|個人情報|名簿)"
            // copied and carried off: "映像を見たうえで、その一部をＵＳＢメモリに複製して持ち帰りました"
            + "|(?:映像|画像|動画|データ|録画)[^。]{0,30}?(?:複製|コピー)して持ち帰");

    private static Map<String, String> types() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("盗聴", "eavesdropping");
        t.put("盗み聞き", "eavesdropping");
        t.put("立ち聞き", "eavesdropping");
        t.put("聞き耳", "eavesdropping");
        t.put("無断録音", "eavesdropping");
        t.put("無断で録音", "eavesdropping");
        t.put("秘密録音", "eavesdropping");
        t.put("隠し録り", "eavesdropping");
        t.put("盗撮", "voyeurism");
        t.put("横領", "embezzlement");
        t.put("着服", "embezzlement");
        t.put("不正使用", "data-misuse");
        t.put("不正に使", "data-misuse");
        t.put("不正アクセス", "data-misuse");
        t.put("悪用", "data-misuse");
        t.put("漏えい", "data-misuse");
        t.put("漏洩", "data-misuse");
        t.put("漏らし", "data-misuse");
        t.put("流出", "data-misuse");
        t.put("ストーカー", "stalking");
        t.put("つきまとい", "stalking");
        t.put("持ち出", "data-misuse");  // only of footage or data (TAKEN_OUT)
        t.put("持ち帰", "data-misuse");  // only of footage or data copied (TAKEN_OUT)
        return t;
    }

    @Override
    public String id() {
        return "blog-html/incidents";
    }

    @Override
    public void extract(PostText post, Extraction out) {
        List<PostText.Block> news = NewsBlockExtractor.blocks(post);
        Set<Integer> inNews = NewsBlockExtractor.linesOf(news);
        // a quoted letter or form tells no incident in the post's own words
        Set<Integer> quoted = new java.util.HashSet<>(inNews);
        quoted.addAll(NewsBlockExtractor.documentLines(post, inNews));
        Statements found = new Statements();
        Place building = Facilities.of(post);
        for (PostText.Block p : post.paragraphs()) {
            out.guard(p, () -> statement(post, building, p, quoted, found));
        }
        if (found.all().size() == 1) {
            out.guard(post.paragraphs().get(0), () -> settled(post, quoted, found.all().get(0)));
        }
        List<LinkListExtractor.Item> listed = listed(post);
        found.all().stream().map(t -> withListedLinks(t.incident(), listed)).forEach(i -> out.add(i.toBuilder().id(out.nextId("incident"))
                .provenance(new Provenance(post.permalink(), i.provenance().locator(), i.provenance().quote(), id(),
                        i.provenance().confidence())).build()));
        if (!news.isEmpty()) {
            out.guard(news.get(0), () -> reported(news, out));
        }
    }

    private void statement(PostText post, Place building, PostText.Block p, Set<Integer> inNews, Statements found) {
        When addendum = null;
        List<String> text = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int n = 0; n < p.lines().size(); n++) {
            String line = p.lines().get(n);
            if (inNews.contains(p.first() + n)) {
                continue;
            }
            Matcher a = ADDENDUM.matcher(line);
            if (a.matches()) {
                addendum = JapaneseDates.findAll(a.group(1)).stream().findFirst().map(m -> m.value().when()).orElse(null);
            } else if (URL.matcher(line).matches()) {
                links.add(link(line, addendum));
            } else if (LinkListExtractor.item(p.lines(), n) == null) {
                text.add(line);
            }
        }
        Told previous = null;
        // the one date of the sentence before, when it tells no matter of its own and files nothing: "ことの起こりは、5月26日(月)の
        // 午後2時ごろでした。…職員2名が…私たちの話をノートに書き取っている様子が…見えた"
        When dateBefore = null;
        for (String written : Sentences.of(String.join("", text))) {
            // a list or section mark opening the sentence is no part of what it tells
            String sentence = MARKER.matcher(written).replaceFirst("");
            Kind kind = keyword(sentence);
            Told told = null;
            List<Mention<ParsedDate>> dates = post.writtenOn() == null ? JapaneseDates.findAll(sentence)
                    : JapaneseDates.findAll(sentence, post.writtenOn());
            if (kind != null) {
                // the date in the clause that tells the matter comes first ("市は９月２９日、８月２７日に…無断で録音した職員を
                // 訓告とした"); a sentence that files something is dated only so
                Mention<ParsedDate> own = dateOfTheMatterNamed(sentence, kind, dates);
                Mention<ParsedDate> date = ProseFilingExtractor.files(sentence) || own != null ? own
                        : dates.isEmpty() ? null : dates.get(0);
                When when = date != null ? date.value().when() : dates.isEmpty() ? dateBefore : null;
                if (when != null) {
                    Incident stated = incident(post, building, p, sentence, kind, when, date == null ? "" : sentence.substring(date.end()),
                            links);
                    boolean bySanction = date != null && datesASanction(sentence, date);
                    if (previous != null && previous.datedBySanction && !bySanction && kind.type().equals(previous.first.type())) {
                        // "…彦根市は６月１２日付けでこの職員を懲戒免職としました。…着服は令和３年４月から…": the matter's own date
                        previous.redated(stated);
                        told = previous;
                    } else {
                        told = found.add(stated);
                        told.datedBySanction |= bySanction && told.first == stated;
                    }
                } else if (TOLD_BEFORE.matcher(sentence).find()) {
                    // "けさお伝えした…着服の件で": a matter another post tells, which the reading of the page joins to it
                    found.add(incident(post, Place.builder().build(), p, sentence, kind, null, "", links));
                }
            } else if (kind == null && previous != null && REFERS_BACK.matcher(sentence).find()) {
                // "…閲覧していたというものです。市は…この職員を停職２週間の懲戒処分にしました": the sanction of what was just told
                Matcher outcome = OUTCOME.matcher(sentence);
                if (outcome.find()) {
                    previous.sanctioned(outcome.group());
                }
            }
            previous = told;
            dateBefore = kind == null && dates.size() == 1 && !ProseFilingExtractor.files(sentence) ? dates.get(0).value().when() : null;
        }
    }

    /**
     * The sanction and the admission of the post's one matter, told anywhere in the post in its own words ("…職員を厳重注意と
     * したそうです", "…ことを本人が認めた"): a post that tells one matter tells what came of it.
     */
    private static void settled(PostText post, Set<Integer> quoted, Told only) {
        StringBuilder own = new StringBuilder();
        for (int i = 0; i < post.lines().size(); i++) {
            if (!quoted.contains(i)) {
                own.append(post.lines().get(i)).append('\n');
            }
        }
        for (String sentence : Sentences.of(own.toString())) {
            Matcher sanction = SANCTION_OF.matcher(sentence);
            if (sanction.find()) {
                only.sanctioned(sanction.group(1));
            }
            if (ADMITTED.matcher(sentence).find()) {
                only.admitted = true;
            }
        }
    }

    /** {@return whether a date dates the sanction its clause tells ("６月１２日付けでこの職員を懲戒免職とし"), not the matter} */
    private static boolean datesASanction(String sentence, Mention<ParsedDate> date) {
        int end = date.end();
        // "９月２０日付けで、この職員を…": the pause after 付けで is no end of the date's clause
        if (sentence.startsWith("付けで、", end) || sentence.startsWith("付で、", end)) {
            end = sentence.indexOf('、', end) + 1;
        }
        while (end < sentence.length() && sentence.charAt(end) != '、' && sentence.charAt(end) != '。') {
            end++;
        }
        return OUTCOME.matcher(sentence).region(date.end(), end).find();
    }

    /**
     * {@return in a sentence that files a request about a matter, the date the matter is named with in its own
     * clause ("6月2日に…盗聴していた件で、当会は6月9日付けで…開示請求書を提出"), or null when only the filing is dated
     * ("当会は１０月１日、…盗聴器が見つかった経緯を記した文書の開示請求書を提出"): the filing's date is not the matter's}
     */
    @CheckForNull
    private static Mention<ParsedDate> dateOfTheMatterNamed(String sentence, Kind kind, List<Mention<ParsedDate>> dates) {
        int at = sentence.indexOf(kind.word());
        int clause = sentence.lastIndexOf('、', Math.max(0, at - 1)) + 1;
        for (Mention<ParsedDate> d : dates) {
            if (d.start() >= clause && d.end() <= at) {
                return d;
            }
        }
        return null;
    }

    /** {@return the items of the post's lists of dated links to earlier posts, in order} */
    private static List<LinkListExtractor.Item> listed(PostText post) {
        List<LinkListExtractor.Item> items = new ArrayList<>();
        for (int i = 0; i < post.lines().size(); i++) {
            LinkListExtractor.Item item = LinkListExtractor.item(post.lines(), i);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * {@return an incident with the items of a dated link list that tell of it as links (with their dates): an item
     * whose title speaks of an incident of its type, dated on or within {@value ProseFilingExtractor#DAYS_TO_TELL} days
     * after it ("◎2018年9月26日:会議室で盗聴器が見つかる" after a device found on the 25th)}
     */
    private static Incident withListedLinks(Incident i, List<LinkListExtractor.Item> items) {
        java.time.LocalDate day = i.when() == null ? null : i.when().firstDay().orElse(null);
        if (day == null || i.type() == null || items.isEmpty()) {
            return i;
        }
        List<Link> links = new ArrayList<>(i.links());
        for (LinkListExtractor.Item item : items) {
            java.time.LocalDate on = item.date() == null ? null : item.date().firstDay().orElse(null);
            boolean tells = on != null && !on.isBefore(day) && !on.isAfter(day.plusDays(ProseFilingExtractor.DAYS_TO_TELL))
                    && i.type().equals(typeOf(item.title()));
            if (tells && links.stream().noneMatch(l -> l.url().equals(item.link().url()))) {
                links.add(item.link());
            }
        }
        return links.size() == i.links().size() ? i : i.toBuilder().links(links).build();
    }

    /**
     * The kind of incident a text speaks of: the words that say it and its type.
     *
     * @param word the words, which the clause quoted as the incident's title holds
     * @param type the incident type
     */
    private record Kind(String word, String type) {
    }

    /**
     * {@return the first kind of incident, in the order of {@link #TYPES}, that a text speaks of, else footage
     * looked at for no reason of work or a recorder hidden; null for none}
     */
    @CheckForNull
    private static Kind keyword(String text) {
        String word = TYPES.keySet().stream().filter(k -> toldAsDone(text, k)
                        && (!k.equals("持ち出") && !k.equals("持ち帰") || TAKEN_OUT.matcher(text).find()))
                .findFirst().orElse(null);
        if (word != null) {
            return new Kind(word, TYPES.get(word));
        }
        Matcher viewed = VIEWED.matcher(text);
        if (viewed.find()) {
            String words = null;
            for (int g = 1; words == null && g <= viewed.groupCount(); g++) {
                words = viewed.group(g);
            }
            return new Kind(words, "data-misuse");
        }
        Matcher hidden = HIDDEN_RECORDER.matcher(text);
        if (hidden.find()) {
            return new Kind(hidden.group(1), "eavesdropping");
        }
        Matcher overheard = OVERHEARD.matcher(text);
        return overheard.find() ? new Kind(overheard.group(1) != null ? overheard.group(1) : overheard.group(2), "eavesdropping")
                : null;
    }

    /** What makes a word of an incident a risk or its prevention, not a thing done: "悪用されるおそれ", "盗撮防止". */
    private static final Pattern ONLY_FEARED = Pattern.compile("^(?:され|する|の)?(?:る|た)?(?:おそれ|恐れ|危険|可能性|防止|対策|を防)");

    /** {@return whether a text holds the word of an incident at least once as something done, not feared or prevented} */
    private static boolean toldAsDone(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (!ONLY_FEARED.matcher(text).region(at + word.length(), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@return the type of incident a text speaks of, or null} */
    @CheckForNull
    private static String typeOf(String text) {
        Kind k = keyword(text);
        return k == null ? null : k.type();
    }

    /**
     * @param afterDate the words after the incident's date, which may name where it happened
     *     ("…にひまわり公園の多目的トイレで…")
     */
    private Incident incident(PostText post, Place building, PostText.Block p, String sentence, Kind kind,
                              @CheckForNull When when, String afterDate, List<Link> links) {
        Place.Builder place = building.toBuilder();
        Facilities.Named fuller = building.facility() == null ? null : Facilities.lastIn(sentence);
        if (fuller != null && fuller.place().facility().startsWith(building.facility())
                && fuller.place().facility().length() > building.facility().length()) {
            place.facility(fuller.place().facility());  // "愛媛県庁第一別館4階の…" in a post about 愛媛県庁: the annex
        }
        Matcher municipality = MUNICIPALITY.matcher(sentence);
        if (building.jurisdiction() == null && municipality.find()) {
            place.jurisdiction(municipality.group(2), null);
        }
        Matcher scene = SCENE.matcher(afterDate);
        if (building.facility() == null && scene.lookingAt() && !UNNAMED.matcher(scene.group(1)).find()) {
            // "同市のみなと地区公民館で": the hall, in the city just named
            place.facility(SAME_BODY.matcher(scene.group(1)).replaceFirst("")).area(scene.group(2));
        }
        List<Mention<Floor>> floors = JapaneseFloors.findAll(sentence);
        if (!floors.isEmpty()) {
            Mention<Floor> f = floors.get(0);
            place.floor(f.value(), f.text());
            Matcher section = SECTION.matcher(sentence.substring(f.end()));
            if (section.find()) {
                place.area(section.group(1));
            }
        }
        List<Party> parties = new ArrayList<>();
        Matcher members = MEMBERS.matcher(sentence);
        if (members.find()) {
            String size = members.group(1) != null ? members.group(1) : members.group(2);
            parties.add(new Party(PartyKind.GROUP, null, "会員", sentence.contains("当会") ? "当会" : null,
                    JapaneseNumbers.parseCount(size), PartyRole.AFFECTED, false));
        }
        Matcher staff = STAFF.matcher(sentence);
        if (staff.find()) {
            parties.add(new Party(PartyKind.GROUP, null, staff.group(2), staff.group(1),
                    staff.group(3) == null ? null : JapaneseNumbers.parseCount(staff.group(3)),
                    PartyRole.ALLEGED_PERPETRATOR, false));
        }
        String clause = "";
        for (String c : sentence.split("、")) {
            if (c.contains(kind.word())) {
                clause = CUT.matcher(c).replaceFirst("");
                break;
            }
        }
        // an authority's sanction ("停職3か月の懲戒処分にしました") confirms what the statement tells of
        Matcher outcome = OUTCOME.matcher(sentence);
        boolean sanctioned = outcome.find();
        // the id and provenance are set when the incident is added, after statements of one incident are merged
        return Incident.builder("pending").title(clause.isBlank() ? sentence : clause).summary(sentence)
                .when(when).place(place.build()).type(kind.type())
                .status(sanctioned ? IncidentStatus.CONFIRMED : IncidentStatus.ALLEGED)
                .outcome(sanctioned ? sanction(outcome.group()) : null)
                .party(parties.toArray(Party[]::new)).link(links.toArray(Link[]::new))
                .provenance(new Provenance(post.permalink(), p.locator(), sentence, id(), 0.7)).build();
    }

    /**
     * The incidents of a post, one per matter: a later sentence about the same kind of incident on the same day,
     * or on a day within the other's month or year ("昨年暮れに…" then "昨年１２月に…"), adds to the first. Kept by key,
     * and by type and year in lists that hold at most one matter a day, so that a post that retells one matter many
     * times is read in linear time.
     */
    private static final class Statements {
        private final List<Told> all = new ArrayList<>();
        private final Map<Object, Told> byMatter = new HashMap<>();
        private final Map<Object, List<Told>> byYear = new HashMap<>();

        /** {@return the matter the incident is told of, which it joins or begins} */
        Told add(Incident i) {
            java.time.LocalDate day = i.when() == null ? null : i.when().firstDay().orElse(null);
            Object matter = i.type() != null && day != null ? List.of(i.type(), day) : null;
            Told told = matter == null ? null : byMatter.get(matter);
            List<Told> ofTheYear = matter == null ? null : byYear.computeIfAbsent(List.of(i.type(), day.getYear()), k -> new ArrayList<>());
            for (int k = 0; told == null && ofTheYear != null && k < ofTheYear.size(); k++) {
                Told t = ofTheYear.get(k);
                told = Matters.within(t.when, i.when()) || Matters.within(i.when(), t.when) ? t : null;
            }
            if (told != null) {
                told.merge(i);
                return told;
            }
            // without a type and a day an incident is a matter of its own
            told = new Told(i);
            all.add(told);
            if (matter != null) {
                byMatter.put(matter, told);
                ofTheYear.add(told);
            }
            return told;
        }

        List<Told> all() {
            return all;
        }
    }

    /** One incident as a post tells it, sentence by sentence. */
    private static final class Told {
        private final Incident first;
        /** Whether the body it concerns admitted it ("…ことを本人が認めた"): confirmed, with or without a sanction. */
        private boolean admitted;
        /** Whether its only date is the day it was sanctioned ("６月１２日付けで…懲戒免職"), which a next sentence may correct. */
        private boolean datedBySanction;
        private @CheckForNull When when;
        private @CheckForNull String outcome;
        private final List<Party> parties;
        private final List<Link> links;

        private Told(Incident first) {
            this.first = first;
            this.when = first.when();
            this.outcome = first.outcome();
            this.parties = new ArrayList<>(first.parties());
            this.links = new ArrayList<>(first.links());
        }

        private void merge(Incident later) {
            for (Party p : later.parties()) {
                int same = indexOfRole(parties, p.role());
                if (same < 0) {
                    parties.add(p);
                } else {
                    Party had = parties.get(same);
                    parties.set(same, new Party(had.kind(), had.name(), had.title(),
                            had.organisation() != null ? had.organisation() : p.organisation(),
                            had.size() != null ? had.size() : p.size(), had.role(), had.publicFigure()));
                }
            }
            links.addAll(later.links());
            if (Matters.within(when, later.when())) {
                when = later.when();
            }
            if (outcome == null) {
                outcome = later.outcome();
            }
        }

        /** The next sentence's telling of the matter with its own date, which replaces the date of its sanction. */
        void redated(Incident later) {
            merge(later);
            when = later.when();
            datedBySanction = false;
        }

        /** The sanction a later sentence tells of the matter ("この職員を停職２週間の懲戒処分に"). */
        void sanctioned(String words) {
            if (outcome == null) {
                outcome = sanction(words);
            }
        }

        Incident incident() {
            return first.toBuilder().when(when).outcome(outcome)
                    .status(outcome != null || admitted ? IncidentStatus.CONFIRMED : first.status()).parties(parties).links(links).build();
        }
    }

    /** A sanction as the post words it, its digits and kana of one width: "停職２週間" is "停職2週間". */
    private static String sanction(String words) {
        return java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFKC);
    }

    private static int indexOfRole(List<Party> parties, @CheckForNull PartyRole role) {
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    private static Link link(String url, @CheckForNull When published) {
        String host = url.toLowerCase(Locale.ROOT);
        boolean video = host.contains("youtu.be/") || host.contains("youtube.com/") || host.contains("nicovideo.jp/");
        return new Link(url, null, video ? LinkKind.VIDEO : LinkKind.OTHER, published);
    }

    /**
     * {@return an incident the post states in its own words, of a type, in a municipality, or naming no municipality
     * but a facility the news names too ("ひまわり公園の多目的トイレで" and "郡山市のひまわり公園の…"); null when there is none}
     */
    @CheckForNull
    private static Incident stated(Extraction out, String municipality, @CheckForNull String type, String news) {
        return out.records().stream().filter(Incident.class::isInstance).map(Incident.class::cast)
                .filter(i -> type != null && type.equals(i.type()) && i.place() != null
                        && (municipality.equals(i.place().jurisdiction()) || i.place().jurisdiction() == null
                        && i.place().facility() != null && news.contains(i.place().facility())))
                .findFirst().orElse(null);
    }

    /**
     * One incident per municipality the quoted news blocks report on, linked to their references; when the
     * post states an incident of the same type in that municipality in its own words, that one is linked instead.
     */
    private void reported(List<PostText.Block> blocks, Extraction out) {
        Map<String, List<PostText.Block>> byPlace = new LinkedHashMap<>();
        for (PostText.Block b : blocks) {
            String body = String.join("", b.lines().subList(1, b.lines().size()));
            Matcher m = MUNICIPALITY.matcher(body);
            if (typeOf(body) != null && m.find()) {
                byPlace.computeIfAbsent(m.group(2), x -> new ArrayList<>()).add(b);
            }
        }
        for (Map.Entry<String, List<PostText.Block>> e : byPlace.entrySet()) {
            List<NewsReference> refs = new ArrayList<>();
            for (PostText.Block b : e.getValue()) {
                out.news().stream().filter(n -> n.provenance() != null && b.locator().equals(n.provenance().locator()))
                        .findFirst().ifPresent(refs::add);
            }
            String text = e.getValue().stream().map(PostText.Block::prose).reduce("", String::concat);
            When when = null;
            for (Mention<ParsedDate> d : JapaneseDates.findAll(text)) {
                if (d.value().when().isInterval()) {
                    when = d.value().when();
                    break;
                }
            }
            String type = typeOf(text);
            Matcher outcome = OUTCOME.matcher(text);
            Incident stated = stated(out, e.getKey(), type, text);
            if (stated != null) {
                // the post's own statement of the matter the news reports: one incident, told in the post's words
                boolean sanctioned = outcome.find();
                Place place = stated.place().jurisdiction() != null ? stated.place()
                        : stated.place().toBuilder().jurisdiction(e.getKey(), null).build();
                out.replace(stated.toBuilder().when(stated.when() != null ? stated.when() : when).place(place)
                        .status(sanctioned ? IncidentStatus.CONFIRMED : stated.status())
                        .outcome(stated.outcome() != null ? stated.outcome() : sanctioned ? sanction(outcome.group()) : null)
                        .related(refs.stream().map(NewsReference::id).toArray(String[]::new)).build());
                for (NewsReference n : refs) {
                    out.replace(n.toBuilder().related(stated.id()).build());
                }
                continue;
            }
            String id = out.nextId("incident");
            String headline = refs.isEmpty() ? e.getValue().get(0).lines().get(1) : refs.get(0).headline();
            PostText.Block first = e.getValue().get(0);
            out.add(Incident.builder(id).title(headline).when(when)
                    .place(Place.builder().jurisdiction(e.getKey(), null).build())
                    .type(type)
                    .status(outcome.find() ? IncidentStatus.CONFIRMED : IncidentStatus.ALLEGED)
                    .party(Party.organisation(e.getKey()).as(PartyRole.AUTHORITY))
                    .outcome(outcome.find(0) ? sanction(outcome.group()) : null)
                    .related(refs.stream().map(NewsReference::id).toArray(String[]::new))
                    .provenance(out.provenance(first, first.lines().get(0) + "\n" + first.lines().get(1), this, 0.6))
                    .build());
            for (NewsReference n : refs) {
                out.replace(n.toBuilder().related(id).build());
            }
        }
    }
}
