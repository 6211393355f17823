package org.civicwatch.samples;

import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CameraType;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.IncidentStatus;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.Mount;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Place;
import org.civicwatch.model.Remedy;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.SurveillanceZone;
import org.civicwatch.model.When;

/**
 * The canonical sample dataset: the facts of a Gunma citizens' ombudsman group's report of June 2017
 * on the surveillance cameras of the Gunma Prefectural Office, the eavesdropping on a consultation
 * there, its 2015 chain of filings about a prefectural employee, and the two news articles it cites.
 *
 * <p>Every format round-trips this dataset; the blog HTML importer extracts it from a post in the
 * report's shape. Private persons appear by role, never by name.
 */
public final class SampleData {
    /** Gunma Prefecture's local government code. */
    public static final String GUNMA_CODE = "100005";
    /** The group that walked the building and filed the requests. */
    public static final Party OMBUDSMAN = Party.group("市民オンブズマン群馬");

    private static final String OFFICE = "群馬県庁";
    private static final String BLOG = "http://pink.ap.teacup.com/ogawaken/";
    private static final When WALK = When.parse("2017-05-29/2017-06-13");
    private static final Party TEAM = new Party(PartyKind.GROUP, "市民オンブズマン群馬 特別調査チーム", null,
            "市民オンブズマン群馬", null, null, true);
    private static final String OPERATOR = "群馬県 総務部 管財課";

    private SampleData() {
    }

    /** The whole sample dataset; it validates cleanly. */
    public static Dataset gunmaPrefecturalOffice() {
        return Dataset.builder(info())
                .add(incidents().toArray(Incident[]::new))
                .add(sightings().toArray(Sighting[]::new))
                .add(filings().toArray(Filing[]::new))
                .add(news().toArray(NewsReference[]::new))
                .build();
    }

    /** The dataset's info. */
    public static DatasetInfo info() {
        return new DatasetInfo("群馬県庁の監視カメラと盗聴疑惑",
                "県庁の監視カメラを階ごとに数えた調査、相談中の盗聴、2015年の住民監査請求の経過と引用報道。",
                "市民オンブズマン群馬", "CC-BY-4.0", "ja", When.parse("2017-06-13T23:48+09:00"), List.of());
    }

    /** The office building itself, without floor or area. */
    public static Place office() {
        return Place.builder().jurisdiction("群馬県", GUNMA_CODE).facility(OFFICE)
                .address("群馬県前橋市大手町1-1-1").coordinates(36.3907, 139.0609).build();
    }

    private static Place officeAt(Floor floor, String label, @CheckForNull String area) {
        return office().toBuilder().floor(floor, label).area(area).build();
    }

    /** The sightings, floor by floor, with the absence on floors 3 to 30 and the motion sensors there. */
    public static List<Sighting> sightings() {
        return List.of(
                camera("sighting-1f-toilet-corridor", Floor.of(1), "1階", "女子トイレ前の廊下",
                        Count.exactly(2).withOriginal("2基"), null),
                camera("sighting-1f-security-room", Floor.of(1), "1階", "警備室(夜間通用窓口)前",
                        Count.atLeast(1).withOriginal("監視カメラがある"), null),
                camera("sighting-1f-south-lobby", Floor.of(1), "1階", "南側ロビー",
                        Count.exactly(2).withOriginal("2基"), "天井の対角線上の隅"),
                camera("sighting-1f-north-lobby", Floor.of(1), "1階", "北側ロビー",
                        Count.exactly(2).withOriginal("2基"), "天井の対角線上の隅"),
                camera("sighting-1f-elevator-hall", Floor.of(1), "1階", "エレベーターホール",
                        Count.atLeast(1), "前回の報告で確認"),
                camera("sighting-2f-disclosure-room", Floor.of(2), "2階", "県民センター 情報公開相談室",
                        Count.atLeast(1), "前回の報告で確認"),
                camera("sighting-b1-elevator-hall", Floor.of(-1), "地下1階", "エレベーターホール",
                        Count.exactly(1).withOriginal("1基"), "天井の片隅"),
                camera("sighting-b1-admin-center", Floor.of(-1), "地下1階", "総務事務センター前の廊下",
                        Count.exactly(1).withOriginal("1基"), "一般県民は立ち入り禁止の区画の前"),
                camera("sighting-32f-observation-hall", Floor.of(32), "最上階32階", "展望ホール",
                        Count.exactly(6).withOriginal("6基"), null),
                camera("sighting-31f-public-space", Floor.of(31), "31階", "トイレ入口とエレベーターホール",
                        Count.atLeast(2).withOriginal("ここにもあそこにも"), null),
                camera("sighting-3f-30f-office-space", Floor.range(3, 30), "3階から30階", "職員の執務スペース",
                        Count.none().withOriginal("ひとつも監視カメラが見当たらない"), null),
                Sighting.builder("sighting-3f-30f-motion-sensors").observed(WALK).observer(TEAM)
                        .place(officeAt(Floor.range(3, 30), "3階から30階", "執務スペース入口の案内コーナー"))
                        .device(DeviceType.MOTION_SENSOR).mount(Mount.CEILING).zone(SurveillanceZone.INDOOR)
                        .count(Count.unknown("白い半球状のセンサー")).operator("機械警備会社")
                        .notes("夜間警備用の動体センサーで、監視カメラではないとの説明").tag("absence-context")
                        .related("sighting-3f-30f-office-space").build(),
                Sighting.builder("sighting-whole-building").observed(WALK).observer(TEAM).place(office())
                        .device(DeviceType.CAMERA).zone(SurveillanceZone.PUBLIC)
                        .count(Count.unknown("およそ数十基")).operator(OPERATOR)
                        .notes("画像は1階南側の警備室のモニターで常時確認され、週単位で管財課に提出される").build());
    }

    private static Sighting camera(String id, Floor floor, String label, String area, Count count,
                                   @CheckForNull String notes) {
        return Sighting.builder(id).observed(WALK).observer(TEAM).place(officeAt(floor, label, area))
                .device(DeviceType.CAMERA).cameraType(floor.isRange() ? null : CameraType.DOME)
                .mount(Mount.CEILING).zone(SurveillanceZone.PUBLIC).count(count).operator(OPERATOR).notes(notes)
                .tag("ceiling-camera").build();
    }

    /** The eavesdropping incident, the Arao data-misuse case from the news, and the 2015 misconduct. */
    public static List<Incident> incidents() {
        return List.of(
                Incident.builder("incident-2017-05-29-eavesdropping")
                        .title("介護高齢課との協議を隣のブースで県職員が盗聴")
                        .summary("会員4名が県庁14階の介護高齢課と協議していた際、隣の会議ブースでマイクを身に着けた"
                                + "県職員3名が協議を聞き取っていた。")
                        .when(When.parse("2017-05-29T15:00+09:00").withOriginal("5月29日(月)15時"))
                        .place(officeAt(Floor.of(14), "14階", "介護高齢課 隣の会議ブース"))
                        .type("eavesdropping").status(IncidentStatus.ALLEGED)
                        .party(OMBUDSMAN.as(PartyRole.AFFECTED).ofSize(Count.exactly(4).withOriginal("総勢4名")),
                                Party.personByTitle("副代表", "市民オンブズマン群馬").as(PartyRole.REPORTER),
                                new Party(PartyKind.GROUP, null, "職員", "群馬県 総務部 学事法制課 行政対象暴力対策係",
                                        Count.exactly(3).withOriginal("職員ら3名"), PartyRole.ALLEGED_PERPETRATOR,
                                        false),
                                Party.organisation("群馬県 健康福祉部 介護高齢課").as(PartyRole.WITNESS))
                        .link(new Link("https://youtu.be/CqIbgp2Z5-g", "盗聴の様子を収めた映像", LinkKind.VIDEO,
                                When.parse("2017-07-17")))
                        .tag("surveillance").build(),
                Incident.builder("incident-arao-data-misuse")
                        .title("荒尾市職員が住民情報システムを不正使用しストーカー行為")
                        .summary("市職員が住民情報システムで同僚らの個人情報を入手し、つきまといを続けた。")
                        .when(When.parse("2014-05/2017-03"))
                        .place(Place.builder().jurisdiction("荒尾市", "432041").facility("荒尾市役所").build())
                        .type("data-misuse").status(IncidentStatus.CONFIRMED)
                        .party(Party.personByTitle("副主任", "荒尾市 総務課").as(PartyRole.ALLEGED_PERPETRATOR),
                                Party.personByTitle("女性職員", "荒尾市").as(PartyRole.AFFECTED),
                                Party.organisation("荒尾市").as(PartyRole.AUTHORITY))
                        .outcome("懲戒免職").related("news-nhk-2017-06-13", "news-nikkei-2017-06-14")
                        .tag("personal-data").build(),
                Incident.builder("incident-2015-video-editing")
                        .title("勤務中に動画編集をしていた県職員")
                        .when(When.parse("2015~"))
                        .place(Place.builder().jurisdiction("群馬県", GUNMA_CODE).facility(OFFICE).build())
                        .type("misconduct").status(IncidentStatus.CONFIRMED)
                        .party(Party.personByTitle("職員", "群馬県").as(PartyRole.ALLEGED_PERPETRATOR),
                                Party.organisation("群馬県").as(PartyRole.AUTHORITY))
                        .outcome("停職、給与50万円を返還")
                        .related("filing-2015-disclosure", "filing-2015-audit")
                        .link(post(1674, "停職でも給料を減額させない群馬県", "2015-07-26"))
                        .build());
    }

    /** The 2015 chain: a disclosure request, then a resident audit request dismissed, and the money returned. */
    public static List<Filing> filings() {
        Filing disclosure = Filing.builder("filing-2015-disclosure", FilingKind.DISCLOSURE_REQUEST)
                .title("勤務中に動画編集をしていた職員に関する公文書開示請求")
                .subject("職員の勤務実態と処分に関する文書")
                .filedBy(OMBUDSMAN).filedWith(Party.organisation("群馬県知事")).legalBasis("群馬県情報公開条例")
                .filed(When.parse("2015-03-20"))
                .event(event(FilingEventKind.FILED, "2015-03-20", "開示請求", 1560),
                        event(FilingEventKind.DECIDED, "2015-04-10", "11枚が部分開示", 1577))
                .outcome(FilingOutcome.PARTIALLY_DISCLOSED)
                .related("incident-2015-video-editing").build();
        Filing audit = Filing.builder("filing-2015-audit", FilingKind.RESIDENT_AUDIT_REQUEST)
                .title("勤務中に動画編集をしていた職員の給与返還を求める住民監査請求")
                .subject("職務専念義務に違反した勤務時間の給与")
                .filedBy(OMBUDSMAN).filedWith(Party.organisation("群馬県監査委員"))
                .legalBasis("地方自治法第242条第1項").filed(When.parse("2015-03-23"))
                .event(event(FilingEventKind.FILED, "2015-03-23", "住民監査請求", 1563),
                        event(FilingEventKind.CORRECTION_REQUESTED, "2015-04-04", "補正通知", 1574),
                        event(FilingEventKind.CORRECTED, "2015-04-08", "補正書を提出", 1575),
                        event(FilingEventKind.CORRECTION_REQUESTED, "2015-04-12", "再補正命令", 1582),
                        event(FilingEventKind.CORRECTED, "2015-04-16", "再補正書を提出", 1585),
                        event(FilingEventKind.ACCEPTED, "2015-04-18", "受理", 1588),
                        event(FilingEventKind.HEARING, "2015-04-22", "監査委員に意見陳述", 1591),
                        event(FilingEventKind.DECIDED, "2015-05-31", "却下の監査結果", 1632))
                .outcome(FilingOutcome.DISMISSED)
                .remedy(new Remedy("職員が給与50万円を返還", 500_000L, "JPY", When.parse("2015-07")))
                .precededBy("filing-2015-disclosure").related("incident-2015-video-editing")
                .link(post(1663, "50万円を返還せざるを得なかった事情に関する調査結果", "2015-07-11"))
                .build();
        return List.of(disclosure, audit);
    }

    private static FilingEvent event(FilingEventKind kind, String date, String note, int post) {
        return new FilingEvent(kind, When.parse(date), note, post(post, null, date));
    }

    private static Link post(int number, @CheckForNull String title, String date) {
        return new Link(BLOG + number + ".html", title, LinkKind.BLOG_POST, When.parse(date));
    }

    /** The two articles the report quotes, with their minutes and the agency credit. */
    public static List<NewsReference> news() {
        return List.of(
                NewsReference.builder("news-nhk-2017-06-13").outlet("NHK News Web")
                        .headline("市のシステム不正使用しストーカー行為 職員を懲戒免職")
                        .published(When.parse("2017-06-13T18:55+09:00").withOriginal("2017年6月13日 18時55分"))
                        .language("ja").related("incident-arao-data-misuse").build(),
                NewsReference.builder("news-nikkei-2017-06-14").outlet("日本経済新聞")
                        .headline("市職員、住民情報使いストーカー 熊本・荒尾")
                        .published(When.parse("2017-06-14T01:50+09:00").withOriginal("2017年6月14日1:50"))
                        .via("共同").language("ja").related("incident-arao-data-misuse").build());
    }
}
