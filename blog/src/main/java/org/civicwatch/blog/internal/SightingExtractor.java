package org.civicwatch.blog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CameraType;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Count;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Mount;
import org.civicwatch.model.Place;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.SurveillanceZone;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.JapaneseFloors;
import org.civicwatch.text.JapaneseNumbers;
import org.civicwatch.text.Mention;

/**
 * Sentences that count cameras and sensors as a group walks a building: "女子トイレ前の廊下の天井に2基",
 * "地下1階のエレベーターホールの天井の片隅に1基", "3階から30階にはひとつも監視カメラが見当たらない" (an exact 0
 * over the range), "およそ数十基" (approximate), "センサーが設置されている" (a motion sensor, not a camera).
 *
 * <p>The floor is the last one named before the count in the sentence, else the one carried over from
 * the sentences and paragraphs before ("1階をくまなく調べてみると" names the floor of what follows); a
 * paragraph opened by {@code ■} (an introduction or a summary) ends the walk and is not read for counts,
 * except for what it says was reported before (前回…報告). Statements about the whole building
 * ("県庁内におよそ数十基") have no floor. News blocks are skipped.
 */
final class SightingExtractor implements Extractor {
    /** The particle after the things a clause joins: "東向きと西向きに". */
    private static final Pattern TRAILING_PARTICLE = Pattern.compile("(?:には|にも|に|で|へ)$");
    /** A note in brackets within a list's spot: "通路の天井（ドーム型）". */
    private static final Pattern BRACKETED_NOTE = Pattern.compile("[（(][^（）()]*+[）)]");
    private static final Pattern DEVICE_COUNTER = Pattern.compile("(基|台|個|つ)(以上|余り|程度|ほど|前後)?$");
    /** Places counted where devices are: "天井の２箇所にカメラ" is a device at each. */
    private static final Pattern PLACE_COUNTER = Pattern.compile("(箇所|か所|ヶ所|ケ所|カ所|ヵ所|個所)(以上|余り|程度|ほど|前後)?$");
    private static final Pattern DEVICE_WORD = Pattern.compile("センサー|マイク|盗聴器|[NＮ]システム|カメラ");
    private static final Pattern DEVICE_LAST = Pattern.compile("(センサー|マイク|盗聴器|[NＮ]システム|カメラ)$");
    /** A licence-plate reader, by the name the police's readers go by: "Ｎシステム". */
    private static final Pattern ALPR = Pattern.compile("[NＮ]システム");
    /** A word for any device, counted for the device its clause names before it: "Ｎシステムとみられる装置が２基". */
    private static final Pattern ANY_DEVICE = Pattern.compile("(装置|機器|機械|端末)$");
    /** A count the clause plans or asks for ("５台増やすと答弁", "設置する予定") is no sighting. */
    private static final Pattern PLANNED = Pattern.compile(
            "^[^、。]*?(増や|減ら|増設|撤去|導入|予定|計画|方針|答弁|要望|求め|することにな|することとな|する方向|ることにな"
            // what is still to be put up: "新年度に改めて入札して付けるとのことです"
            + "|(?:付ける|設置する|取り付ける)(?:とのこと|そう|ことに|[。」]|$)"
            + "|[てで]もら(?:う(?:よう|予定|つもり|ことに)|いたい|えるよう|えれば|わなければ))");
    /** A place in the street or a neighbourhood, where cameras are counted outside any building walk. */
    private static final Pattern STREET = Pattern.compile("地区|商店街|交差点|差路|十字路|通り|駅前|駅周辺|公園|駐車場|駐輪場|道路|路上|町内|沿い"
            + "|店先|店頭|街頭|交番|広場|通学路|踏切|バス停|ターミナル|ロータリー|歩道|路地|団地|集会所");
    /** What holds a device in the street, which is no spot of its own: "信号機の柱". */
    private static final Pattern HOLDER = Pattern.compile("^(信号機|信号|街灯|防犯灯|電柱|標識|照明)の?(柱|ポール|支柱)?(の上(のほう|の方)?)?$");
    /** A body's district, where a count is that body's total: "高岡警察署の管内には１９台". */
    private static final Pattern DISTRICT = Pattern.compile("管内|管轄区域");
    /** The kinds of body that own devices, which name one alone ("市の防犯カメラ", "町内会の防犯カメラ"). */
    // a district or school zone (地区, 学区, 校区) and an old quarter (城下町, 下町) end as a ward or a town but are none
    private static final String BODY_KINDS = "県警|府警|道警|警視庁|警察署|警察|町内会|自治会|商店会|管理組合|(?<![地学校下])[都道府県市区町村]";
    private static final Pattern BODY_KIND = Pattern.compile(BODY_KINDS);
    /** Whose the devices counted are: "福島県警の街頭防犯カメラ", "町内会の防犯カメラ", "市の防犯カメラ". */
    // (?<!…) lets a search start only where a run begins: each run is read once, not once per start.
    private static final Pattern OWNER = Pattern.compile("(?<![\\p{IsHan}\\p{IsKatakana}ー])([\\p{IsHan}\\p{IsKatakana}ー]{0,10}?(?:"
            + BODY_KINDS + "))の(?:街頭|屋外|路上)?(?:防犯|監視)?カメラ");
    /** The police named alone as setting up the devices: "県警が設置している街頭防犯カメラ". */
    private static final Pattern POLICE_OPERATES = Pattern.compile("(?<!\\p{IsHan})(県警|府警|道警|警察)が[^、。]{0,12}?(?:管理|設置|所有|運用)");
    /** The blog named as the group's newsletter, after the group's name: "ひばりが丘町内会だより", "緑町自治会通信". */
    private static final Pattern NEWSLETTER = Pattern.compile("(?<=[\\p{IsHan}\\p{IsKatakana}])(?:の)?(?:だより|便り|通信|ニュース|ブログ|日記)$");
    /** A sentence telling what the one before published or listed: "それによると、". */
    private static final Pattern BY_THAT_ACCOUNT = Pattern.compile("^(?:それ|これ|その一覧|その資料)に(?:よると|よれば)");
    /** What joins counts to the total told after them: "一昨年度の３台、昨年度の２台と合わせて、計８台". */
    private static final Pattern ADDED_TO = Pattern.compile("合わせ|含め|加え");
    /** A body opening a sentence as its topic: "町内会では、…", "緑町自治会は、…". */
    private static final Pattern BODY_TOPIC = Pattern.compile("^(?:当|わが|我が)?([\\p{IsHan}\\p{IsKatakana}ー]{0,10}?(?:"
            + BODY_KINDS + "))(?:では|は)、");
    /** Devices put up as the body's own, told as done or going on: "防犯カメラを少しずつ増やしています". */
    private static final Pattern PUTS_UP = Pattern.compile("(?:カメラ|センサー)を");
    private static final Pattern PUT_UP = Pattern.compile("(?:増やして|設置して|取り付けて|付けて|設けて)(?:い|き|お)|設置し(?:ました|た)|取り?付け(?:ました|た)");
    /** A total, which an introduction or a summary reports as no walk does: "計１６台", "全部で３０台". */
    private static final Pattern TOTAL = Pattern.compile("(?:計|合計|総計|全部で|合わせて|総数は)[\\s、]*+$");
    /**
     * A line opened by a list mark (a circled number, a bullet, "1.", "(2)") and the spot the item is about, before a
     * colon: "①さくら通り小学校の正門前：…", "③駅東第２駐車場（市営の立体駐車場）：…"; the words in brackets are a note on
     * the spot.
     */
    private static final Pattern ITEM = Pattern.compile(
            "^[\\s　]*+(?:[①-⑳]|[◆◇●○・]|[(（]?[0-9０-９]{1,2}+[.．)）])[\\s　]*+([^：:、。「」（）()]{1,30}+)(?:[（(][^（）()]{0,30}+[）)])?[\\s　]*+[：:]");
    /** How a place's name ends: a noun in kanji or katakana, or a street (中央通り, 国道沿い). */
    private static final Pattern PLACE_END = Pattern.compile("(?:[\\p{IsHan}\\p{IsKatakana}ー]|通り|沿い)$");
    /** A camera type, opening a sentence about what the one before counted: "旋回式で、…", "ドーム型です。". */
    private static final Pattern TYPE_FIRST = Pattern.compile("^(?:どちらも|いずれも|どれも|[こそあ]れは)?(旋回式|旋回型|首振り式|首振り型"
            + "|パン・?チルト|ドーム型|ドーム式|半球型|固定式|固定型)(?:で|です|でした|だ|のもの|の)");
    /** What joins floors named one after another: "２階と３階". */
    private static final Pattern JOINED = Pattern.compile("と|や|、|及び|および");
    /** A count of each, after the counter: "１台ずつ". */
    private static final Pattern EACH_AFTER = Pattern.compile("[^、。ず]{1,6}+ずつ");
    /** Each of the floors or spots just named: "それぞれ１台ずつ". */
    // (?<!…) lets a search start only where a run of commas and spaces begins: each run is read once.
    private static final Pattern EACH = Pattern.compile("(?<![、\\s])[、\\s]*+(?:それぞれ|各々|おのおの)[、\\s]*+$");
    /** A body named in full, one of the kinds that own devices: "郡山市", "富山県警", "さくら通り町内会". */
    // (?<!…) lets a search start only where a run begins: each run is read once, not once per start.
    private static final Pattern NAMED_BODY = Pattern.compile("(?<![\\p{IsHan}\\p{IsKatakana}ー])[\\p{IsHan}\\p{IsKatakana}ー]{1,10}?(?:"
            + BODY_KINDS + ")(?![\\p{IsHan}])");
    /** Who runs the devices counted: "前橋市が管理する防犯カメラ". */
    private static final Pattern OPERATOR = Pattern.compile(
            "(?<!\\p{IsHan})(?![他各同当本両全][都道府県市区町村]が)(\\p{IsHan}{1,6}?[都道府県市区町村]|\\p{IsHan}{1,8}?(?:警察署|県警|警察))"
            + "が(?:管理|設置|所有|運用)");
    /** A bare body as the operator ("市が管理する防犯カメラ"): the one named before, or the post's. */
    private static final Pattern BODY_OPERATES = Pattern.compile("(?<!\\p{IsHan})([都道府県市区町村])が(?:管理|設置|所有|運用)");
    /** A body the writer asked, whose answer the sentence tells: "甲府市に問い合わせたところ". */
    private static final Pattern ASKED = Pattern.compile(
            "(?<!\\p{IsHan})(\\p{IsHan}{1,6}?[都道府県市区町村])(?:役所|役場|庁)?(?:に|へ)(?:問い合わせ|問合せ|聞い|尋ね|確認し)");
    /** A count the writer says was not made: "何台あるかまでは数えませんでした". */
    private static final Pattern NOT_COUNTED = Pattern.compile("^[^、。]{0,12}?(数えな|数えませ|数えていな|数えられな|分から|わから|分かりませ|わかりませ|不明)");
    /** A place walked through, where the count of the next clause is: "公園の中を一回りしましたが、". */
    // (?<=…) lets a search start only where a clause begins: each clause is read once.
    private static final Pattern WALKED_THROUGH = Pattern.compile("(?:^|(?<=[、。]))([^、。]+?)(?:の中|の周り|の周辺|内)?を"
            + "(?:一回り|ひと回り|一周|歩い|歩き|見て回|回っ|回り|探し|調べ)");
    /** A place opening the sentence as its topic, where its counts are when no nearer clause names a spot: "かえで公園は、". */
    private static final Pattern OPENING_TOPIC = Pattern.compile("^([^、。]{1,30})(?:では|は)、");
    /** Words opening a sentence that are no part of a place's name: "また公園は、", "この通りは、". */
    private static final Pattern OPENER = Pattern.compile("^(?:また|なお|さらに|まず|次に|そして|ただ|一方|これで|ここで|そこで|この|その|あの|どの)");
    /** A part of a place named alone, which is inside the place the sentence is about: "中を一回りしてみましたが". */
    private static final Pattern RELATIVE_PART = Pattern.compile("^(?:中|なか|内|内側|周り|まわり|周辺|奥|外|外側)$");
    /** What the sentence before counted, mounted as this one says: "どれも信号柱に取り付けられていた". */
    private static final Pattern ALL_OF_THOSE = Pattern.compile("^(?:どれも|いずれも|すべて|全て|どちらも|両方とも)");
    /** Devices of a count that also record sound: "そのうち１０台は音声も録音できる". */
    private static final Pattern RECORDS_SOUND = Pattern.compile("^[はがも]?[^、。]{0,6}?(音声|録音|集音)");
    /** A camera that sees all around, a dome to OpenStreetMap: "360度カメラ", "全方位カメラ". */
    private static final Pattern DOME = Pattern.compile("ドーム|半球|[3３]60度|[3３][6６][0０]度|全方位|全天球|魚眼");
    /** What a source says, which is not a place: "市の説明では、". */
    private static final Pattern NOT_A_PLACE = Pattern.compile("(説明|話|報告|回答|発表|答弁|資料|情報|調べ|結果|ところ|場合|会)$");
    /** The walkers leave the building: what follows has no floor and is outdoors. */
    private static final Pattern GOING_OUTSIDE = Pattern.compile("外に出|屋外に|屋外を|屋外で|(建物|庁舎|本庁舎)の外(で|を|には|に|へ)");
    /** A car park, a bicycle park or the grounds, named without a floor: the walk is outside. */
    private static final Pattern OUTDOOR_PLACE = Pattern.compile("駐車場|駐輪場|敷地|正門|外壁|屋外");
    /** A device said not to be there, without a count: "カメラは見当たらなかった", "センサーはない". */
    // "カメラとは関係ありません" denies a link, not a device
    private static final Pattern NONE_THERE = Pattern.compile("(カメラ|センサー|マイク)(?![^、。]{0,4}?(?:関係|問題|必要|意味|わけ|違い))[はがも]?[^、。]{0,4}?"
            + "(見当たらな(い|かった)|見つからな(い|かった)|見当たりません(でした)?|見つかりません(でした)?"
            + "|な(い|かった)|無(い|かった)|ありません(でした)?|設置されていな(い|かった))(?![かの])");
    /** None found at a spot, the device left out as the walk's: "議会事務局の前の廊下には見当たりませんでした". */
    private static final Pattern NONE_AT_SPOT = Pattern.compile("(?:には|にも|では|でも)[、\\s]*+"
            + "(見当たらな(?:い|かった)|見つからな(?:い|かった)|見当たりません(?:でした)?|見つかりません(?:でした)?)(?![かの])");
    /** A listening device found (盗聴器が見つかった, 盗聴器を発見): the finding is an incident's, not a device counted on a walk. */
    private static final Pattern BUG_FOUND = Pattern.compile("盗聴器[^、。]{0,12}?(?:見つか|見つけ|発見)|(?:見つか|発見)[^、。]{0,6}?盗聴器");
    /** The noun a count follows with its particle ("記事を二つ", "車が３台"): the count is of that noun. */
    // (?<!…) lets a search start only where a run begins: each run is read once, not once per start.
    private static final Pattern COUNTED_NOUN = Pattern.compile("(?<![\\p{IsHan}\\p{IsKatakana}ー])([\\p{IsHan}\\p{IsKatakana}ー]++)[をがはも]$");
    /** A kind of device, named without the device ("ドーム型が２台", "固定式が３台"), or a number of them ("台数は"). */
    private static final Pattern DEVICE_KIND = Pattern.compile("(型|式|数)$");
    /** The outside of the building as a clause's topic ("建物の外では、"): the zone the walk is in, not a place. */
    private static final Pattern BUILDING_OUTSIDE = Pattern.compile("^[^\\p{L}]*+(?:(?:建物|庁舎|本庁舎|館|校舎)の)?(?:外|外側|屋外)$");
    /** The particles that end a spot's name in a list of floors: "２階の閲覧室と３階の…には". */
    // (?<!…) lets a search start only where a run begins: each run is read once, not once per start.
    private static final Pattern SPOT_END = Pattern.compile("(?<![、,\\s])[、,\\s]*+(と|や|及び|および|には|では|にも|でも|に|で|は|も)?[、,\\s]*+$");
    /** How high a device hangs is not where it is: "貸出カウンターの真上" is at the counter. */
    private static final Pattern HEIGHT = Pattern.compile("の(真上|真下|頭上|上部|上|下)$");
    /** How high over a spot, after its name: "車道の真上に". */
    private static final Pattern HEIGHT_AFTER = Pattern.compile("の(真上|真下|頭上|上部|上|下)");
    /** A spot outside a door or the building. */
    private static final Pattern OUTSIDE_SPOT = Pattern.compile("(玄関|入口|入り口|出入口|建物|庁舎)の外|屋外");
    private static final Pattern MOUNT_WORD = Pattern.compile("天井|壁|照明柱|電柱|支柱|柱|ポール");
    private static final Pattern SURFACE_ONLY = Pattern.compile("^(天井|壁|照明柱|電柱|支柱|柱|ポール|屋根|軒)(の上|の隅|の片隅)?$");
    /** A clause that names the place the next one is in: "地下２階の駐車場では、…". */
    private static final Pattern TOPIC = Pattern.compile("(では|には|でも|にも|は|に)$");
    /** A holder named after what was done to it: "公園の角に立てたポール" is in the park's corner. */
    private static final Pattern PUT_THERE = Pattern.compile("に[^に、。]{1,6}た$");
    private static final Pattern EXISTS = Pattern.compile(
            "(設置|取り付け|取付け|設け)(され|して|て|られ)|がある|があります|がありました|があった|付いている|ついている"
            + "|を見つけ|を見かけ|が見つか|が見え");
    private static final Pattern SEVERAL_PLACES = Pattern.compile("ここにもあそこにも|あちこち|あちらこちら");
    private static final Pattern WHOLE_BUILDING = Pattern.compile("(庁|館|舎|[都道府県市区町村])内|建物全体|全館|全部で|全体で|合計|合わせて|計$");
    /** The surface a device is mounted on ends the name of the spot: "売店前の廊下の天井", "東側通用口の壁". */
    private static final Pattern SURFACE_AREA = Pattern.compile("の(天井|壁|照明柱|電柱|支柱|柱|ポール)");
    private static final Pattern AREA_BEFORE = Pattern.compile("(には|にも|に|で)[^、]{0,12}$");
    // (?<!…) lets a search start only where a run begins: each run is read once, not once per start.
    // り and ヶ stand in place names: 中央通り, 入り口, 八ヶ岳
    /** が in a place's name: before 丘 and a noun it names ("ひばりが丘駅"), not "丘の上" (a hill). */
    private static final String GA_OKA = "が丘[\\p{IsHan}\\p{IsKatakana}]";
    // and い after 沿 (通学路沿い), digits after 第 (第2駐車場), が before 丘 with the word before it (ひばりが丘, 緑が丘)
    private static final Pattern AREA_CHARS = Pattern.compile(
            "(?<![\\p{IsHan}\\p{IsKatakana}ーの・りヶ])(?:[\\p{IsHan}\\p{IsKatakana}ーの・りヶ]++|(?<=沿)い|(?<=第)[0-9０-９]++"
            + "|(?<!\\p{IsHiragana})[\\p{IsHiragana}&&[^がの]]{1,4}+(?=" + GA_OKA + ")|(?<=[\\p{IsHan}\\p{IsHiragana}])(?="
            + GA_OKA + ")が)++$");
    /** The building a spot is named after, which is not part of it ("鹿沼市役所の地下駐車場"), unless the spot is by it ("市役所前"). */
    private static final Pattern BUILDING_FIRST = Pattern.compile("^(?:\\p{IsHan}{0,6}?(?:[都道府県]庁|[市区町村]役所)|庁舎"
            + "|\\p{IsHan}{1,4}?[都道府県市区町村]立\\p{IsHan}{0,6}?(?:図書館|博物館|美術館|病院|公民館|体育館|会館))(?![前横脇裏隣向周付近側])");
    /** Some of the devices just counted: "１２台の…カメラがあり、そのうち３台は". */
    private static final Pattern OF_THOSE = Pattern.compile("(?:^|、)(?:その)?うち[、\\s]*+$");
    /** A body's own account of the devices, which makes it their operator: "市の説明では", "町によると". */
    private static final Pattern OWN_ACCOUNT = Pattern.compile("(?<!\\p{IsHan})([都道府県市区町村])(?:の(?:説明|回答|資料|発表)|によると|によれば)");
    private static final Pattern PREVIOUSLY = Pattern.compile("前回[^。]{0,80}?報告");
    private static final Pattern PREVIOUS_AREA = Pattern.compile("^の?([^、。]*?)(の他|や|の天井|、|に|を|$)");
    // (?<!…) lets a search start only where a run begins: each run is read once, not once per start.
    private static final Pattern THAT_PLACE = Pattern.compile("(?<![\\p{IsHan}\\p{IsKatakana}ー])([\\p{IsHan}\\p{IsKatakana}ー]+)が(ある|あります)。?$");

    @Override
    public String id() {
        return "blog-html/sightings";
    }

    /** What the walk knows between sentences. */
    private static final class Walk {
        @CheckForNull Mention<Floor> floor;
        @CheckForNull DeviceType device;
        /** Whether the walk has left the building. */
        boolean outside;
        /** Whether the paragraph read so far names a device: a bare "…がある" counts only then. */
        boolean deviceNamed;
        String previousSentence = "";
        /** The sightings the sentence before made. */
        List<Sighting> made = List.of();
        /** The spot the list item being read is about ("①…正門前：…"), null outside an item. */
        @CheckForNull String item;
        /** The floor of the walk when the item being read began. */
        @CheckForNull Mention<Floor> floorBeforeItem;
        /** Whether only totals are read: in an introduction or a summary (■), which retells a walk's own counts. */
        boolean totalsOnly;
        /** The body that says it puts up the devices ("町内会では、…カメラを…増やしています"), who runs those the items list. */
        @CheckForNull String itemsRunBy;
        /** The group that publishes the blog, whose own devices "町内会の防犯カメラ" may name. */
        @CheckForNull String group;
        /** The post read, whose prefecture a count "県内に" is in and whose police a bare "県警" is. */
        final PostText post;

        Walk(PostText post) {
            this.post = post;
            this.group = post.group();
        }
    }

    @Override
    public void extract(PostText post, Extraction out) {
        Set<Integer> inNews = NewsBlockExtractor.quotedLines(post);
        Place building = Facilities.of(post);
        Walk walk = new Walk(post);
        int start = out.size();
        List<Inventory.Listing> listings = Inventory.of(post.lines()).stream()
                .filter(l -> !inNews.contains(l.first())).toList();
        int next = 0;
        for (PostText.Block whole : post.paragraphs()) {
            if (inNews.contains(whole.first())) {
                continue;
            }
            // an inventory's lines are read as its rows, in their place, the rest of their paragraph as prose
            for (PostText.Block paragraph : outside(whole, listings, post)) {
                for (; next < listings.size() && listings.get(next).first() < paragraph.first(); next++) {
                    listing(listings.get(next), post, building, inNews, out);
                }
                walk = paragraphOf(paragraph, post, building, walk, out);
            }
        }
        for (; next < listings.size(); next++) {
            listing(listings.get(next), post, building, inNews, out);
        }
        confirmed(out.since(start), out);
        ownedByAll(post, building, inNews, out.since(start), out);
        oneBodyOverJurisdictions(out.since(start), out);
        inTheirBodysTerritory(post, out.since(start), out);
        withShortNames(out.since(start), out);

    }

    /** A sentence telling whose all the devices just counted are: "どれも…自治会が設置したものです", "いずれも市が管理". */
    private static final Pattern ALL_OF = Pattern.compile("(?:どれも|いずれも|すべて|全て|全部|これら|このうち全て)[^。]{0,40}?"
            + "(?:が|で)[^、。]{0,12}?(?:設置|管理|所有|運用)|(?:設置|管理)(?:して(?:管理|運用))?(?:している|しています)?のは");
    /** A sentence speaking of all the devices of the building: "庁舎のカメラはどれも", "ほかのカメラはすべて". */
    private static final Pattern ALL_THE_BUILDINGS = Pattern.compile("(?:庁舎|館内|署内|建物|施設|ほか|他)の(?:防犯|監視)?カメラ(?:は|も)、?"
            + "(?:どれも|すべて|全て|いずれも|全部)");
    /**
     * A prefecture or municipality a count is made over, right before the count: "県内に計", "岡山市内に", "県全体の";
     * group 1 a jurisdiction named, group 2 the kind of the post's own ("県内"). A neighbourhood ("町内") is none.
     */
    private static final Pattern WITHIN = Pattern.compile("(?:(?<![\\p{IsHan}\\p{IsKatakana}ー])(?![当同本各他])(\\p{IsHan}{1,4}?[都道府県市区町村])"
            + "|(?<!\\p{IsHan})([都道府県市]))(?:内|全域|全体)(?:の|で|に|には|では|にある|だけで)?[、\\s]*+"
            + "(?:計|合計|総計|全部で|あわせて|合わせて)?[、\\s]*+$");
    /** A prefecture named by one of its bodies: "岡山県警察本部長", "愛媛県知事", "岡山県公安委員会". */
    private static final Pattern PREFECTURE_BODY = Pattern.compile(
            "(?<!\\p{IsHan})(\\p{IsHan}{1,3}?[都道府県])(?:警|知事|公安委員会|議会|庁|教育委員会|監査委員|立)");

    /**
     * {@return the jurisdiction a count is made over: the one {@link #WITHIN} names, else, for "県内" or "市内", the
     * building's when of that kind, else the prefecture the post names by one of its bodies; null when none is known}
     */
    @CheckForNull
    private static String jurisdiction(Matcher within, Place building, PostText post) {
        if (within.group(1) != null) {
            return within.group(1);
        }
        String kind = within.group(2);
        String own = building.jurisdiction();
        if (own != null && own.endsWith(kind)) {
            return own;
        }
        if ("市".equals(kind)) {
            return null;
        }
        Matcher named = PREFECTURE_BODY.matcher(post.whole());
        while (named.find()) {
            if (named.group(1).endsWith(kind)) {
                return named.group(1);
            }
        }
        return null;
    }

    /** {@return whether the post has already counted as many such devices in that place: "県全体の126台" retells "県内に計126台"} */
    private static boolean countedAlready(Extraction out, Place in, DeviceType device, Count count) {
        return out.records().stream().filter(Sighting.class::isInstance).map(Sighting.class::cast)
                .anyMatch(m -> in.equals(m.place()) && m.device() == device && m.count() != null
                        && Objects.equals(m.count().value(), count.value()));
    }

    /**
     * Gives the counts over a whole prefecture or municipality that name no operator ("「県内に計126台」という総数") the
     * operator of the post's other such counts ("県警が設置して管理している街頭カメラは、岡山市内に48台"), when they
     * all name the same one: one body's devices counted over its area and its parts.
     */
    private static void oneBodyOverJurisdictions(List<CivicRecord> made, Extraction out) {
        List<Sighting> over = made.stream().filter(Sighting.class::isInstance).map(Sighting.class::cast)
                .filter(m -> m.place() != null && m.place().jurisdiction() != null
                        && m.place().equals(Place.builder().jurisdiction(m.place().jurisdiction(), null).build()))
                .toList();
        Set<String> bodies = new HashSet<>();
        over.stream().map(Sighting::operator).filter(Objects::nonNull).forEach(bodies::add);
        if (bodies.size() != 1) {
            return;
        }
        String body = bodies.iterator().next();
        for (Sighting m : over) {
            if (m.operator() == null) {
                out.replace(m.toBuilder().operator(body).build());
            }
        }
    }

    /** A prefecture or municipality a body's name opens with: "郡山市教育委員会" is 郡山市's. */
    private static final Pattern BODY_OF = Pattern.compile("^(\\p{IsHan}{1,4}?[都道府県市区町村])(?:教育委員会|長|役所|役場|庁|議会|選挙管理委員会)?$");
    /** Devices put up in a municipality's own schools or facilities: "市立小中学校２１校に取り付けられた…". */
    private static final Pattern OWN_FACILITIES = Pattern.compile("(?<!\\p{IsHan})([都道府県市区町村])立\\p{IsHan}{0,6}?(?:学校|校|施設|公園|図書館)");

    /**
     * Places the counts that name no building and no jurisdiction in the territory of whoever runs them ("郡山市教育委員会
     * が…計７台" is in 郡山市), or, told of a municipality's own schools or facilities ("市立小中学校２１校に…計６３台"), in the
     * municipality the post is about: a body's devices counted over what is its own.
     */
    private static void inTheirBodysTerritory(PostText post, List<CivicRecord> made, Extraction out) {
        String own = null;
        boolean ownRead = false;
        for (CivicRecord r : made) {
            if (!(r instanceof Sighting m) || m.place() != null && (m.place().facility() != null || m.place().jurisdiction() != null
                    || m.place().floor() != null)) {
                continue;
            }
            Matcher body = m.operator() == null ? null : BODY_OF.matcher(m.operator());
            String jurisdiction = body != null && body.matches() ? body.group(1) : null;
            String quote = m.provenance() == null || m.provenance().quote() == null ? "" : m.provenance().quote();
            Matcher facilities = jurisdiction == null ? OWN_FACILITIES.matcher(quote) : null;
            if (facilities != null && facilities.find()) {
                if (!ownRead) {
                    own = Facilities.jurisdictionOf(post);
                    ownRead = true;
                }
                jurisdiction = own != null && own.endsWith(facilities.group(1)) ? own : null;
            }
            if (jurisdiction != null) {
                Place at = m.place() == null ? Place.builder().jurisdiction(jurisdiction, null).build()
                        : m.place().toBuilder().jurisdiction(jurisdiction, null).build();
                out.replace(m.toBuilder().place(at).build());
            }
        }
    }

    /** A list's mark opening a spot. */
    private static final Pattern LIST_MARK = Pattern.compile("^[・●○◆◇■□▪◎※\\s　]++");
    /** A municipality named with its prefecture: "滋賀県草津市". */
    private static final Pattern WITH_PREFECTURE = Pattern.compile("^\\p{IsHan}{1,3}?[都道府県](\\p{IsHan}{1,5}?[市区町村](?:教育委員会)?)$");

    @CheckForNull
    private static String blank(String s) {
        return s.isBlank() ? null : s;
    }

    /** {@return a municipality's name without the prefecture written before it ("滋賀県草津市" is 草津市), else as it is} */
    @CheckForNull
    static String shortName(@CheckForNull String name) {
        Matcher m = name == null ? null : WITH_PREFECTURE.matcher(name);
        return m != null && m.matches() ? m.group(1) : name;
    }

    /** Names the municipalities that run devices or hold them as the rest of the data does: by their own name. */
    private static void withShortNames(List<CivicRecord> made, Extraction out) {
        for (CivicRecord r : made) {
            if (r instanceof Sighting m) {
                String operator = shortName(m.operator());
                String jurisdiction = m.place() == null ? null : shortName(m.place().jurisdiction());
                if (!Objects.equals(operator, m.operator())
                        || m.place() != null && !Objects.equals(jurisdiction, m.place().jurisdiction())) {
                    out.replace(m.toBuilder().operator(operator)
                            .place(m.place() == null ? null : m.place().toBuilder().jurisdiction(jurisdiction, null).build()).build());
                }
            }
        }
    }

    /** A list item's spot opened by its floor: "１階の玄関の風除室". */
    private static final Pattern FLOOR_FIRST = Pattern.compile("^((?:地下)?[0-9０-９一二三四五六七八九十]{1,3}+(?:階|Ｆ|F))の(.+)$");
    /** A building's own grounds named alone as a list's spot: "駐車場", "建物の裏の駐車場", "西側の駐輪場". */
    private static final Pattern OWN_GROUNDS = Pattern.compile("^[^、。：:]{0,10}?(?:駐車場|駐輪場|敷地|中庭)$");

    /** The police named by no prefecture: "県警", "警察". */
    private static final Pattern POLICE_ALONE = Pattern.compile("県警|府警|道警|警察");
    /** A prefecture's police named in full, "青森県警察本部長", or short, "岡山県警". */
    private static final Pattern PREFECTURE_POLICE = Pattern.compile("(?<!\\p{IsHan})(\\p{IsHan}{1,3}?[都道府県])警(察)?");

    /**
     * {@return the police by the name the post gives it, when a runner is only the police ("県警", "警察"): the
     * prefecture's police it names in full ("青森県警察本部長" gives 青森県警察), else short ("富山県警"); null when it
     * names none, as the police of no prefecture is no one's; any other runner as it is}
     */
    @CheckForNull
    private static String police(String runBy, PostText post) {
        if (!POLICE_ALONE.matcher(runBy).matches()) {
            return runBy;
        }
        Matcher named = PREFECTURE_POLICE.matcher(post.whole());
        String shortName = null;
        while (named.find()) {
            if (named.group(2) != null) {
                return named.group(1) + "警察";
            }
            shortName = shortName == null ? named.group() : shortName;
        }
        return shortName;
    }

    /** Where a body line is named in a provenance's locator. */
    private static final Pattern BODY_LINE = Pattern.compile("body line (\\d+)");

    /**
     * Gives the devices counted in the few lines around a sentence that says whose they all are ("どれも…自治会が
     * 設置したものです") that body as their operator, where none was named for them.
     */
    private static void ownedByAll(PostText post, Place building, Set<Integer> inNews, List<CivicRecord> made, Extraction out) {
        List<String> lines = post.lines();
        for (int k = 0; k < lines.size(); k++) {
            if (inNews.contains(k) || !ALL_OF.matcher(lines.get(k)).find()) {
                continue;
            }
            String before = String.join("", lines.subList(0, k));
            String runBy = null;
            for (String s : Sentences.of(lines.get(k))) {
                if (ALL_OF.matcher(s).find()) {
                    runBy = listOperatorIn(s, before, building, post.group());
                    if (runBy != null) {
                        break;
                    }
                }
                before = before + s;
            }
            if (runBy == null) {
                continue;
            }
            runBy = police(runBy, post);
            if (runBy == null) {
                continue;
            }
            // "庁舎のカメラはどれも県警が設置", "ほかのカメラはすべて…": every device of the building, not the few around
            boolean wholeBuilding = building.facility() != null && ALL_THE_BUILDINGS.matcher(lines.get(k)).find();
            for (CivicRecord r : made) {
                if (r instanceof Sighting sg && sg.operator() == null && sg.provenance() != null && sg.provenance().locator() != null) {
                    Matcher at = BODY_LINE.matcher(sg.provenance().locator());
                    int line = at.find() ? Integer.parseInt(at.group(1)) - 1 : -1;
                    boolean inBuilding = wholeBuilding && sg.place() != null
                            && Objects.equals(sg.place().facility(), building.facility());
                    if (line >= 0 && (inBuilding || line >= k - 6 && line <= k + 3)) {
                        out.replace(sg.toBuilder().operator(runBy).place(inJurisdictionOf(sg.place() == null
                                ? Place.builder().build() : sg.place(), runBy)).build());
                    }
                }
            }
        }
    }

    /** A sentence telling that what was seen is what a list gives: "一覧表の４台のとおりでした", "リストと同じ". */
    private static final Pattern CONFIRMS = Pattern.compile("(?:一覧|リスト|表|資料|文書|図)[^、。]{0,12}?(?:の)?(?:とおり|通り|どおり)"
            + "|(?:一覧|リスト|表|資料|文書)[^、。]{0,6}?と(?:同じ|一致)");

    /**
     * Drops the counts of a walk that only confirm an inventory's ("…一覧表の４台のとおりでした"): a sighting told in a
     * sentence that says so, with the same device, count and floor as a row of an inventory read before it.
     */
    private static void confirmed(List<CivicRecord> made, Extraction out) {
        List<Sighting> listed = new ArrayList<>();
        for (CivicRecord r : made) {
            if (!(r instanceof Sighting s)) {
                continue;
            }
            if (s.provenance() != null && Double.valueOf(LISTED).equals(s.provenance().confidence())) {
                listed.add(s);
            } else if (s.provenance() != null && s.provenance().quote() != null && CONFIRMS.matcher(s.provenance().quote()).find()
                    && listed.stream().anyMatch(l -> l.device() == s.device() && Objects.equals(l.count().value(), s.count().value())
                    && (l.place() == null || s.place() == null || l.place().floor() == null || s.place().floor() == null
                    || l.place().floor().equals(s.place().floor())))) {
                out.remove(s.id());
            }
        }
    }

    /** The confidence of a count read from an inventory's row, by which the walk's counts that confirm it know it. */
    private static final double LISTED = 0.8;
    /** A facility named as a list's spot: a park, a school, a hall, a station ("東堀通公園", "二丁目集会所"). */
    private static final Pattern FACILITY_NAME = Pattern.compile("(?:公園|広場|緑地|小学校|中学校|高校|高等学校|学校|図書館|公民館"
            + "|集会所|会館|センター|体育館|庁舎|役所|役場|駅|病院|団地|プール)$");
    /** The surface at the end of a list's spot, which is its mount, not its place: "階段の上の壁", "通路の天井". */
    private static final Pattern SURFACE_END = Pattern.compile("(?:の上|の下)?の(?:天井|外壁|壁面|壁|照明柱|電柱|支柱|柱|ポール)$");
    /** Who runs what a list counts, after the devices: "設置して管理しているのは長野市", "管理者は郡山市". */
    private static final Pattern RUN_BY_IS = Pattern.compile("(?:設置|管理|運用)(?:して(?:管理|運用))?(?:している|しています|する)?"
            + "(?:のは|者は)[、\\s]*+(\\p{IsHan}{1,8}?(?:[都道府県市区町村]|教育委員会|警察|町内会|自治会|局|省|庁))(?![\\p{IsHan}])");
    /** A board of a municipality as the operator: "市教育委員会が設置した", "郡山市教育委員会が管理する". */
    private static final Pattern BOARD_OPERATES = Pattern.compile(
            "(?<!\\p{IsHan})(\\p{IsHan}{0,6}?[都道府県市区町村])?(教育委員会|教委|選挙管理委員会|水道局|交通局)が(?:管理|設置|所有|運用)");
    /** A residents' body setting the devices up: "自治会が設置した", "白子地区自治会連絡協議会が設置". */
    private static final Pattern COMMUNITY_OPERATES = Pattern.compile("(?<![\\p{IsHan}\\p{IsKatakana}ー])(?![各他同当本])([\\p{IsHan}\\p{IsKatakana}ー]{0,12}?"
            + "(?:町内会|自治会|商店会|商店街|管理組合|協議会|振興会))が(?:管理|設置|所有|運用)");
    /** A municipality or prefecture named in full before a word that leans on it: "新潟市長に対し", "新潟市内の". */
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "(?<!\\p{IsHan})(\\p{IsHan}{1,4}?[都道府県市町村])(?=長|役所|役場|庁|議会|教育委員会|立|内|の|に|は|が|で|と|へ|、)");

    /**
     * An inventory's rows as sightings: each row's count at its facility (a column of them, or a list's spot that is
     * one), else in the post's building at the row's spot and floor, with the mount its spot or note names; the
     * total at the building, or in the jurisdiction of whoever runs them. Who runs them is told beside the list
     * ("いずれも市が設置したもので", "カメラを設置して管理しているのは長野市で").
     */
    private void listing(Inventory.Listing l, PostText post, Place building, Set<Integer> inNews, Extraction out) {
        PostText.Block lines = post.block(l.first(), l.end());
        out.guard(lines, () -> {
            String runBy = listOperator(l, post, building, inNews);
            String lead = String.join("", post.lines().subList(Math.max(0, l.first() - 2), l.first()));
            DeviceType device = lead.contains("マイク") || lead.contains("盗聴器") ? DeviceType.MICROPHONE : DeviceType.CAMERA;
            boolean ownFacilities = l.rows().stream().anyMatch(r -> r.facility() != null
                    || r.spot() != null && FACILITY_NAME.matcher(spotOf(r.spot())).find());
            for (Inventory.Row r : l.rows()) {
                PostText.Block row = post.block(r.line(), r.line() + 1);
                String text = row.lines().get(0);
                Place place;
                String area = null;
                Mention<Floor> floor = null;
                String spot = r.spot() == null ? null : spotOf(r.spot());
                String said = (r.spot() == null ? "" : r.spot()) + (r.note() == null ? "" : r.note());
                if (r.total()) {
                    place = ownFacilities ? inJurisdictionOf(Place.builder().build(), runBy) : building;
                } else {
                    String facility = r.facility() != null ? r.facility()
                            : spot != null && FACILITY_NAME.matcher(spot).find() ? spot : null;
                    place = facility != null ? Place.builder().facility(facility).build() : building;
                    String where = facility != null && r.facility() == null ? null : spot;
                    area = where == null ? null : SURFACE_END.matcher(where).replaceFirst("");
                    area = area == null || area.isEmpty() || SURFACE_ONLY.matcher(area).matches() ? null : area;
                    List<Mention<Floor>> floors = r.floor() == null ? List.of() : JapaneseFloors.findAll(r.floor());
                    floor = floors.isEmpty() ? null : floors.get(0);
                }
                Place at = inJurisdictionOf(place, runBy);
                Sighting made = sighting(out, at, floor, area, device, said, r.total() ? null : mount(said), r.count(), null,
                        row, LISTED).toBuilder().operator(runBy).build();
                out.add(made);
            }
        });
    }

    /** A list's spot without the note in brackets it may carry: "通路の天井（ドーム型）" is 通路の天井. */
    private static String spotOf(String spot) {
        return BRACKETED_NOTE.matcher(spot).replaceAll("").strip();
    }

    /**
     * {@return who runs the devices an inventory counts, as the sentences just before or just after it say; null
     * when they name no one}
     */
    @CheckForNull
    private static String listOperator(Inventory.Listing l, PostText post, Place building, Set<Integer> inNews) {
        List<String> lines = post.lines();
        List<Integer> near = new ArrayList<>();
        for (int k = l.first() - 1; k >= Math.max(0, l.first() - 4); k--) {
            near.add(k);
        }
        for (int k = l.end(); k < Math.min(lines.size(), l.end() + 3); k++) {
            near.add(k);
        }
        for (int k : near) {
            if (inNews.contains(k) || lines.get(k).isBlank()) {
                continue;
            }
            String before = String.join("", lines.subList(0, k));
            for (String s : Sentences.of(lines.get(k))) {
                String runBy = listOperatorIn(s, before, building, post.group());
                if (runBy != null) {
                    return runBy;
                }
                before = before + s;
            }
        }
        return null;
    }

    @CheckForNull
    private static String listOperatorIn(String s, String before, Place building, @CheckForNull String group) {
        Matcher board = BOARD_OPERATES.matcher(s);
        if (board.find()) {
            String of = board.group(1);
            String body = of == null ? null : of.length() > 1 ? of : municipality(of, before + s.substring(0, board.start()), building, group);
            // "市教委" is the board of education
            return body == null ? null : body + ("教委".equals(board.group(2)) ? "教育委員会" : board.group(2));
        }
        Matcher community = COMMUNITY_OPERATES.matcher(s);
        if (community.find()) {
            return bodyNamed(community.group(1), before + s.substring(0, community.start()), building, group);
        }
        Matcher named = OPERATOR.matcher(s);
        if (named.find()) {
            return named.group(1).length() > 1 ? named.group(1)
                    : municipality(named.group(1), before + s.substring(0, named.start()), building, group);
        }
        Matcher bare = BODY_OPERATES.matcher(s);
        if (bare.find()) {
            return municipality(bare.group(1), before + s.substring(0, bare.start()), building, group);
        }
        Matcher is = RUN_BY_IS.matcher(s);
        if (is.find()) {
            return is.group(1).length() > 1 ? is.group(1) : municipality(is.group(1), before, building, group);
        }
        Matcher state = AGENCY_OPERATES.matcher(s);
        if (state.find()) {
            return state.group(1);
        }
        Matcher police = POLICE_OPERATES.matcher(s);
        if (police.find()) {
            return police.group(1);  // named by its prefecture after (police)
        }
        Matcher owner = OWNER.matcher(s);
        return owner.find() ? bodyNamed(owner.group(1), before + s.substring(0, owner.start()), building, group) : null;
    }

    /** A bureau or ministry of the state setting up the devices: "四国財務局が庁舎の管理のために設置した". */
    private static final Pattern AGENCY_OPERATES = Pattern.compile(
            "(?<!\\p{IsHan})(\\p{IsHan}{2,8}?(?:局|省|庁))が[^、。]{0,12}?(?:設置|管理|所有|運用)");

    /** {@return the municipality a bare kind ("市") names: as {@code bodyNamed} finds it, else the last named before} */
    @CheckForNull
    private static String municipality(String kind, String before, Place building, @CheckForNull String group) {
        String body = bodyNamed(kind, before, building, group);
        if (body != null) {
            return body;
        }
        Matcher m = MUNICIPALITY.matcher(before);
        String last = null;
        while (m.find()) {
            if (m.group(1).endsWith(kind)) {
                last = m.group(1);
            }
        }
        return last;
    }

    /** {@return the runs of a paragraph's lines outside the inventories} */
    private static List<PostText.Block> outside(PostText.Block p, List<Inventory.Listing> listings, PostText post) {
        List<PostText.Block> runs = new ArrayList<>();
        int start = -1;
        int end = p.first() + p.lines().size();
        for (int i = p.first(); i <= end; i++) {
            int at = i;
            boolean out = i < end && listings.stream().noneMatch(l -> l.holds(at));
            if (out && start < 0) {
                start = i;
            } else if (!out && start >= 0) {
                runs.add(post.block(start, i));
                start = -1;
            }
        }
        return runs;
    }

    /** Reads one paragraph of the walk; {@return the walk the next paragraph goes on with} */
    private Walk paragraphOf(PostText.Block paragraph, PostText post, Place building, Walk walkSoFar, Extraction out) {
        Walk walk = walkSoFar;
        PostText.Block p = paragraph;
        if (p.lines().get(0).startsWith("■")) {
            out.guard(paragraph, () -> previouslyReported(paragraph, building, out));
            // a total it gives is its own finding, which no walk tells: "■…によると、駅東地区には…計１６台"
            Walk totals = new Walk(post);
            totals.totalsOnly = true;
            PostText.Block heading = post.block(p.first(), p.first() + 1);
            out.guard(heading, () -> paragraph(heading, building, totals, out));
            walk = new Walk(post);
            if (p.lines().size() == 1) {
                return walk;
            }
            // the lines after a heading line in the same paragraph are a new walk: "■…を見て回りました。<br>公園の…に１台"
            p = post.block(p.first() + 1, p.first() + p.lines().size());
        }
        PostText.Block body = p;
        Walk w = walk;
        w.deviceNamed = false;
        out.guard(body, () -> paragraph(body, building, w, out));
        return walk;
    }

    /**
     * Reads a paragraph's prose; a line opened by a list mark and a spot before a colon is an item, read on its
     * own: its counts are at that spot, on the walk's floor unless it names its own or is in the street, and it
     * leaves no floor of its own to what follows.
     */
    private void paragraph(PostText.Block p, Place building, Walk walk, Extraction out) {
        List<String> lines = p.lines();
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            String spot = itemSpot(lines.get(i));
            if (spot == null) {
                continue;
            }
            prose(String.join("", lines.subList(from, i)), p, building, walk, out);
            Mention<Floor> floor = walk.floor;
            boolean outside = walk.outside;
            walk.floorBeforeItem = floor;
            walk.item = spot;
            walk.outside = false;
            Matcher onFloor = FLOOR_FIRST.matcher(spot);
            List<Mention<Floor>> itemFloor = onFloor.matches() ? JapaneseFloors.findAll(onFloor.group(1)) : List.of();
            if (itemFloor.size() == 1 && itemFloor.get(0).text().equals(onFloor.group(1))) {
                // "・１階の玄関の風除室：…": the spot on that floor
                walk.item = onFloor.group(2);
                walk.floor = itemFloor.get(0);
                walk.floorBeforeItem = walk.floor;
            }
            Matcher item = ITEM.matcher(lines.get(i));
            prose(item.find() ? lines.get(i).substring(item.end()) : lines.get(i), p, building, walk, out);
            walk.item = null;
            walk.floor = floor;
            walk.outside = outside;
            from = i + 1;
        }
        prose(String.join("", lines.subList(from, lines.size())), p, building, walk, out);
    }

    /**
     * {@return the spot a list item's line is about ("①さくら通り小学校の正門前：…" → さくら通り小学校の正門前), or null
     * when the line is no item or what stands before its colon is no place: a floor (the walk's own heading,
     * "◆２階：…"), a date ("○2015年3月20日:…"), a word of what a source says, or words not ending as a place does}
     */
    @CheckForNull
    private static String itemSpot(String line) {
        Matcher m = ITEM.matcher(line);
        if (!m.find()) {
            return null;
        }
        String spot = m.group(1).strip();
        Matcher onFloor = FLOOR_FIRST.matcher(spot);
        String place = onFloor.matches() ? onFloor.group(2) : spot;
        return PLACE_END.matcher(spot).find() && JapaneseFloors.findAll(place).isEmpty() && JapaneseDates.findAll(spot).isEmpty()
                && !NOT_A_PLACE.matcher(spot).find() ? spot : null;
    }

    private void prose(String text, PostText.Block p, Place building, Walk walk, Extraction out) {
        for (String s : Sentences.of(text)) {
            int before = out.size();
            sentence(s, p, building, walk, out);
            walk.previousSentence = s;
            // only this sentence's records are copied, not all the post's so far
            walk.made = out.since(before).stream()
                    .filter(Sighting.class::isInstance).map(Sighting.class::cast).toList();
        }
    }

    private void sentence(String s, PostText.Block p, Place building, Walk walk, Extraction out) {
        List<Mention<Floor>> floors = JapaneseFloors.findAll(s);
        boolean sensor = s.contains("センサー");
        boolean bugFound = BUG_FOUND.matcher(s).find();
        boolean microphone = s.contains("マイク") || s.contains("盗聴器") && !bugFound;
        boolean alpr = ALPR.matcher(s).find();
        boolean camera = s.contains("カメラ");
        boolean denial = s.contains("カメラではない") || s.contains("カメラではありません");
        DeviceType device = sensor ? DeviceType.MOTION_SENSOR : microphone ? DeviceType.MICROPHONE
                : alpr ? DeviceType.ALPR : camera ? DeviceType.CAMERA : walk.device;
        boolean named = sensor || microphone || alpr || camera;
        List<Mention<Count>> told = JapaneseNumbers.findCounts(s).stream()
                .filter(c -> c.value().isNone() || c.value().value() == null && c.text().contains("数")
                        || DEVICE_COUNTER.matcher(c.text()).find() || named && PLACE_COUNTER.matcher(c.text()).find())
                .filter(c -> !PLANNED.matcher(s.substring(c.end())).find())
                .filter(c -> c.value().value() != null || !NOT_COUNTED.matcher(s.substring(c.end())).find())
                .filter(c -> countsADevice(s, c))
                .filter(c -> !walk.totalsOnly || TOTAL.matcher(s.substring(0, c.start())).find())
                .toList();
        // "一昨年度の３台、昨年度の２台と合わせて、計８台": the counts added to a total, at no spot, are no sightings of their own
        // a later total a count is added to has the words between: the last total and the last such words before it decide
        int lastTotal = -1;
        for (Mention<Count> t : told) {
            lastTotal = TOTAL.matcher(s).region(Math.max(0, t.start() - 12), t.start()).find() ? t.start() : lastTotal;
        }
        int lastAdded = -1;
        Matcher adding = ADDED_TO.matcher(s).region(0, Math.max(0, lastTotal));
        while (adding.find()) {
            lastAdded = adding.start();
        }
        List<Mention<Count>> counts = new ArrayList<>();
        int previous = 0;
        for (Mention<Count> c : told) {
            boolean added = c.end() < lastTotal && lastAdded >= c.end();
            if (!added || area(s.substring(previous, c.start()), "") != null) {
                counts.add(c);
            }
            previous = c.end();
        }
        if (walk.item == null) {
            ownDevices(s, building, walk);
        }
        if (walk.totalsOnly && counts.isEmpty()) {
            return;
        }
        if (floors.isEmpty() && (GOING_OUTSIDE.matcher(s).find() || OUTDOOR_PLACE.matcher(s).find())) {
            walk.floor = null;
            walk.outside = true;
        }
        Mention<Floor> carried = walk.floor;
        if (!floors.isEmpty()) {
            walk.floor = floors.get(floors.size() - 1);
            walk.outside = false;
        }
        if (named) {
            walk.device = device;
            walk.deviceNamed = true;
        }
        if (denial && counts.isEmpty()) {
            return;
        }
        Matcher typeFirst = TYPE_FIRST.matcher(s);
        if (counts.isEmpty() && typeFirst.find() && !walk.made.isEmpty()) {
            // "旋回式で、…": the type of the cameras the sentence before counted
            CameraType type = cameraType(typeFirst.group(1));
            for (Sighting m : walk.made) {
                if (m.device() == DeviceType.CAMERA && m.cameraType() == null) {
                    out.replace(m.toBuilder().cameraType(type).build());
                }
            }
            return;
        }
        Matcher noneThere = NONE_THERE.matcher(s);
        if (walk.item != null && counts.isEmpty() && !denial && floors.isEmpty() && noneThere.find()) {
            // "⑥ひまわり公園：…カメラ本体は見当たりませんでした": none at the item's spot
            atItem(s, "", Count.none().withOriginal(noneThere.group()), deviceNamed(noneThere.group(1)), null, walk.floor, p,
                    building, walk, out);
            return;
        }
        noneThere.reset();
        if (counts.isEmpty() && !denial && !floors.isEmpty() && noneThere.find()) {
            noneAt(s, floors, noneThere, p, building, out);
            return;
        }
        if (counts.isEmpty() && !denial && floors.isEmpty() && carried != null) {
            // "３階：…に１台だけです。議会事務局の前の廊下には見当たりませんでした": none there, on the floor walked,
            // of the device the sentence names or else of the walk's
            Matcher none = named ? noneThere : NONE_AT_SPOT.matcher(s);
            DeviceType what = named ? device : walk.device;
            if (what != null && walk.deviceNamed && none.find(0)) {
                int at = named ? nounStart(s, none.start()) : none.start(1);
                add(s, 0, at, Count.none().withOriginal(named ? none.group() : none.group(1)), floors, carried, what, null, p,
                        building, walk, out, 0.7);
                return;
            }
        }
        Mount ofThose = counts.isEmpty() && ALL_OF_THOSE.matcher(s).find() && EXISTS.matcher(s).find() ? mount(s) : null;
        if (ofThose != null && !walk.made.isEmpty()) {
            // "どれも信号柱に取り付けられていました": the mount of what the sentence before counted
            for (Sighting m : walk.made) {
                if (m.mount() == null) {
                    out.replace(m.toBuilder().mount(ofThose).build());
                }
            }
            return;
        }
        Matcher exists = EXISTS.matcher(s);
        if (counts.isEmpty() && ALL_OF.matcher(s).find()) {
            return;  // "庁舎のカメラはどれも県警が設置しているもの": whose the devices counted are, no sighting of its own
        }
        if (counts.isEmpty()) {
            if (named && carried == null && floors.isEmpty() && exists.find()) {
                // one device named in the street, without a count: a sighting with no count
                int clauseEnd = s.indexOf('、', exists.end());
                String area = area(clauseEnd < 0 ? s : s.substring(0, clauseEnd), walk.previousSentence);
                if (area != null && STREET.matcher(area).find()) {
                    out.add(sighting(out, street(building), null, area, device, s, mount(s), null, SurveillanceZone.OUTDOOR,
                            p, 0.6));
                } else {
                    atSpotOfBuilding(s, s.length(), area, device, mount(s), null, building, p, out);
                }
                return;
            }
            if (device == null || !walk.deviceNamed || !EXISTS.matcher(s).find() || carried == null && floors.isEmpty()) {
                return;
            }
            Count c = SEVERAL_PLACES.matcher(s).find()
                    ? Count.atLeast(2).withOriginal(match(SEVERAL_PLACES, s))
                    : Count.atLeast(1).withOriginal(match(EXISTS, s));
            add(s, 0, s.length(), c, floors, carried, device, mount(s), p, building, walk, out, 0.6);
            return;
        }
        String tail = s.substring(counts.get(counts.size() - 1).end());
        String byAccount = operatorByAccount(s, building);
        int clauseStart = 0;
        CivicRecord mark = out.last();
        for (Mention<Count> c : counts) {
            // the sighting the count before made, which "そのうち" takes some of
            Sighting counted = out.last() != mark && out.last() instanceof Sighting made ? made : null;
            mark = out.last();
            String clause = s.substring(clauseStart, c.start());
            int from = clauseStart;
            clauseStart = c.end();
            DeviceType d = deviceOf(s, c, walk.device);
            if (d == null || bugFound && d == DeviceType.MICROPHONE) {
                continue;
            }
            if (RECORDS_SOUND.matcher(s.substring(c.end())).find()) {
                d = DeviceType.MICROPHONE;
            }
            walk.device = d;
            Count count = c.value().withOriginal(c.text());
            if (counted != null && OF_THOSE.matcher(clause).find()) {
                // "そのうち３台は音声も録音できる": some of those just counted, where they are
                out.add(counted.toBuilder().id(out.nextId("sighting")).device(d).count(count)
                        .cameraType(d == DeviceType.CAMERA ? counted.cameraType() : null).build());
                continue;
            }
            if (floors.isEmpty() && splitsTheCountBefore(s, from, c, walk.made)) {
                // "電柱に２台。東向きと西向きに１台ずつです。": the two told apart, no more cameras
                continue;
            }
            boolean floorHere = floors.stream().anyMatch(f -> f.end() <= c.start());
            Mount mount = mount(clause) != null ? mount(clause) : mount(tail);
            if (walk.item != null) {
                if (floorHere || carried != null && carried != walk.floorBeforeItem) {
                    // "③駅東第２駐車場：１階の出入口に２台": the item's spot is the building its floors are in
                    add(s, from, c.start(), count, floors, carried, d, mount, p,
                            street(building).toBuilder().facility(walk.item).build(), walk, out, 0.8);
                } else {
                    atItem(s, s.substring(from, c.start()), count, d, mount, carried, p, building, walk, out);
                }
                continue;
            }
            boolean noWalk = !floorHere && carried == null && !walk.outside;
            String area = noWalk ? area(s.substring(from, c.start()), walk.previousSentence) : null;
            if (noWalk && area == null) {
                area = walkedThrough(s.substring(from, c.start()));
            }
            if (noWalk && area == null) {
                area = earlierClauseSpot(s.substring(from, c.start()));
            }
            if (noWalk && area == null && from == 0) {
                area = openingTopic(s);
            }
            Matcher within = noWalk && walk.item == null ? WITHIN.matcher(s.substring(from, c.start())) : null;
            String jurisdiction = within != null && within.find() ? jurisdiction(within, building, walk.post) : null;
            if (jurisdiction != null) {
                // "県内に計126台", "岡山市内に48台": devices counted over a prefecture or a municipality, at no one place
                String operatorNamed = operator(s.substring(0, c.start()), building, walk);
                Matcher police = POLICE_OPERATES.matcher(s).region(0, c.start());
                if (operatorNamed == null && police.find()) {
                    operatorNamed = police.group(1);  // "県警が設置して管理している街頭カメラは": the force the post names
                }
                String runBy = operatorNamed == null ? null : police(operatorNamed, walk.post);
                Place in = Place.builder().jurisdiction(jurisdiction, null).build();
                if (!countedAlready(out, in, d, count)) {
                    out.add(sighting(out, in, null, null, d, s, mount, count, null, p, 0.7).toBuilder().operator(runBy).build());
                }
                continue;
            }
            // a street or a body's district, even for a total: "駅東地区には市の防犯カメラが計１６台"
            boolean street = area != null && (STREET.matcher(area).find() || DISTRICT.matcher(area).find());
            if (!floorHere && !street && WHOLE_BUILDING.matcher(s.substring(0, c.start())).find()) {
                String runBy = operator(s.substring(0, c.start()), building, walk);
                out.add(sighting(out, inJurisdictionOf(building, runBy), null, null, d, s, mount, count, null, p, 0.8)
                        .toBuilder().operator(runBy).build());
                continue;
            }
            if (noWalk) {
                // no building walk: cameras counted in a street, a district, a car park are outside
                if (street) {
                    String runBy = byAccount != null ? byAccount : operator(s.substring(0, c.start()), building, walk);
                    // a body's district is where its devices are counted, in no zone of its own
                    SurveillanceZone zone = DISTRICT.matcher(area).find() ? null : SurveillanceZone.OUTDOOR;
                    out.add(sighting(out, inJurisdictionOf(street(building), runBy), null, area, d, s, mount, count, zone, p,
                            0.7).toBuilder().operator(runBy).build());
                } else {
                    atSpotOfBuilding(s.substring(0, c.start()), c.start(), area, d, mount, count, building, p, out);
                }
                continue;
            }
            add(s, from, c.start(), count, floors, carried, d, mount, p, building, walk, out, floorHere ? 0.9 : 0.75);
        }
    }

    /**
     * Whether a count of each ("東向きと西向きに１台ずつ") over the things its clause joins tells apart the one count the
     * sentence before made: as many in all as that count, so no devices of its own.
     */
    private static boolean splitsTheCountBefore(String s, int from, Mention<Count> c, List<Sighting> before) {
        if (before.size() != 1 || before.get(0).count() == null || before.get(0).count().value() == null
                || c.value().value() == null || !EACH_AFTER.matcher(s).region(c.start(), s.length()).lookingAt()) {
            return false;
        }
        String clause = EACH.matcher(s.substring(from, c.start())).replaceFirst("");
        String joined = TRAILING_PARTICLE.matcher(clause.substring(clause.lastIndexOf('、') + 1)).replaceFirst("");
        long parts = JOINED.splitAsStream(joined).filter(part -> !part.isBlank()).count();
        return parts > 1 && c.value().value() * parts == before.get(0).count().value();
    }

    /**
     * "２階の閲覧室と３階の郷土資料室には、カメラは見当たらなかった": none at each floor the sentence names,
     * in the spot named after it.
     */
    private void noneAt(String s, List<Mention<Floor>> floors, Matcher none, PostText.Block p, Place building,
                        Extraction out) {
        DeviceType device = deviceNamed(none.group(1));
        for (int i = 0; i < floors.size(); i++) {
            Mention<Floor> f = floors.get(i);
            int end = i + 1 < floors.size() ? floors.get(i + 1).start() : nounStart(s, none.start());
            if (end <= f.end()) {
                continue;
            }
            String named = SPOT_END.matcher(s.substring(f.end(), end)).replaceFirst("");
            String area = named.isEmpty() ? null : spot(named, "");
            out.add(sighting(out, building, f, area, device, s, null, Count.none().withOriginal(none.group()), null, p,
                    0.8));
        }
    }

    /** Where the noun ending at {@code at} starts: "監視カメラ" starts at 監, not at カ. */
    private static int nounStart(String s, int at) {
        int i = at;
        while (i > 0 && Character.UnicodeScript.of(s.charAt(i - 1)) == Character.UnicodeScript.HAN) {
            i--;
        }
        return i;
    }

    /**
     * Whether a count may be of devices: not when it follows another noun with its particle ("記事を二つ紹介します",
     * "車が３台"), which it counts; a device ("カメラが１台") or a kind of one ("ドーム型が２台") it may.
     */
    private static boolean countsADevice(String s, Mention<Count> c) {
        Matcher noun = COUNTED_NOUN.matcher(s).region(Math.max(0, c.start() - 16), c.start());
        if (!noun.find() || DEVICE_WORD.matcher(noun.group(1)).find() || DEVICE_KIND.matcher(noun.group(1)).find()) {
            return true;
        }
        // "Ｎシステムとみられる装置が２基": a word for any device stands for the one its clause names
        int clause = s.lastIndexOf('、', noun.start(1)) + 1;
        return ANY_DEVICE.matcher(noun.group(1)).find() && DEVICE_WORD.matcher(s.substring(clause, noun.start(1))).find();
    }

    /** The device a count is of: the one named last before it, else the one named next after it, else the walk's. */
    @CheckForNull
    private static DeviceType deviceOf(String s, Mention<Count> c, @CheckForNull DeviceType walking) {
        String named = null;
        Matcher before = DEVICE_WORD.matcher(s.substring(0, c.start()));
        while (before.find()) {
            named = before.group();
        }
        if (named == null) {
            Matcher after = DEVICE_WORD.matcher(s.substring(c.end()));
            named = after.find() ? after.group() : null;
        }
        if (named == null) {
            return walking != null ? walking : c.text().contains("基") ? DeviceType.CAMERA : null;
        }
        return deviceNamed(named);
    }

    /** The device a device word names: "センサー" a motion sensor, "Ｎシステム" a licence-plate reader, "カメラ" a camera. */
    private static DeviceType deviceNamed(String word) {
        return switch (word) {
            case "センサー" -> DeviceType.MOTION_SENSOR;
            case "マイク", "盗聴器" -> DeviceType.MICROPHONE;
            case "Ｎシステム", "Nシステム" -> DeviceType.ALPR;
            default -> DeviceType.CAMERA;
        };
    }

    /** The camera type a type word names: "旋回式" panning, "ドーム型" a dome, "固定式" fixed. */
    private static CameraType cameraType(String word) {
        if (word.startsWith("旋回") || word.startsWith("首振り") || word.startsWith("パン")) {
            return CameraType.PANNING;
        }
        return word.startsWith("固定") ? CameraType.FIXED : CameraType.DOME;
    }

    /**
     * A sighting of what a sentence counts at {@code at}: its floor is the last named before it (else the one
     * carried), its area the spot named between {@code from} (the end of the count before) and it.
     */
    private void add(String s, int from, int at, Count count, List<Mention<Floor>> floors,
                     @CheckForNull Mention<Floor> carried, DeviceType device, @CheckForNull Mount mount,
                     PostText.Block p, Place building, Walk walk, Extraction out, double confidence) {
        Mention<Floor> floor = walk.outside && floors.isEmpty() ? null : carried;
        int start = from;
        // the floors named one after another before it ("２階と３階の…"), of which "１台ずつ" counts each
        List<Mention<Floor>> joined = new ArrayList<>();
        for (Mention<Floor> f : floors) {
            if (f.end() <= at) {
                if (joined.isEmpty() || !JOINED.matcher(s.substring(joined.get(joined.size() - 1).end(), f.start())).matches()
                        || f.start() < from) {
                    joined.clear();
                }
                joined.add(f);
                floor = f;
                start = Math.max(from, f.end());
            }
        }
        String before = EACH.matcher(s.substring(start, at)).replaceFirst("");
        String named = area(before, walk.previousSentence);
        String area = named != null ? named : walkedThrough(before);
        if (area == null && floor == null && floors.isEmpty()) {
            area = openingTopic(s);
        }
        SurveillanceZone zone = walk.outside && floor == null || OUTSIDE_SPOT.matcher(s.substring(from, at)).find()
                ? SurveillanceZone.OUTDOOR : null;
        boolean each = joined.size() > 1 && joined.get(0).start() >= from && EACH_AFTER.matcher(s).region(at, s.length()).lookingAt();
        for (Mention<Floor> f : each ? joined : java.util.Collections.singletonList(floor)) {
            out.add(sighting(out, building, f, area, device, s, mount, count, zone, p, confidence));
        }
    }

    /**
     * Outside a floor walk, a device at one spot of a building the sentence names ("市役所の正面玄関には、カメラが
     * １台", "…役所の正面玄関にカメラがあった"): a sighting in that building at that spot, with the count when one
     * is given. {@code area} is the spot read before the count (or in the sentence), which must follow the
     * building's name.
     */
    private void atSpotOfBuilding(String before, int at, @CheckForNull String area, DeviceType device,
                                  @CheckForNull Mount mount, @CheckForNull Count count, Place building, PostText.Block p,
                                  Extraction out) {
        Facilities.Named named = area == null ? null : Facilities.lastIn(before.substring(0, Math.min(at, before.length())));
        String kind = Facilities.kind(building.facility());
        if (named == null && area != null && kind != null && area.startsWith(kind + "の") && area.length() > kind.length() + 1) {
            // the post's building named again by its kind: "図書館の入口の天井には" in a post about 小山市立図書館
            out.add(sighting(out, building, null, area.substring(kind.length() + 1), device, before, mount, count, null, p,
                    count == null ? 0.5 : 0.6));
            return;
        }
        if (named == null) {
            return;
        }
        String facility = named.place().facility();
        int in = area.lastIndexOf(facility);
        String spot = in < 0 ? area : area.substring(in + facility.length()).replaceFirst("^の+", "");
        boolean follows = before.startsWith("の", named.end()) && before.indexOf(spot, named.end()) >= 0;
        if (spot.isEmpty() || !follows) {
            return;
        }
        out.add(sighting(out, named.place(), null, spot, device, before, mount, count, null, p, count == null ? 0.5 : 0.6));
    }

    /**
     * A count in a list item with no floor ("①さくら通り小学校の正門前：町内会の防犯カメラが２台"): at the item's spot, or at
     * a spot the clause names within it ("①中央公園：東側の入口に２台" is at 中央公園の東側の入口), but not one it hangs
     * over ("⑤…歩道橋：車道の真上に…２基" is on the bridge); outside with no floor when the item's spot is in the street,
     * else on the walk's {@code floor}. {@code before} is the clause before the count.
     */
    private void atItem(String s, String before, Count count, DeviceType device, @CheckForNull Mount mount,
                        @CheckForNull Mention<Floor> floor, PostText.Block p, Place building, Walk walk, Extraction out) {
        String own = before.isEmpty() ? null : area(before, walk.previousSentence);
        int named = own == null ? -1 : before.lastIndexOf(own);
        if (named >= 0 && HEIGHT_AFTER.matcher(before).region(named + own.length(), before.length()).lookingAt()) {
            own = null;
        }
        String area = own == null ? walk.item : walk.item + "の" + own;
        if (building.facility() != null && OWN_GROUNDS.matcher(walk.item).matches()) {
            // "・駐車場：照明の柱に１台" in a list of a building's devices: its own car park, outside it
            String told = operator(before, building, walk);
            String runBy = told != null ? told : walk.itemsRunBy;
            out.add(sighting(out, inJurisdictionOf(building, runBy), null, area, device, s, mount, count, SurveillanceZone.OUTDOOR, p,
                    0.75).toBuilder().operator(runBy).build());
            return;
        }
        boolean street = STREET.matcher(walk.item).find();
        String told = operator(before, building, walk);
        String runBy = told != null ? told : walk.itemsRunBy;
        out.add(sighting(out, inJurisdictionOf(street ? street(building) : building, runBy), street ? null : floor, area,
                device, s, mount, count, street ? SurveillanceZone.OUTDOOR : null, p, 0.75).toBuilder().operator(runBy).build());
    }

    /**
     * A body opening a sentence as its topic and telling it puts up devices ("町内会では、…防犯カメラを少しずつ増やして
     * います") runs those the list items after it count; a sentence of plans ("…設置する予定です") names no one.
     */
    private static void ownDevices(String s, Place building, Walk walk) {
        Matcher topic = BODY_TOPIC.matcher(s);
        if (!topic.find()) {
            return;
        }
        Matcher devices = PUTS_UP.matcher(s).region(topic.end(), s.length());
        if (devices.find() && PUT_UP.matcher(s).region(devices.end(), s.length()).find()) {
            String body = bodyNamed(topic.group(1), "", building, walk.group);
            walk.itemsRunBy = body != null ? body : walk.itemsRunBy;
        }
    }

    /**
     * {@return who runs the devices counted after {@code before}: a body named as managing or setting them up
     * ("前橋市が管理する", "県警が設置している"), or as their owner ("福島県警の街頭防犯カメラ", "町内会の防犯カメラ"); a body
     * named by its kind alone is the one of that kind named before, else the post's; a sentence telling what the one
     * before published ("それによると、") takes that one's; null when none is named}
     */
    @CheckForNull
    private static String operator(String before, Place building, Walk walk) {
        String runBy = operatorIn(before, building, walk.group);
        if (runBy == null && BY_THAT_ACCOUNT.matcher(before).find()) {
            runBy = operatorIn(walk.previousSentence, building, walk.group);
        }
        return runBy;
    }

    @CheckForNull
    private static String operatorIn(String text, Place building, @CheckForNull String group) {
        Matcher named = OPERATOR.matcher(text);
        if (named.find()) {
            return named.group(1);
        }
        String body = bodyOperating(text, building, group);
        if (body != null) {
            return body;
        }
        Matcher owner = OWNER.matcher(text);
        if (owner.find()) {
            return bodyNamed(owner.group(1), text.substring(0, owner.start()), building, group);
        }
        Matcher police = POLICE_OPERATES.matcher(text);
        return police.find() ? bodyNamed(police.group(1), text.substring(0, police.start()), building, group) : null;
    }

    /**
     * {@return the body a name is: itself, or, when it is only a kind of body ("市", "県警", "町内会"), the last body of
     * that kind the text before names in full ("郡山市の…一覧によると、…市の防犯カメラ", "富山県警は…県警が設置"), else the
     * blog's group or the post's jurisdiction when of that kind; null when none is}
     */
    @CheckForNull
    private static String bodyNamed(String name, String before, Place building, @CheckForNull String group) {
        if (!BODY_KIND.matcher(name).matches()) {
            return name;
        }
        Matcher full = NAMED_BODY.matcher(before);
        String last = null;
        while (full.find()) {
            // "他市", "各自治会", "同市" name no body of their own
            if (full.group().endsWith(name) && full.group().length() > name.length()
                    && !(full.group().length() == name.length() + 1 && "他各同当本両全".indexOf(full.group().charAt(0)) >= 0)) {
                last = full.group();
            }
        }
        if (last != null) {
            return last;
        }
        String own = group == null ? null : NEWSLETTER.matcher(group).replaceFirst("");
        if (own != null && own.endsWith(name)) {
            return own;
        }
        String j = building.jurisdiction();
        return j != null && j.endsWith(name) ? j : null;
    }

    /** A place in the jurisdiction of the body that runs its devices, when it has none and the body is a municipality. */
    private static Place inJurisdictionOf(Place place, @CheckForNull String runBy) {
        return runBy != null && place.jurisdiction() == null && Facilities.MUNICIPAL_END.matcher(runBy).find()
                ? place.toBuilder().jurisdiction(runBy, null).build() : place;
    }

    /**
     * {@return the street or district an earlier clause of the count's names as where it is, past the holder the
     * devices are on ("高岡駅前の交差点では、信号柱の上のほうに、…カメラが２台" is at 高岡駅前の交差点), or null}
     */
    @CheckForNull
    private static String earlierClauseSpot(String before) {
        int end = before.lastIndexOf('、');
        for (int looked = 0; end > 0 && looked < 3; looked++) {
            int start = before.lastIndexOf('、', end - 1) + 1;
            String clause = before.substring(start, end);
            Matcher particle = TOPIC.matcher(clause);
            if (!particle.find()) {
                return null;
            }
            String named = clause.substring(0, particle.start()).strip();
            if (!HOLDER.matcher(named).matches()) {
                String spot = spot(named, "");
                return spot != null && (STREET.matcher(spot).find() || DISTRICT.matcher(spot).find()) ? spot : null;
            }
            end = start - 1;
        }
        return null;
    }

    /**
     * {@return who runs the devices a sentence counts by its own account ("市の説明では、…"): the post's
     * municipality when the body speaking is of its kind, else null}
     */
    @CheckForNull
    private static String operatorByAccount(String s, Place building) {
        Matcher m = OWN_ACCOUNT.matcher(s);
        String j = building.jurisdiction();
        return m.find() && j != null && j.endsWith(m.group(1)) ? j : null;
    }

    /**
     * {@return the body a bare "市が管理する" names: the one the writer asked in the sentence ("甲府市に問い合わせた
     * ところ") when of that kind, else none; with no body asked, the last body of that kind named before, else the
     * post's municipality; else null}
     */
    @CheckForNull
    private static String bodyOperating(String before, Place building, @CheckForNull String group) {
        Matcher bare = BODY_OPERATES.matcher(before);
        if (!bare.find()) {
            return null;
        }
        String kind = bare.group(1);
        Matcher asked = ASKED.matcher(before.substring(0, bare.start()));
        if (!asked.find()) {
            // "松山市のホームページによると、市が設置している…": the body of that kind named before, else the post's
            return bodyNamed(kind, before.substring(0, bare.start()), building, group);
        }
        return asked.group(1).endsWith(kind) ? asked.group(1) : null;
    }

    /** The place a clause before says was walked through ("舞鶴城公園の中を一回りしましたが、"), or null. */
    @CheckForNull
    private static String walkedThrough(String before) {
        Matcher m = WALKED_THROUGH.matcher(before);
        String place = null;
        while (m.find()) {
            place = m.group(1);
        }
        String spot = place == null ? null : spot(place, "");
        return spot == null || RELATIVE_PART.matcher(spot).matches() ? null : spot;
    }

    /**
     * {@return the street or district the sentence opens with as its topic ("かえで公園は、中を一回りしてみましたが、…",
     * "駅前通りの商店街は、…数えてみると１１台"), the words in kana before the place's noun part of its name; null when
     * the topic is no such place}
     */
    @CheckForNull
    private static String openingTopic(String s) {
        Matcher m = OPENING_TOPIC.matcher(s);
        if (!m.find()) {
            return null;
        }
        String topic = m.group(1).strip();
        String spot = spot(topic, "");
        if (spot == null || !(STREET.matcher(spot).find() || DISTRICT.matcher(spot).find()) || DEVICE_LAST.matcher(spot).find()) {
            // "町内会の防犯カメラは、" names the devices, not a place
            return null;
        }
        String lead = topic.substring(0, topic.length() - spot.length());
        // "かえで公園": a word in kana opening the sentence is the start of the place's name
        return topic.endsWith(spot) && lead.matches("\\p{IsHiragana}{1,6}") && !OPENER.matcher(lead).find() ? topic : spot;
    }

    /** Where a street sighting is: the post's municipality, but not its building. */
    private static Place street(Place building) {
        return building.toBuilder().facility(null).floor(null, null).build();
    }

    private Sighting sighting(Extraction out, Place building, @CheckForNull Mention<Floor> floor, @CheckForNull String area,
                              DeviceType device, String sentence, @CheckForNull Mount mount, Count count,
                              @CheckForNull SurveillanceZone zone, PostText.Block p, double confidence) {
        // a list's mark is no part of the spot: "・建物の裏の駐車場"
        String spot = area == null ? null : blank(LIST_MARK.matcher(area).replaceFirst(""));
        Place.Builder place = building.toBuilder().area(spot);
        if (floor != null) {
            place.floor(floor.value(), floor.text());
        }
        Place at = place.build();
        // a place with nothing in it is no place
        return Sighting.builder(out.nextId("sighting")).place(at.equals(Place.builder().build()) ? null : at).device(device)
                .cameraType(device == DeviceType.CAMERA && DOME.matcher(sentence).find() ? CameraType.DOME : null)
                .mount(mount).zone(zone).count(count)
                .provenance(out.provenance(p, sentence, this, confidence)).build();
    }

    /** The surface named last in a text: a ceiling, a wall, or a pole (照明柱, 電柱, ポール). */
    @CheckForNull
    static Mount mount(String s) {
        Matcher m = MOUNT_WORD.matcher(s);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        if (last == null) {
            return null;
        }
        return switch (last) {
            case "天井" -> Mount.CEILING;
            case "壁" -> Mount.WALL;
            default -> Mount.POLE;
        };
    }

    /**
     * The spot named before a count: the places before the surface a device is on ("の天井", "の壁",
     * "の照明柱"; joined when several), else the place before "には/にも/に"; "その前" is the place the
     * sentence before ends with ("警備室がある" → 警備室前). A clause before it that names a place as its
     * topic ("地下２階の駐車場では、出入口付近の壁に") puts the spot in that place (駐車場の出入口付近), and is
     * the area itself when the spot is only a surface ("市民相談室では、天井に").
     */
    @CheckForNull
    static String area(String before, String previousSentence) {
        List<String> spots = new ArrayList<>();
        Matcher surface = SURFACE_AREA.matcher(before);
        int start = 0;
        int spotAt = -1;
        while (surface.find()) {
            // before the surface, how high names the part of it: "カウンターの真上の天井" is not the counter's ceiling
            String spot = spot(before.substring(start, surface.start()), previousSentence, true);
            if (spot != null) {
                spots.add(spot);
                spotAt = spotAt < 0 ? surface.start() : spotAt;
            }
            start = surface.end();
        }
        if (spots.isEmpty()) {
            Matcher m = AREA_BEFORE.matcher(before);
            String spot = m.find() ? spot(before.substring(0, m.start()), previousSentence) : null;
            if (spot != null) {
                spots.add(spot);
                spotAt = m.start();
            }
        }
        String spot = spots.isEmpty() ? null : String.join("、", spots);
        String topic = topic(before, spotAt < 0 ? before.length() : spotAt);
        if (topic == null) {
            return spot;
        }
        return spot == null ? topic : topic + "の" + spot;
    }

    /** The place named as the topic of the clause before the one at {@code at}: "駐車場では、", "展望ロビーは、". */
    @CheckForNull
    private static String topic(String before, int at) {
        int clause = before.lastIndexOf('、', Math.max(0, at - 1));
        if (clause <= 0) {
            return null;
        }
        String previous = before.substring(before.lastIndexOf('、', clause - 1) + 1, clause);
        Matcher particle = TOPIC.matcher(previous);
        if (!particle.find() || NOT_A_PLACE.matcher(previous.substring(0, particle.start())).find()
                || DEVICE_LAST.matcher(previous.substring(0, particle.start())).find()
                || BUILDING_OUTSIDE.matcher(previous.substring(0, particle.start()).strip()).matches()) {
            // "山梨県警が設置した街頭防犯カメラは、" names the devices, not a place; "建物の外では、" the zone
            return null;
        }
        return spot(previous.substring(0, particle.start()), "");
    }

    @CheckForNull
    private static String spot(String text, String previousSentence) {
        return spot(text, previousSentence, false);
    }

    /** The spot a text ends with; {@code keepHeight} keeps "…の真上" at its end (before a surface). */
    @CheckForNull
    private static String spot(String text, String previousSentence, boolean keepHeight) {
        String t = text.substring(text.lastIndexOf('、') + 1).strip();
        if (t.startsWith("その")) {
            Matcher m = THAT_PLACE.matcher(previousSentence);
            return m.find() ? m.group(1) + t.substring(2) : null;
        }
        Matcher m = AREA_CHARS.matcher(t);
        if (!m.find()) {
            return null;
        }
        String named = m.group().replaceFirst("^の+", "");
        String inside = BUILDING_FIRST.matcher(named).replaceFirst("").replaceFirst("^の+", "");
        String spot = keepHeight ? inside : HEIGHT.matcher(inside).replaceFirst("");
        if (SURFACE_ONLY.matcher(spot).matches() || HOLDER.matcher(spot).matches()) {
            // "公園の北東の角に立てたポール": the holder stands where it was put
            Matcher put = PUT_THERE.matcher(t.substring(0, m.start()));
            return put.find() ? spot(t.substring(0, put.start()), "") : null;
        }
        return spot.isEmpty() ? null : spot;
    }

    /** In an introduction, what it says was reported before: a camera at each floor it names. */
    private void previouslyReported(PostText.Block p, Place building, Extraction out) {
        Matcher m = PREVIOUSLY.matcher(p.prose());
        while (m.find()) {
            String clause = m.group();
            for (Mention<Floor> f : JapaneseFloors.findAll(clause)) {
                Matcher a = PREVIOUS_AREA.matcher(clause.substring(f.end()));
                if (!a.find() || a.group(1).isBlank()) {
                    continue;
                }
                Place place = building.toBuilder().floor(f.value(), f.text()).area(a.group(1)).build();
                out.add(Sighting.builder(out.nextId("sighting")).place(place).device(DeviceType.CAMERA)
                        .mount("の天井".equals(a.group(2)) ? Mount.CEILING : null).count(Count.atLeast(1))
                        .notes("前回の報告で確認").provenance(out.provenance(p, clause, this, 0.6)).build());
            }
        }
    }

    private static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : s;
    }
}
