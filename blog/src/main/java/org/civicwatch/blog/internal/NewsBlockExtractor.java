package org.civicwatch.blog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.When;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.Mention;
import org.civicwatch.text.ParsedDate;

/**
 * Quoted news articles: a row of asterisks with the outlet and date ({@code **********日本経済新聞2017年6月14日1:50},
 * with or without a time, with a web or regional edition's name after the outlet, in Japanese or, after a
 * newspaper's name, in Latin letters: {@code 東京新聞 TOKYO Web}), or a bare row of
 * asterisks with the outlet in brackets on the next line ({@code 【毎日新聞】}); the headline on the next
 * line, the text, and optionally an agency credit ({@code 〔共同〕}) and the date and minute
 * ({@code (2019年3月5日 9時12分)}) at its end. A block ends at a row of asterisks, the next block's header or
 * the end of the post. The published time has the precision the date gives. A row of asterisks around a
 * document (a letter, a notice, a form: {@code **********太田市長からの回答書}) is not news.
 */
final class NewsBlockExtractor implements Extractor {
    /** An outlet named in Latin letters: "NHK News Web". */
    private static final Pattern LATIN_OUTLET = Pattern.compile("[A-Za-z][A-Za-z .\\-]{1,19}");
    /** Asterisks, then the outlet and date; a line that also ends in asterisks is a document's title instead. */
    private static final Pattern HEADER = Pattern.compile("^[*＊]{5,}\\s*([^*＊\\s](?:.*[^*＊\\s])?)\\s*$");
    /** A line opened by a row of asterisks: a header, a closing row or a document's title ({@code *****申入書*****}). */
    private static final Pattern ROW = Pattern.compile("^[*＊]{3,}");
    private static final Pattern CLOSING = Pattern.compile("^[*＊]{3,}\\s*$");
    private static final String AGENCIES = "共同|時事|ロイター|AFP|AP|ブルームバーグ";
    private static final Pattern AGENCY = Pattern.compile("[〔(（【\\[]\\s*(" + AGENCIES + ")\\s*[〕)）】\\]]\\s*$");
    /** An agency credited in brackets after the outlet's name: "京都新聞（共同通信配信）" is 京都新聞 via 共同. */
    // (?<!…) lets a search start only where a run of spaces begins: each run is read once, not once per start.
    private static final Pattern OUTLET_AGENCY = Pattern.compile("(?<![\\s　])[\\s　]*+[(（〔]\\s*+(" + AGENCIES
            + ")(?:通信社?)?(?:配信)?\\s*+[)）〕]$");
    /** A row of asterisks inside a row's text: "*****裁決書*****PDF ⇒ …" labels a document between two rows. */
    private static final Pattern INNER_ROW = Pattern.compile("[*＊]{3,}+");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** The outlet in brackets on the line after a bare row of asterisks: "【毎日新聞】". */
    private static final Pattern BRACKETED_OUTLET = Pattern.compile(
            "^(?:[【\\[［〔《〈＜]|≪|<<)\\s*+([^】\\]］〕》〉＞≫<>]{1,30}?)\\s*+(?:[】\\]］〕》〉＞]|≫|>>)(?:[\\s　]*+(\\S.{0,29}))?$");
    /** What may follow a date after the outlet in brackets: "【中日新聞・長野版】2022年2月11日付". */
    private static final Pattern DATE_SUFFIX = Pattern.compile("^[\\s　]*+(?:付け?)?[\\s　]*+$");
    /** A reporter credited in brackets on the article's last line: "【山田太郎】", "（山田太郎記者）". */
    private static final Pattern REPORTER = Pattern.compile(
            "^[【〔（(]\\s*+(\\p{IsHan}{1,4}[\\s　]?\\p{IsHan}{1,4}?)(?:記者)?\\s*+[】〕）)]$");
    /** What joins a date written before the outlet to it: "令和3年6月7日付 上毛新聞". */
    private static final Pattern DATED = Pattern.compile("^(?:付け?|の|配信)?[\\s　]*+");
    /** A header naming a document rather than an outlet: a letter, a notice, a form, a court's list. */
    private static final Pattern DOCUMENT = Pattern.compile("からの|(書|通知|状|表|要旨|文書|回答|答申|資料)\\s*$");
    /** An edition after the outlet's name, which is not part of it: "群馬版", "電子版", "朝刊". */
    private static final String PREFECTURES = "北海道|青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|東京|神奈川|新潟|富山|石川|福井"
            + "|山梨|長野|岐阜|静岡|愛知|三重|滋賀|京都|大阪|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本"
            + "|大分|宮崎|鹿児島|沖縄";
    private static final Pattern EDITION = Pattern.compile("[（(][^（()）]{1,8}版[）)]$|(?<![\\s　・])[\\s　・]++\\S{1,6}版$|(?<![\\s　・])[\\s　・]*+(?:(?:電子|デジタル|ウェブ"
            + "|[Ww][Ee][Bb]|地方|地域|全国|" + PREFECTURES + ")版|朝刊|夕刊)$");
    /** An edition alone, as it may follow the date: "朝刊", "夕刊", "群馬版", "電子版". */
    private static final Pattern EDITION_ALONE = Pattern.compile("朝刊|夕刊|\\S{1,6}版");
    /** A newspaper's web edition named in Latin letters after it: "東京新聞 TOKYO Web" is the paper. */
    private static final Pattern WEB_EDITION = Pattern.compile("(?<=新聞)[\\s　]++[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9.\\-]*+"
            + "(?:[\\s　][A-Za-zＡ-Ｚａ-ｚ0-9.\\-]++)*+$");
    /**
     * A heading mark opening a line with the outlet and date after it ("■2018.09.27　北陸新聞"); a line of that
     * mark alone closes the article.
     */
    private static final Pattern MARKED_HEADER = Pattern.compile("^([■□◆◇])[\\s　]*+(\\S.{0,40})$");
    /** What may not stand in an outlet's name: sentence marks, quotes, colons, an addressee's honorific at its end. */
    private static final Pattern NOT_AN_OUTLET = Pattern.compile("[、。「」『』:：/]|(?:様|殿|御中)$|^[【\\[［〔《〈＜≪<(（]");
    /** A line that is only a date in brackets, as articles end: "(2019年3月5日 9時12分)". */
    private static final Pattern TRAILING_DATE = Pattern.compile("^[(（]([^()（）]{6,30})[)）]$");
    /** The date and the outlet in brackets, as an article with no header line ends: "（2023年2月25日　山陽新聞朝刊）". */
    private static final Pattern TRAILING_SOURCE = Pattern.compile("^[(（]([^()（）]{6,40})[)）]$");
    /** A line pointing to the article's file, pasted before its headline: "PDF ⇒ 20240221shimbun.pdf". */
    private static final Pattern ATTACHMENT = Pattern.compile("^(?:PDF|ＰＤＦ|pdf)[\\s　]*+[⇒→＞>:：]");
    /** A pointer to the article's file after the outlet's name in a header: "北國新聞 PDF ⇒ 20210306hokkoku.pdf". */
    private static final Pattern ATTACHED = Pattern.compile("(?<![\\s　])[\\s　]*+(?:PDF|ＰＤＦ|pdf)[\\s　]*+[⇒→＞>:：].*$");

    /** {@return an outlet's name without the edition, web edition or file pointer written after it} */
    private static String tidyOutlet(String outlet) {
        String name = ATTACHED.matcher(outlet).replaceFirst("");
        return WEB_EDITION.matcher(EDITION.matcher(name).replaceFirst("")).replaceFirst("").strip();
    }

    /** A line that is only a web address, as the article's is pasted above or below it. */
    private static final Pattern URL_LINE = Pattern.compile("^(?:URL|ＵＲＬ|出典|記事)?[\\s　:：]*+(https?://[^\\s　]++)$");
    /**
     * An outlet's name as news outlets are named: what an outlet-and-date line must hold to open an article
     * with no row of asterisks around it ("静岡新聞　2024/10/2 19:40" under a headline).
     */
    private static final Pattern NEWS_OUTLET = Pattern.compile("新聞|新報|日報|民報|時報|タイムス|通信|放送|テレビ|ＴＶ|TV|NHK|ＮＨＫ"
            + "|ニュース|[Nn]ews|毎日|朝日|読売|産経|日経|報知|共同|時事");
    /** A list or heading mark before a headline, which is not part of it. */
    private static final Pattern LEAD_MARK = Pattern.compile("^[■□◆◇●○◎・▼▽▲△★☆※◇\\s　]++");

    @Override
    public String id() {
        return "blog-html/news";
    }

    @Override
    public void extract(PostText post, Extraction out) {
        List<PostText.Block> rowed = rowedBlocks(post);
        List<Anchored> anchored = allAnchored(post, linesOf(rowed));
        // read in the order of the page, whichever way each article was found
        int r = 0;
        int a = 0;
        while (r < rowed.size() || a < anchored.size()) {
            if (a == anchored.size() || r < rowed.size() && rowed.get(r).first() < anchored.get(a).block().first()) {
                PostText.Block block = rowed.get(r++);
                String first = block.lines().get(0);
                Matcher marked = MARKED_HEADER.matcher(first.strip());
                // a row labelled by the outlet between asterisks ("*****北陸日報*****2021年3月4日") reads as "北陸日報 2021年3月4日"
                String headerText = CLOSING.matcher(first).matches() ? ""
                        : HEADER.matcher(first).matches()
                        ? INNER_ROW.matcher(HEADER.matcher(first).replaceFirst("$1")).replaceAll(" ").strip()
                        : marked.matches() ? marked.group(2).strip() : "";
                out.guard(block, () -> read(headerText, block, post.writtenOn(), out));
            } else {
                Anchored next = anchored.get(a++);
                out.guard(next.block(), () -> readAnchored(next, post.writtenOn(), out));
            }
        }
        Set<Integer> taken = linesOf(rowed);
        taken.addAll(linesOf(anchored.stream().map(Anchored::block).toList()));
        for (int i : linkCards(post, taken)) {
            out.guard(post.block(i, i + 1), () -> readCard(post, i, out));
        }
        taken.addAll(linkCards(post, taken));
        for (int i : toldInProse(post, taken)) {
            out.guard(post.block(i, i + 1), () -> readProse(post, i, out));
        }
    }

    /** A headline quoted in a sentence as what an article was titled: "「…」という見出しで載りました". */
    private static final Pattern PROSE_HEADLINE = Pattern.compile("「([^「」]{4,80})」(?:という|との)見出し");
    /** A news outlet named in a sentence: "山陰中央新報の朝刊に". */
    private static final Pattern OUTLET_IN_PROSE = Pattern.compile("(?<![\\p{IsHan}\\p{IsKatakana}ー])([\\p{IsHan}\\p{IsKatakana}ー]{1,10}?"
            + "(?:新聞|新報|日報|民報|時報|タイムス|通信))(?:社)?(?:の|に|で|が|は)");

    /** {@return the lines outside {@code taken} whose prose tells an article by its outlet, its date and its headline} */
    private static List<Integer> toldInProse(PostText post, Set<Integer> taken) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < post.lines().size(); i++) {
            String line = post.lines().get(i);
            if (!taken.contains(i) && line.contains("見出し") && prose(line, post.writtenOn()) != null) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * An article a sentence tells ("この件は、６月１０日付けの山陰中央新報の朝刊に「…」という見出しで載りました"): the
     * headline quoted, the last outlet named before it and the one date before it, in the same sentence; null when
     * the sentence lacks one of them.
     */
    @CheckForNull
    private static NewsReference.Builder prose(String line, @CheckForNull LocalDate writtenOn) {
        Matcher headline = PROSE_HEADLINE.matcher(line);
        if (!headline.find()) {
            return null;
        }
        String sentence = line.substring(line.lastIndexOf('。', headline.start()) + 1, headline.start());
        Matcher named = OUTLET_IN_PROSE.matcher(sentence);
        String outlet = null;
        while (named.find()) {
            outlet = named.group(1);
        }
        List<Mention<ParsedDate>> d = dates(sentence, writtenOn);
        if (outlet == null || d.size() != 1) {
            return null;
        }
        return NewsReference.builder("pending").outlet(outlet).headline(headline.group(1).strip())
                .published(d.get(0).value().when()).language("ja");
    }

    private void readProse(PostText post, int i, Extraction out) {
        NewsReference.Builder told = prose(post.lines().get(i), post.writtenOn());
        if (told != null) {
            String line = post.lines().get(i);
            out.add(told.id(out.nextId("news")).provenance(out.provenance(post.block(i, i + 1), line, this, 0.6)).build());
        }
    }

    /** {@return the body lines of a post inside its news blocks, which the extractors of its own prose skip} */
    static Set<Integer> quotedLines(PostText post) {
        return linesOf(blocks(post));
    }

    /** {@return the body lines of a post inside the given news blocks, which other extractors skip} */
    static Set<Integer> linesOf(List<PostText.Block> blocks) {
        Set<Integer> in = new HashSet<>();
        blocks.forEach(b -> IntStream.range(b.first(), b.first() + b.lines().size()).forEach(in::add));
        return in;
    }

    /**
     * {@return the body lines of a post inside quoted documents: a letter, a notice or a form between two rows
     * of asterisks that open no article ({@code *****申入書*****} … {@code *****}), rows included}
     */
    static Set<Integer> documentLines(PostText post, Set<Integer> inNews) {
        Set<Integer> in = new HashSet<>();
        List<String> lines = post.lines();
        int i = 0;
        while (i < lines.size()) {
            if (inNews.contains(i) || !isRow(lines.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !isRow(lines.get(end)) && !inNews.contains(end)) {
                end++;
            }
            if (end < lines.size() && isRow(lines.get(end)) && !inNews.contains(end)) {
                IntStream.rangeClosed(i, end).forEach(in::add);
                i = end + 1;
            } else {
                i = end;
            }
        }
        return in;
    }

    private static boolean isRow(String line) {
        return ROW.matcher(line).find();
    }

    /**
     * The news blocks of a post: those between rows of asterisks or opened by a heading mark, each from its
     * header line to the line before its end, and those found by an outlet-and-date line alone.
     */
    public static List<PostText.Block> blocks(PostText post) {
        List<PostText.Block> rowed = rowedBlocks(post);
        List<PostText.Block> all = new ArrayList<>(rowed);
        allAnchored(post, linesOf(rowed)).forEach(a -> all.add(a.block()));
        linkCards(post, linesOf(all)).forEach(i -> all.add(post.block(i, i + 1)));
        toldInProse(post, linesOf(all)).forEach(i -> all.add(post.block(i, i + 1)));
        return all;
    }

    /** A ruled line closing a pasted article: "━━━━━━━━". */
    private static final Pattern RULE = Pattern.compile("[━─＝=\\-―_－]{3,}+");

    /** A shared article's card on one line: "headline | 新潟日報 https://www.niigata-nippo.co.jp/articles/-/318452". */
    private static final Pattern LINK_CARD = Pattern.compile("^(\\S.{3,79}?)[\\s　]*+[|｜][\\s　]*+([^|｜\\s　]{2,20})[\\s　]++(https?://[^\\s　]++)$");
    /** The day a sentence before a card says the article came out: "16日の新潟日報に". */
    private static final Pattern DAY_OF_OUTLET = Pattern.compile("(?<![0-9０-９月])([0-9０-９]{1,2})日(?:付け?)?の");

    /** {@return the lines outside {@code taken} that are a news outlet's article shared as a card} */
    private static List<Integer> linkCards(PostText post, Set<Integer> taken) {
        List<Integer> found = new ArrayList<>();
        List<String> lines = post.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (taken.contains(i) || lines.get(i).indexOf('|') < 0 && lines.get(i).indexOf('｜') < 0) {
                continue;
            }
            Matcher card = LINK_CARD.matcher(lines.get(i).strip());
            if (card.matches() && NEWS_OUTLET.matcher(card.group(2)).find() && JAPANESE.matcher(card.group(1)).find()) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * Reads a card: its headline, outlet and address; its date the one the sentence before gives with the outlet
     * ("16日の新潟日報にも…"), a day alone falling in the post's month (the month before when after the post's day).
     */
    private void readCard(PostText post, int i, Extraction out) {
        Matcher card = LINK_CARD.matcher(post.lines().get(i).strip());
        if (!card.matches()) {
            return;
        }
        String outlet = tidyOutlet(card.group(2));
        When published = null;
        int before = nonBlank(post.lines(), i, -1);
        String said = before < 0 ? "" : post.lines().get(before);
        LocalDate writtenOn = post.writtenOn();
        if (said.contains(outlet)) {
            List<Mention<ParsedDate>> d = dates(said, writtenOn);
            Matcher day = DAY_OF_OUTLET.matcher(said);
            if (d.size() == 1) {
                published = d.get(0).value().when();
            } else if (d.isEmpty() && writtenOn != null && day.find()) {
                int n = (int) org.civicwatch.text.JapaneseNumbers.parseNumber(day.group(1));
                LocalDate month = n <= writtenOn.getDayOfMonth() ? writtenOn : writtenOn.minusMonths(1);
                published = n >= 1 && n <= month.lengthOfMonth() ? When.of(month.withDayOfMonth(n)) : null;
            }
        }
        PostText.Block block = post.block(i, i + 1);
        out.add(NewsReference.builder(out.nextId("news")).outlet(outlet).headline(card.group(1).strip()).url(card.group(3))
                .published(published).language("ja").provenance(out.provenance(block, card.group(), this, 0.7)).build());
    }

    /**
     * An article found by its outlet-and-date line alone, with no row of asterisks around it: a headline on the
     * line before or after that line (a quoted block's paragraphs, or "■headline" then "奈良新聞　2024年3月8日"),
     * the text after them, and a web address on its own line.
     *
     * @param block its lines, from the first of the headline and the outlet line
     * @param header the index in the block of the outlet-and-date line
     * @param headline the index in the block of the headline
     */
    private record Anchored(PostText.Block block, int header, int headline, @CheckForNull String outlet,
                            @CheckForNull When published) {
        Anchored(PostText.Block block, int header, int headline) {
            this(block, header, headline, null, null);
        }
    }

    /** The articles a post quotes with no row of asterisks, outside the lines {@code taken}, in page order. */
    private static List<Anchored> allAnchored(PostText post, Set<Integer> taken) {
        List<Anchored> found = new ArrayList<>(anchoredBlocks(post, taken));
        Set<Integer> more = new HashSet<>(taken);
        more.addAll(linesOf(found.stream().map(Anchored::block).toList()));
        found.addAll(hostedBlocks(post, more));
        found.sort(java.util.Comparator.comparingInt(a -> a.block().first()));
        return found;
    }

    /**
     * News sites by the host of their articles' addresses, for an article quoted with its date and address but no
     * outlet's name: the national papers, agencies and broadcaster, and regional papers.
     */
    private static final java.util.Map<String, String> OUTLET_HOSTS = java.util.Map.ofEntries(
            java.util.Map.entry("jiji.com", "時事通信"), java.util.Map.entry("kyodonews.jp", "共同通信"),
            java.util.Map.entry("asahi.com", "朝日新聞"), java.util.Map.entry("mainichi.jp", "毎日新聞"),
            java.util.Map.entry("yomiuri.co.jp", "読売新聞"), java.util.Map.entry("sankei.com", "産経新聞"),
            java.util.Map.entry("nikkei.com", "日本経済新聞"), java.util.Map.entry("nhk.or.jp", "NHK"),
            java.util.Map.entry("tokyo-np.co.jp", "東京新聞"), java.util.Map.entry("chunichi.co.jp", "中日新聞"),
            java.util.Map.entry("nishinippon.co.jp", "西日本新聞"), java.util.Map.entry("hokkaido-np.co.jp", "北海道新聞"),
            java.util.Map.entry("kahoku.news", "河北新報"), java.util.Map.entry("niigata-nippo.co.jp", "新潟日報"),
            java.util.Map.entry("shinmai.co.jp", "信濃毎日新聞"), java.util.Map.entry("kyoto-np.co.jp", "京都新聞"),
            java.util.Map.entry("kobe-np.co.jp", "神戸新聞"), java.util.Map.entry("chugoku-np.co.jp", "中国新聞"),
            java.util.Map.entry("sanyonews.jp", "山陽新聞"), java.util.Map.entry("ehime-np.co.jp", "愛媛新聞"),
            java.util.Map.entry("oita-press.co.jp", "大分合同新聞"), java.util.Map.entry("at-s.com", "静岡新聞"),
            java.util.Map.entry("ryukyushimpo.jp", "琉球新報"), java.util.Map.entry("okinawatimes.co.jp", "沖縄タイムス"));
    /** An address's host: "https://www.jiji.com/jc/…" gives www.jiji.com. */
    private static final Pattern HOST = Pattern.compile("^https?://([^/:?#]+)");
    /** A date with a time after a dash, as a news site stamps its articles: "2018/10/04-17:35". */
    private static final Pattern DASHED_TIME = Pattern.compile("^-([0-9]{1,2}):([0-9]{2})");

    /** {@return the outlet whose site an address is on, by its host or a parent domain of it, or null} */
    @CheckForNull
    static String outletOfHost(String url) {
        Matcher host = HOST.matcher(url);
        if (!host.find()) {
            return null;
        }
        String name = host.group(1).toLowerCase(java.util.Locale.ROOT);
        for (int dot = -1; name.indexOf('.', dot + 1) >= 0; dot = name.indexOf('.', dot + 1)) {
            String outlet = OUTLET_HOSTS.get(name.substring(dot + 1));
            if (outlet != null) {
                return outlet;
            }
        }
        return null;
    }

    /**
     * Articles pasted from a news site that names no outlet above or below them: the headline, the text, the date in
     * brackets ("（2018/10/04-17:35）") and the article's address on the next line, a known news site's; the outlet is
     * the site's. The article runs back from its date to the first line after a rule, a quotation's opener or a
     * blank line.
     */
    private static List<Anchored> hostedBlocks(PostText post, Set<Integer> taken) {
        List<Anchored> found = new ArrayList<>();
        List<String> lines = post.lines();
        LocalDate writtenOn = post.writtenOn();
        for (int i = 1; i < lines.size(); i++) {
            Matcher url = taken.contains(i) ? null : URL_LINE.matcher(lines.get(i).strip());
            String outlet = url != null && url.matches() ? outletOfHost(url.group(1)) : null;
            int dated = outlet == null ? -1 : i - 1;
            Matcher bracketed = dated < 0 || taken.contains(dated) ? null : TRAILING_DATE.matcher(lines.get(dated).strip());
            if (bracketed == null || !bracketed.matches()) {
                continue;
            }
            List<Mention<ParsedDate>> d = dates(bracketed.group(1), writtenOn);
            if (d.size() != 1) {
                continue;
            }
            int start = dated;
            while (start - 1 >= 0 && start > dated - 40 && !taken.contains(start - 1) && !lines.get(start - 1).isBlank()
                    && !RULE.matcher(lines.get(start - 1).strip()).matches() && !QUOTE_START.matcher(lines.get(start - 1).strip()).matches()) {
                start--;
            }
            if (start == dated || !headlineLike(lines.get(start), writtenOn)) {
                continue;
            }
            When published = d.get(0).value().when();
            Matcher time = DASHED_TIME.matcher(bracketed.group(1).substring(d.get(0).end()));
            LocalDate day = published.isInterval() ? null : published.firstDay().orElse(null);
            When minute = time.find() && day != null && published.precision() == When.Precision.DAY
                    ? DateTrail.atMinute(day, Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))) : null;
            published = minute != null ? minute : published;
            found.add(new Anchored(post.block(start, i + 1), dated - start, 0, outlet, published));
        }
        return found;
    }

    /** The articles a post quotes with no row of asterisks by an outlet-and-date line, outside the lines {@code taken}. */
    private static List<Anchored> anchoredBlocks(PostText post, Set<Integer> taken) {
        List<Anchored> found = new ArrayList<>();
        List<String> lines = post.lines();
        LocalDate writtenOn = post.writtenOn();
        int i = 0;
        while (i < lines.size()) {
            String outlet = taken.contains(i) || !mayBeOutletLine(lines.get(i)) || isRow(lines.get(i)) ? null
                    : datedOutlet(sourceOf(lines.get(i)), writtenOn);
            if (outlet == null || !NEWS_OUTLET.matcher(outlet).find()) {
                i++;
                continue;
            }
            int before = nonBlank(lines, i, -1);
            int after = nonBlank(lines, i, 1);
            // a source in brackets ends its article: "『headline』", the text, "(中国新聞 2022年12月8日 朝刊)"
            int headline = TRAILING_SOURCE.matcher(lines.get(i).strip()).matches() ? bracketedHeadlineBefore(lines, i, taken) : -1;
            if (headline < 0) {
                headline = before >= 0 && !taken.contains(before) && headlineLike(lines.get(before), writtenOn) ? before
                        : after >= 0 && !taken.contains(after) && headlineLike(lines.get(after), writtenOn) ? after : -1;
            }
            if (headline < 0) {
                i++;
                continue;
            }
            int start = Math.min(headline, i);
            // the text runs to the end of the paragraph after the header and headline; a web address alone in
            // the paragraph after that is the article's
            int end = Math.max(headline, i) + 1;
            while (end < lines.size() && !lines.get(end).isBlank() && !taken.contains(end) && !isRow(lines.get(end))
                    && !(mayBeOutletLine(lines.get(end)) && datedOutlet(lines.get(end).strip(), writtenOn) != null)) {
                end++;
            }
            int next = nonBlank(lines, end - 1, 1);
            if (next >= 0 && !taken.contains(next) && URL_LINE.matcher(lines.get(next).strip()).matches()
                    && (next + 1 == lines.size() || lines.get(next + 1).isBlank() || RULE.matcher(lines.get(next + 1).strip()).matches())) {
                end = next + 1;
            }
            found.add(new Anchored(post.block(start, end), i - start, headline - start));
            i = end;
        }
        return found;
    }

    /** A line announcing a quotation from an article: "▽以下、5月29日付 山陽新聞朝刊より引用▽". */
    private static final Pattern QUOTE_OPENER = Pattern.compile("^[▽▼△▲◇◆■□●○★☆※\\s　]*+(?:以下[、，は]?[\\s　]*+)?(.+?)"
            + "(?:の記事)?(?:より|から)(?:引用|転載|抜粋)(?:します|しました)?[。:：]?[▽▼△▲◇◆■□●○★☆\\s　]*+$");

    /**
     * {@return the outlet and date a line gives when it is one, unwrapped: a quotation's opener ("▽以下、5月29日付
     * 山陽新聞朝刊より引用▽" gives "5月29日付 山陽新聞朝刊"), a source in brackets at an article's end ("(中国新聞
     * 2022年12月8日 朝刊)"), else the line}
     */
    private static String sourceOf(String line) {
        String text = line.strip();
        Matcher opener = QUOTE_OPENER.matcher(text);
        if (opener.matches()) {
            return opener.group(1).strip();
        }
        Matcher bracketed = TRAILING_SOURCE.matcher(text);
        return bracketed.matches() ? bracketed.group(1).strip() : text;
    }

    /** A headline in brackets on a line of its own: "『通学路の防犯カメラ訴訟…』", "【県警の防犯カメラ台数…】". */
    private static final Pattern BRACKETED_HEADLINE = Pattern.compile("^[『【]([^『』【】]{4,80})[』】]$");

    /** Whether a line is short enough and names a news outlet, as an outlet-and-date line does: a cheap test first. */
    private static boolean mayBeOutletLine(String line) {
        return line.length() <= 60 && NEWS_OUTLET.matcher(line).find();
    }

    /** {@return the index of the nearest non-blank line before ({@code step} -1) or after (1) line {@code i}, or -1} */
    private static int nonBlank(List<String> lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.size(); k += step) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * {@return the line of a headline in brackets a few paragraphs above an article's source in brackets at
     * {@code at}, with nothing taken or quoted between, or -1}
     */
    private static int bracketedHeadlineBefore(List<String> lines, int at, Set<Integer> taken) {
        for (int k = at - 1; k >= 0 && k >= at - 12; k--) {
            String line = lines.get(k).strip();
            if (taken.contains(k) || isRow(line) || TRAILING_SOURCE.matcher(line).matches() || URL_LINE.matcher(line).matches()) {
                return -1;
            }
            if (BRACKETED_HEADLINE.matcher(line).matches()) {
                return k;
            }
            if (line.isEmpty() && k >= 1 && headlineLike(lines.get(k - 1), null) && (k == 1 || lines.get(k - 2).isBlank())) {
                // a quotation's paragraphs, the first of them the headline alone: "<blockquote>headline<br><br>text…"
                return k - 1;
            }
            if (QUOTE_START.matcher(line).matches() || RULE.matcher(line).matches()) {
                // "＜以下、引用＞", the headline, the text, "(2013年7月19日14時22分  読売新聞)": the quotation's first line
                int first = nonBlank(lines, k, 1);
                return first > k && first < at && headlineLike(lines.get(first), null) ? first : -1;
            }
        }
        return -1;
    }

    /** A line opening a quotation with no source named: "＜以下、引用＞", "【引用】", "以下引用". */
    private static final Pattern QUOTE_START = Pattern.compile(
            "^[＜<《〈【\\[（(]?[\\s　]*+(?:以下[、，]?[\\s　]*+)?(?:記事を?)?(?:引用|転載)(?:開始|します)?[\\s　]*+[＞>》〉】\\]）)]?$");

    /** Whether a line can be a headline: short, no sentence's end, no address, no outlet and date of its own. */
    private static boolean headlineLike(String line, @CheckForNull LocalDate writtenOn) {
        String text = LEAD_MARK.matcher(line.strip()).replaceFirst("");
        return text.length() >= 4 && text.length() <= 80 && !text.endsWith("。") && !text.endsWith("：")
                && !text.endsWith(":") && !isRow(text) && !URL_LINE.matcher(text).matches()
                && datedOutlet(text, writtenOn) == null && JAPANESE.matcher(text).find();
    }

    /** The marks a web page's title puts between the headline and the site's name. */
    private static final String TITLE_SEPARATORS = "-－–|｜";

    /**
     * {@return a headline without the name of the outlet's site a web page's title ends with ("… - 毎日jp(毎日新聞)",
     * "… | 中国新聞デジタル"): the words after the last mark between spaces, when they hold the outlet's name; else as it is}
     */
    static String withoutSiteName(String headline, String outlet) {
        String stem = outlet.endsWith("新聞") && outlet.length() > 3 ? outlet.substring(0, outlet.length() - 2) : outlet;
        for (int i = headline.length() - 2; i > 0; i--) {
            if (TITLE_SEPARATORS.indexOf(headline.charAt(i)) >= 0 && Character.isWhitespace(headline.charAt(i - 1))
                    && Character.isWhitespace(headline.charAt(i + 1))) {
                String site = headline.substring(i + 1).strip();
                String before = headline.substring(0, i).strip();
                return site.length() <= 40 && site.contains(stem) && !before.isEmpty() ? before : headline;
            }
        }
        return headline;
    }

    private void readAnchored(Anchored a, @CheckForNull LocalDate writtenOn, Extraction out) {
        List<String> lines = a.block().lines();
        String header = sourceOf(lines.get(a.header()));
        String outlet = a.outlet() != null ? a.outlet() : datedOutlet(header, writtenOn);
        List<Mention<ParsedDate>> dates = dates(header, writtenOn);
        String headline = LEAD_MARK.matcher(lines.get(a.headline()).strip()).replaceFirst("");
        Matcher bracketed = BRACKETED_HEADLINE.matcher(headline);
        headline = bracketed.matches() ? bracketed.group(1).strip() : headline;
        String url = null;
        String lead = null;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            Matcher address = URL_LINE.matcher(line);
            if (address.matches()) {
                url = url == null ? address.group(1) : url;
            } else if (k != a.header() && k != a.headline() && !line.isEmpty() && lead == null) {
                lead = line;
            }
        }
        Matcher agency = OUTLET_AGENCY.matcher(outlet);
        String via = null;
        if (agency.find()) {
            via = agency.group(1);
            outlet = outlet.substring(0, agency.start());
        }
        outlet = tidyOutlet(outlet);
        headline = withoutSiteName(headline, outlet);
        out.add(NewsReference.builder(out.nextId("news")).outlet(outlet).headline(headline).url(url)
                .published(a.published() != null ? a.published() : dates.get(0).value().when()).via(via)
                .language(JAPANESE.matcher(headline).find() ? "ja" : null)
                .excerpt(lead).provenance(out.provenance(a.block(), header + "\n" + headline, this, 0.8)).build());
    }

    /** The news blocks between rows of asterisks or opened by a heading mark. */
    private static List<PostText.Block> rowedBlocks(PostText post) {
        List<PostText.Block> blocks = new ArrayList<>();
        List<String> lines = post.lines();
        LocalDate writtenOn = post.writtenOn();
        int i = 0;
        while (i < lines.size()) {
            int closedByMark = closingMark(lines, i, writtenOn);
            if (closedByMark > i) {
                // "■2018.09.27　北陸新聞", the headline, the text, then "■" alone
                blocks.add(post.block(i, closedByMark));
                i = closedByMark + 1;
                continue;
            }
            if (!opensArticle(lines, i, writtenOn)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !CLOSING.matcher(lines.get(end)).matches()
                    && !HEADER.matcher(lines.get(end)).matches()) {
                end++;
            }
            int last = end;
            while (last > i + 1 && lines.get(last - 1).isBlank()) {
                last--;
            }
            blocks.add(post.block(i, last));
            i = end;
        }
        return blocks;
    }

    /**
     * Whether an article opens at a line: a header row naming an outlet (not a document, and not labelled by
     * a document's title between asterisks: {@code *****裁決書*****PDF ⇒ …}), or a bare row of asterisks with
     * the outlet in brackets on the next line, or with a headline there and the date and outlet in brackets
     * on the last line before the closing row.
     */
    private static boolean opensArticle(List<String> lines, int i, @CheckForNull LocalDate writtenOn) {
        String line = lines.get(i);
        if (CLOSING.matcher(line).matches()) {
            if (i + 1 >= lines.size()) {
                return false;
            }
            Matcher bracketed = BRACKETED_OUTLET.matcher(lines.get(i + 1).strip());
            // or the outlet and a date, unbracketed, on the next line: "北陸日報　10月3日"
            return bracketed.matches() ? bracketed.group(2) == null || dateOnly(bracketed.group(2))
                    : !isRow(lines.get(i + 1)) && (datedOutlet(lines.get(i + 1).strip(), writtenOn) != null
                    || endsWithSource(lines, i, writtenOn) || sourceUnderHeadline(lines, i, writtenOn));
        }
        Matcher header = HEADER.matcher(line);
        // the title before a row inside the text is the label: "*****裁決書*****PDF ⇒ …" is a ruling
        return header.matches() && !DOCUMENT.matcher(INNER_ROW.split(header.group(1), 2)[0].strip()).find();
    }

    /**
     * Whether the block a bare row opens at {@code i} is closed by a row and ends, after at least a headline,
     * with the date and outlet in brackets ("（2023年2月25日　山陽新聞朝刊）"): an article with no header line.
     */
    private static boolean endsWithSource(List<String> lines, int i, @CheckForNull LocalDate writtenOn) {
        int end = i + 1;
        while (end < lines.size() && !CLOSING.matcher(lines.get(end)).matches() && !HEADER.matcher(lines.get(end)).matches()) {
            end++;
        }
        int last = end - 1;
        while (last > i && lines.get(last).isBlank()) {
            last--;
        }
        return end < lines.size() && last > i + 1 && trailingSource(lines.get(last), writtenOn) != null;
    }

    /**
     * Whether the block a bare row opens at {@code i} is closed by a row and has the headline on its first line
     * and the outlet and one date, unbracketed, on its second ("2024年4月10日 05:00 四国新聞"): an article pasted
     * headline first.
     */
    private static boolean sourceUnderHeadline(List<String> lines, int i, @CheckForNull LocalDate writtenOn) {
        if (i + 2 >= lines.size() || lines.get(i + 1).isBlank() || isRow(lines.get(i + 1)) || isRow(lines.get(i + 2))
                || DOCUMENT.matcher(lines.get(i + 1).strip()).find() || datedOutlet(lines.get(i + 2).strip(), writtenOn) == null) {
            return false;
        }
        int end = i + 3;
        while (end < lines.size() && !CLOSING.matcher(lines.get(end)).matches() && !HEADER.matcher(lines.get(end)).matches()) {
            end++;
        }
        return end < lines.size() && CLOSING.matcher(lines.get(end)).matches();
    }

    /** {@return the date and outlet a line gives in brackets ("（2023年2月25日　山陽新聞朝刊）"), or null when it is anything else} */
    @CheckForNull
    private static String trailingSource(String line, @CheckForNull LocalDate writtenOn) {
        Matcher m = TRAILING_SOURCE.matcher(line.strip());
        return m.matches() && datedOutlet(m.group(1).strip(), writtenOn) != null ? m.group(1).strip() : null;
    }

    /**
     * {@return the line after a heading mark's header that is that mark alone, closing the article, when the
     * header names a dated outlet and a headline stands between them (before a blank line); else -1}
     */
    private static int closingMark(List<String> lines, int i, @CheckForNull LocalDate writtenOn) {
        Matcher marked = MARKED_HEADER.matcher(lines.get(i).strip());
        if (!marked.matches() || datedOutlet(marked.group(2).strip(), writtenOn) == null) {
            return -1;
        }
        for (int end = i + 1; end < lines.size() && !lines.get(end).isBlank(); end++) {
            if (lines.get(end).strip().equals(marked.group(1))) {
                return end > i + 1 ? end : -1;
            }
        }
        return -1;
    }

    /**
     * {@return the outlet of a header line that is an outlet and one date, either first ("北陸日報　10月3日",
     * "2018.09.27　北陸新聞"), or null when the line is anything else: no date or more than one, words on both
     * sides of it, a sentence, a bracket, an addressee, a document's title}
     */
    @CheckForNull
    static String datedOutlet(String line, @CheckForNull LocalDate writtenOn) {
        List<Mention<ParsedDate>> found = dates(line, writtenOn);
        if (found.size() != 1) {
            return null;
        }
        Mention<ParsedDate> d = found.get(0);
        // the date's own time may hold a colon ("2024年4月10日 05:00 四国新聞"): only the words beside it are checked
        if (NOT_AN_OUTLET.matcher(line.substring(0, d.start()) + " " + line.substring(d.end())).find()) {
            return null;
        }
        String before = line.substring(0, d.start()).strip();
        String after = DATED.matcher(line.substring(d.end())).replaceFirst("").strip();
        if (after.startsWith("刊") && (d.text().endsWith("朝") || d.text().endsWith("夕"))) {
            after = d.text().charAt(d.text().length() - 1) + after;  // "2022年12月8日 朝刊" is read as the day, 朝 and all
        }
        if (!before.isEmpty() && EDITION_ALONE.matcher(after).matches()) {
            after = "";  // "中国新聞 2022年12月8日 朝刊": the edition after the date
        }
        String outlet = before.isEmpty() ? after : after.isEmpty() ? before : null;
        boolean named = outlet != null && !outlet.isEmpty() && outlet.length() <= 20 && !DOCUMENT.matcher(outlet).find()
                && JAPANESE.matcher(outlet).find() || outlet != null && LATIN_OUTLET.matcher(outlet).matches();
        return named ? outlet : null;
    }

    /** Whether a text is one date, optionally with 付 after it: "2022年2月11日付". */
    private static boolean dateOnly(String text) {
        List<Mention<ParsedDate>> found = JapaneseDates.findAll(text);
        return found.size() == 1 && found.get(0).start() == 0
                && DATE_SUFFIX.matcher(text.substring(found.get(0).end())).matches();
    }

    /** The dates of a text; without a year they take the post's (the year before for a later month). */
    private static List<Mention<ParsedDate>> dates(String text, @CheckForNull LocalDate writtenOn) {
        List<Mention<ParsedDate>> found = writtenOn == null ? JapaneseDates.findAll(text) : JapaneseDates.findAll(text, writtenOn);
        Matcher portal = writtenOn == null || !found.isEmpty() ? null : PORTAL_STAMP.matcher(text.strip());
        if (portal == null || !portal.lookingAt()) {
            return found;
        }
        // a news portal's stamp, "9/28(水) 7:00配信": the year of the post, the year before for a later month
        int month = Integer.parseInt(portal.group(1));
        int day = Integer.parseInt(portal.group(2));
        int year = month > writtenOn.getMonthValue() ? writtenOn.getYear() - 1 : writtenOn.getYear();
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return found;
        }
        LocalDate on = LocalDate.of(year, month, day);
        When minute = portal.group(3) == null ? null
                : DateTrail.atMinute(on, Integer.parseInt(portal.group(3)), Integer.parseInt(portal.group(4)));
        // an impossible time ("25:70") is no time: the day alone
        When when = minute != null ? minute : When.of(on);
        int start = text.indexOf(portal.group().strip().charAt(0));
        return List.of(new Mention<>(new ParsedDate(when.withOriginal(portal.group().strip()), List.of()), portal.group().strip(),
                start, start + portal.group().strip().length()));
    }

    /** A news portal's time stamp, a month and day in slashes, its weekday and a time, before 配信. */
    private static final Pattern PORTAL_STAMP = Pattern.compile(
            "([0-9]{1,2})/([0-9]{1,2})(?:[(（][月火水木金土日][)）])?(?:[\\s　]*+([0-9]{1,2}):([0-9]{2}))?(?=[\\s　]*+配信)");

    private void read(String headerLine, PostText.Block block, @CheckForNull LocalDate writtenOn, Extraction out) {
        List<String> body = block.lines().subList(1, block.lines().size()).stream().filter(l -> !l.isBlank()).toList();
        String header = headerLine;
        String source = header.isEmpty() && body.size() > 1 && !BRACKETED_OUTLET.matcher(body.get(0).strip()).matches()
                && datedOutlet(body.get(0).strip(), writtenOn) == null ? trailingSource(body.get(body.size() - 1), writtenOn) : null;
        if (source != null) {
            // a bare row, the headline, the text, then the date and outlet in brackets
            header = source;
            body = body.subList(0, body.size() - 1);
        } else if (header.isEmpty() && body.size() > 2 && !BRACKETED_OUTLET.matcher(body.get(0).strip()).matches()
                && datedOutlet(body.get(0).strip(), writtenOn) == null && datedOutlet(body.get(1).strip(), writtenOn) != null) {
            // a bare row, the headline, then the date and outlet, then the text
            header = body.get(1).strip();
            List<String> rest = new ArrayList<>(body.subList(2, body.size()));
            rest.add(0, body.get(0));
            body = rest;
        } else if (header.isEmpty() && !body.isEmpty()) {
            // a bare row, then the outlet in brackets (or the outlet and a date): the headline is the line after it
            Matcher bracketed = BRACKETED_OUTLET.matcher(body.get(0).strip());
            // a date after the brackets is the article's: "【中日新聞・長野版】2022年2月11日付"
            header = !bracketed.matches() ? body.get(0).strip() : bracketed.group(2) == null ? bracketed.group(1)
                    : bracketed.group(1) + " " + bracketed.group(2);
            body = body.subList(1, body.size());
        }
        List<Mention<ParsedDate>> dates = dates(header, writtenOn);
        String outlet = dates.isEmpty() ? header : header.substring(0, dates.get(0).start()).strip();
        if (outlet.isEmpty() && !dates.isEmpty()) {
            // the date first, then the outlet
            outlet = DATED.matcher(header.substring(dates.get(0).end())).replaceFirst("").strip();
        }
        Matcher agency = OUTLET_AGENCY.matcher(outlet);
        String via = null;
        if (agency.find()) {
            via = agency.group(1);
            outlet = outlet.substring(0, agency.start());
        }
        outlet = tidyOutlet(outlet);
        When published = dates.isEmpty() ? null : dates.get(0).value().when();
        if (!body.isEmpty()) {
            Matcher trailing = TRAILING_DATE.matcher(body.get(body.size() - 1).strip());
            List<Mention<ParsedDate>> end = trailing.matches() ? dates(trailing.group(1), writtenOn) : List.of();
            if (end.size() == 1 && end.get(0).text().length() == trailing.group(1).strip().length()) {
                published = published == null ? end.get(0).value().when() : published;
                body = body.subList(0, body.size() - 1);
            }
        }
        String url = null;
        List<String> text = new ArrayList<>();
        for (String line : body) {
            Matcher address = URL_LINE.matcher(line.strip());
            if (address.matches()) {
                // the article's address, pasted above or below its headline
                url = url == null ? address.group(1) : url;
            } else {
                text.add(line);
            }
        }
        body = text;
        if (body.size() > 1 && ATTACHMENT.matcher(body.get(0).strip()).find()) {
            // the file pasted before the headline is no headline: "PDF ⇒ 20240221shimbun.pdf"
            body = body.subList(1, body.size());
        }
        if (outlet.isEmpty() || body.isEmpty()) {
            throw new IllegalStateException("a news block needs an outlet in its header and a headline on the next line");
        }
        List<String> authors = List.of();
        Matcher reporter = body.size() > 1 ? REPORTER.matcher(body.get(body.size() - 1).strip()) : null;
        if (reporter != null && reporter.matches() && !AGENCY.matcher(body.get(body.size() - 1)).find()) {
            authors = List.of(reporter.group(1));
            body = body.subList(0, body.size() - 1);
        }
        String headline = body.get(0);
        for (int k = body.size() - 1; k > 0 && via == null; k--) {
            Matcher m = AGENCY.matcher(body.get(k));
            if (m.find()) {
                via = m.group(1);
            }
        }
        String lead = body.size() > 1 ? body.get(1) : null;
        double confidence = published == null ? 0.7 : 0.9;
        out.add(NewsReference.builder(out.nextId("news")).outlet(outlet).headline(headline).url(url).published(published)
                .via(via).authors(authors).language(JAPANESE.matcher(headline).find() ? "ja" : null).excerpt(lead)
                .provenance(out.provenance(block, block.lines().get(0) + "\n" + headline, this, confidence)).build());
    }
}
