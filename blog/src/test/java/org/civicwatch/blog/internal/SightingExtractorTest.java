package org.civicwatch.blog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.civicwatch.model.CameraType;
import org.civicwatch.model.Count;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Mount;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.SurveillanceZone;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;

class SightingExtractorTest {
    private static List<Sighting> sightings(String... lines) {
        return sightingsOf("前橋市役所の防犯カメラ", lines);
    }

    private static List<Sighting> sightingsOf(String title, String... lines) {
        return sightingsOfGroup(null, title, lines);
    }

    private static List<Sighting> sightingsOfGroup(@javax.annotation.CheckForNull String group, String title, String... lines) {
        PostText post = new PostText("https://blog.example.jp/a/2.html", "p2", title, When.parse("2020-02-01"), List.of(lines),
                Stream.of(lines).map(l -> 0).toList(), group);
        Extraction out = Extraction.strict(post);
        new SightingExtractor().extract(post, out);
        return out.records().stream().map(Sighting.class::cast).toList();
    }

    @Test
    void aDeviceAtOneSpotOfANamedBuildingOutsideAWalkIsASightingThere() {
        List<Sighting> s = sightings("申請書を出しに行った太田市役所の北口には、防犯カメラが２台ありました。", "",
                "帰りに寄った桐生市立図書館の正面玄関にも監視カメラがあった。", "", "駅の近くにもカメラが２台。");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).place().facility()).isEqualTo("太田市役所");
        assertThat(s.get(0).place().jurisdiction()).isEqualTo("太田市");
        assertThat(s.get(0).place().area()).isEqualTo("北口");
        assertThat(s.get(0).place().floor()).isNull();
        assertThat(s.get(0).count()).isEqualTo(Count.exactly(2).withOriginal("２台"));
        assertThat(s.get(1).place().facility()).isEqualTo("桐生市立図書館");
        assertThat(s.get(1).place().area()).isEqualTo("正面玄関");
        assertThat(s.get(1).count()).isNull();
        assertThat(s.get(1).device()).isEqualTo(DeviceType.CAMERA);
    }

    @Test
    void carriesTheFloorOfAWalkIntoTheNextParagraphs() {
        List<Sighting> s = sightings("まず２階をくまなく調べてみると、市民課前の廊下の天井に三基ある。", "",
                "待合ロビーの壁にも２台。");
        assertThat(s).hasSize(2);
        assertThat(s).extracting(x -> x.place().floor()).containsExactly(Floor.of(2), Floor.of(2));
        assertThat(s.get(0).count()).isEqualTo(Count.exactly(3).withOriginal("三基"));
        assertThat(s.get(0).place().area()).isEqualTo("市民課前の廊下");
        assertThat(s.get(0).mount()).isEqualTo(Mount.CEILING);
        assertThat(s.get(1).count().value()).isEqualTo(2L);
        assertThat(s.get(1).mount()).isEqualTo(Mount.WALL);
        assertThat(s.get(1).place().facility()).isEqualTo("前橋市役所");
        assertThat(s.get(1).provenance().quote()).isEqualTo("待合ロビーの壁にも２台。");
        assertThat(s.get(1).provenance().confidence()).isEqualTo(0.75);
    }

    @Test
    void readsAnAbsenceOverAFloorRangeAsAnExactZeroAndASensorAsNoCamera() {
        List<Sighting> s = sightings("地下2階から5階にはひとつも防犯カメラが見当たらない。入口の天井に動体センサーが設置されている。");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).place().floor()).isEqualTo(Floor.range(-2, 5));
        assertThat(s.get(0).place().floorLabel()).isEqualTo("地下2階から5階");
        assertThat(s.get(0).count().isNone()).isTrue();
        assertThat(s.get(0).device()).isEqualTo(DeviceType.CAMERA);
        assertThat(s.get(1).device()).isEqualTo(DeviceType.MOTION_SENSOR);
        assertThat(s.get(1).place().floor()).isEqualTo(Floor.range(-2, 5));
        assertThat(s.get(1).count()).isEqualTo(Count.atLeast(1).withOriginal("設置され"));
    }

    @Test
    void aBuildingWideEstimateHasNoFloorAndAnApproximateCount() {
        List<Sighting> s = sightings("1階を見た。", "", "庁舎内におよそ数十台あるカメラの映像は、3階の警備室で見ている。");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).place().floor()).isNull();
        assertThat(s.get(0).count().value()).isNull();
        assertThat(s.get(0).count().qualifier()).isEqualTo(Count.Qualifier.APPROXIMATE);
    }

    @Test
    void anIntroductionIsNotCountedAndEndsTheWalk() {
        assertThat(sightings("■3階の天井には多くのカメラが付いていることがわかりました。", "ロビーに2基。")).isEmpty();
    }

    @Test
    void namesThePlaceTheSentenceBeforeEndsWith() {
        assertThat(SightingExtractor.area("その前の天井にも", "向かいには守衛室がある。")).isEqualTo("守衛室前");
        assertThat(SightingExtractor.area("トイレ入口の天井、ホールの天井など", "")).isEqualTo("トイレ入口、ホール");
    }

    @Test
    void takesMountAndAreaFromEachCountsOwnClauseAndPutsASpotInTheTopicPlace() {
        List<Sighting> s = sightings("地下1階の倉庫では、搬入口付近の柱にカメラが２台、通路の壁にも１台あった。",
                "6階の応接室では、天井の３か所にカメラが付いている。");
        assertThat(s).hasSize(3);
        assertThat(s.get(0).place().area()).isEqualTo("倉庫の搬入口付近");
        assertThat(s.get(0).mount()).isEqualTo(Mount.POLE);
        assertThat(s.get(1).place().area()).isEqualTo("通路");
        assertThat(s.get(1).mount()).isEqualTo(Mount.WALL);
        assertThat(s.get(1).place().floor()).isEqualTo(Floor.of(-1));
        assertThat(s.get(2).place().area()).as("a bare surface is no spot").isEqualTo("応接室");
        assertThat(s.get(2).count()).isEqualTo(Count.exactly(3).withOriginal("３か所"));
        assertThat(s.get(2).mount()).isEqualTo(Mount.CEILING);
    }

    @Test
    void aSurfaceSharedByTwoCountsIsTheMountOfBoth() {
        List<Sighting> s = sightings("7階の会議室前に1台、8階の秘書課前に2台、どちらも壁にカメラが取り付けてある。");
        assertThat(s).extracting(x -> x.place().floor()).containsExactly(Floor.of(7), Floor.of(8));
        assertThat(s).extracting(Sighting::mount).containsOnly(Mount.WALL);
        assertThat(s).extracting(x -> x.place().area()).containsExactly("会議室前", "秘書課前");
    }

    @Test
    void notEvenOneFoundInThePastTenseIsNone() {
        List<Sighting> s = sightings("9階から11階では、カメラは一台も見当たらなかった。");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.count().isNone()).isTrue();
            assertThat(x.place().floor()).isEqualTo(Floor.range(9, 11));
        });
    }

    @Test
    void aPlannedOrPromisedCountIsNoSighting() {
        assertThat(sightings("2階の天井にカメラが1台。市は来年度、2階のロビーにカメラを3台増設する方針だ。")).hasSize(1);
        assertThat(sightings("3階を歩いた。議会では、カメラを4台設置するよう求める声もあった。")).isEmpty();
    }

    @Test
    void leavingTheBuildingEndsTheFloorAndWhatFollowsIsOutdoors() {
        List<Sighting> s = sightings("1階のロビーの天井にカメラが２台。", "", "建物の外を回ると、駐輪場のポールにカメラが１台ある。");
        assertThat(s).hasSize(2);
        assertThat(s.get(1).place().floor()).isNull();
        assertThat(s.get(1).place().area()).isEqualTo("駐輪場");
        assertThat(s.get(1).mount()).isEqualTo(Mount.POLE);
        assertThat(s.get(1).zone()).isEqualTo(SurveillanceZone.OUTDOOR);
        assertThat(s.get(0).zone()).isNull();
    }

    @Test
    void readsMicrophonesAndBuildingTotals() {
        List<Sighting> s = sightings("5階の会議室の壁に、盗聴器とみられる小型マイクが１個。", "聞けば、カメラは合計で二十台あるという。");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).device()).isEqualTo(DeviceType.MICROPHONE);
        assertThat(s.get(0).place().area()).isEqualTo("会議室");
        assertThat(s.get(1).device()).isEqualTo(DeviceType.CAMERA);
        assertThat(s.get(1).place().floor()).as("a building total").isNull();
        assertThat(s.get(1).count().value()).isEqualTo(20L);
    }

    @Test
    void aDeviceSaidNotToBeThereIsNoneAtEachFloorNamed() {
        List<Sighting> s = sightings("4階の会議室や6階の食堂では、監視カメラはなかった。");
        assertThat(s).hasSize(2);
        assertThat(s).extracting(x -> x.place().floor()).containsExactly(Floor.of(4), Floor.of(6));
        assertThat(s).extracting(x -> x.place().area()).containsExactly("会議室", "食堂");
        assertThat(s).allSatisfy(x -> assertThat(x.count().isNone()).isTrue());
        assertThat(sightings("3階の白い箱はカメラではない。")).isEmpty();
    }

    @Test
    void aCarParkNamedWithoutAFloorIsOutsideAndHowHighADeviceHangsIsNotItsArea() {
        List<Sighting> s = sightings("2階の受付の真上にカメラが1台。", "", "職員用駐車場の門柱にカメラが2台。");
        assertThat(s.get(0).place().area()).isEqualTo("受付");
        assertThat(s.get(1).place().floor()).isNull();
        assertThat(s.get(1).zone()).isEqualTo(SurveillanceZone.OUTDOOR);
        assertThat(s.get(1).mount()).isEqualTo(Mount.POLE);
    }

    @Test
    void findsPublicFacilitiesBeyondOfficesAndTownHalls() {
        PostText post = PostText.of("https://blog.example.jp/a/3.html", "p3", "見学記", null,
                List.of("館林市立図書館の1階ロビーの天井にカメラが2台。"));
        Extraction out = Extraction.strict(post);
        new SightingExtractor().extract(post, out);
        assertThat(out.records()).singleElement().satisfies(r -> {
            assertThat(((Sighting) r).place().facility()).isEqualTo("館林市立図書館");
            assertThat(((Sighting) r).place().jurisdiction()).isEqualTo("館林市");
        });
    }

    @Test
    void aJointGovernmentOfficeOrAPoliceStationIsTheBuildingThoughATownHallIsNamedLater() {
        List<Sighting> joint = sightingsOf("庁舎のカメラ", "港地方合同庁舎の１階ロビーの天井にカメラが２台ありました。",
                "●2022年11月8日：港市役所のカメラの台数");
        assertThat(joint).singleElement().satisfies(x -> {
            assertThat(x.place().facility()).isEqualTo("港地方合同庁舎");
            assertThat(x.place().jurisdiction()).isNull();
            assertThat(x.place().floor()).isEqualTo(Floor.of(1));
        });
        List<Sighting> police = sightingsOf("相談室のこと", "北警察署に相談に行きました。", "２階の相談室の天井にドーム型のカメラが１台。");
        assertThat(police).singleElement().satisfies(x -> assertThat(x.place().facility()).isEqualTo("北警察署"));
    }

    @Test
    void readsASentenceWithoutAFullStopInPiecesCutAtCommas() {
        String endless = "1階の天井に監視カメラが2基、".repeat(100);
        List<String> pieces = Sentences.pieces(endless);
        assertThat(String.join("", pieces)).isEqualTo(endless);
        assertThat(pieces).hasSizeGreaterThan(3).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(400).endsWith("、"));
        assertThat(Sentences.pieces("x".repeat(1000))).extracting(String::length).containsExactly(400, 400, 200);
        assertThat(Sentences.pieces("短い文。")).containsExactly("短い文。");
    }

    @Test
    void camerasCountedInAStreetOrADistrictAreOutsideWithoutTheBuildingOrAFloor() {
        List<Sighting> s = sightings("市の説明では、駅南地区に９台、中町通りに４台の防犯カメラが設置されています。",
                "南町交差点には、信号機の柱にドーム型カメラが１台取り付けられています。");
        assertThat(s).extracting(x -> x.place().area()).containsExactly("駅南地区", "中町通り", "南町交差点");
        assertThat(s).allSatisfy(x -> {
            assertThat(x.zone()).isEqualTo(SurveillanceZone.OUTDOOR);
            assertThat(x.place().floor()).isNull();
            assertThat(x.place().facility()).isNull();
        });
        assertThat(s.get(2).mount()).isEqualTo(Mount.POLE);
        assertThat(s.get(2).cameraType()).isEqualTo(org.civicwatch.model.CameraType.DOME);
    }

    @Test
    void aTotalNamesWhoRunsTheCamerasAndThoseThatAlsoRecordSoundAreMicrophones() {
        List<Sighting> s = sightings("高崎市が管理する防犯カメラは全部で３０台あり、そのうち５台は音声も録音できるそうです。");
        assertThat(s).extracting(Sighting::device).containsExactly(DeviceType.CAMERA, DeviceType.MICROPHONE);
        assertThat(s).extracting(x -> x.count().value()).containsExactly(30L, 5L);
        assertThat(s).extracting(Sighting::operator).containsExactly("高崎市", "高崎市");
    }

    @Test
    void oneCameraNamedWithoutACountIsASightingWithNoCountAndAPlannedOneIsNone() {
        List<Sighting> s = sightings("駅前の交番の店先にも防犯カメラがありました。",
                "自治会では、来年度に公園へ防犯カメラを２台設置することになりました。");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.count()).isNull();
            assertThat(x.place().area()).isEqualTo("駅前の交番の店先");
        });
    }

    @Test
    void aHeadingLineEndsTheWalkButTheLinesUnderItAreReadAndAHolderStandsWhereItWasPut() {
        List<String> lines = List.of("■自治会のパトロールで町内を回りました。",
                "先月、公園の北東の角に立てたポールに、防犯カメラが１台取り付けられました。",
                "隣の町会は、通学路沿いに防犯カメラを５台設置済みだそうです。",
                "伊勢崎市が管理する街頭カメラは市内に計２１０台あり、そのうち３０台は音声も録音しているそうです。");
        PostText post = PostText.of("https://blog.example.jp/a/3.html", "p3", "町内のパトロール", When.parse("2021-11-27"), lines);
        Extraction out = Extraction.strict(post);
        new SightingExtractor().extract(post, out);
        List<Sighting> s = out.records().stream().map(Sighting.class::cast).toList();

        assertThat(s).hasSize(4);
        assertThat(s.get(0).place().area()).isEqualTo("公園の北東の角");
        assertThat(s.get(0).mount()).isEqualTo(Mount.POLE);
        assertThat(s.get(0).zone()).isEqualTo(SurveillanceZone.OUTDOOR);
        assertThat(s.get(1).place().area()).as("an association is no place").isEqualTo("通学路沿い");
        assertThat(s.get(2).count()).isEqualTo(Count.exactly(210).withOriginal("２１０台"));
        assertThat(s.get(2).operator()).isEqualTo("伊勢崎市");
        assertThat(s.get(2).place().jurisdiction()).isEqualTo("伊勢崎市");
        assertThat(s.get(3).device()).isEqualTo(DeviceType.MICROPHONE);
        assertThat(s.get(3).count().value()).isEqualTo(30L);
    }

    @Test
    void someOfADistrictsCamerasThatAlsoRecordSoundAreMicrophonesThereRunByTheCityThatSaysSo() {
        List<Sighting> s = sightings("市の説明では、中央地区に８台の防犯カメラがあり、そのうち２台は音声も録音できるとのことです。");

        assertThat(s).hasSize(2);
        assertThat(s).extracting(Sighting::device).containsExactly(DeviceType.CAMERA, DeviceType.MICROPHONE);
        assertThat(s).extracting(x -> x.count().value()).containsExactly(8L, 2L);
        assertThat(s).allSatisfy(x -> {
            assertThat(x.place().area()).isEqualTo("中央地区");
            assertThat(x.place().jurisdiction()).isEqualTo("前橋市");
            assertThat(x.place().facility()).isNull();
            assertThat(x.operator()).isEqualTo("前橋市");
            assertThat(x.zone()).isEqualTo(SurveillanceZone.OUTDOOR);
        });
        assertThat(s.get(0).id()).isNotEqualTo(s.get(1).id());
        assertThat(sightings("中央地区に８台の防犯カメラがある。")).singleElement()
                .satisfies(x -> assertThat(x.operator()).as("no one said whose they are").isNull());
    }

    @Test
    void aSpotNamedAfterItsBuildingLosesTheBuildingsNameButOneByItKeepsIt() {
        List<Sighting> s = sightings("申請の帰りに見ると、前橋市役所の地下駐車場の出入口には、ドーム型カメラが２台ありました。", "",
                "なお、市役所前の交差点にも、防犯カメラが設置されていました。");

        assertThat(s).hasSize(2);
        assertThat(s.get(0).place().facility()).isEqualTo("前橋市役所");
        assertThat(s.get(0).place().area()).isEqualTo("地下駐車場の出入口");
        assertThat(s.get(1).place().area()).isEqualTo("市役所前の交差点");
        assertThat(s.get(1).place().facility()).isNull();
        assertThat(s.get(1).count()).isNull();
        assertThat(s.get(1).zone()).isEqualTo(SurveillanceZone.OUTDOOR);
    }

    @Test
    void thePostsBuildingNamedAgainByItsKindIsWhereTheSpotIs() {
        List<Sighting> s = sightingsOf("桐生市立図書館に行ってきた", "図書館の入口の天井には、３６０度カメラが１台付いています。");

        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.place().facility()).isEqualTo("桐生市立図書館");
            assertThat(x.place().area()).isEqualTo("入口");
            assertThat(x.mount()).isEqualTo(Mount.CEILING);
            assertThat(x.cameraType()).isEqualTo(org.civicwatch.model.CameraType.DOME);
            assertThat(x.count().value()).isEqualTo(1L);
        });
        assertThat(sightingsOf("桐生市立図書館に行ってきた", "美術館の入口の天井には、カメラが１台付いています。")).isEmpty();
    }

    @Test
    void aFacilityNamedOnlyByTheKindOfBodyRunningItIsThatOfTheBodyThePostSpeaksOf() {
        List<Sighting> s = sightingsOf("図書館のカメラ", "高崎市は５日、市立図書館の利用者アンケートの結果を公表した。",
                "図書館の入口の天井には、カメラが２台ありました。");

        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.place().facility()).isEqualTo("高崎市立図書館");
            assertThat(x.place().jurisdiction()).isEqualTo("高崎市");
        });
        assertThat(sightingsOf("図書館のカメラ", "同市は５日、市立図書館の利用者アンケートの結果を公表した。",
                "図書館の入口の天井には、カメラが２台ありました。")).as("同市 names no body").isEmpty();
    }

    @Test
    void theOperatorNamedAsTheSubjectOfTheDevicesRunsThemAndTheirNameStaysOutOfTheArea() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "●長野県警が設置した街頭防犯カメラは、東口の交差点に３台、中央通り沿いに５台です。"
                + "どれも信号柱や街灯の柱に取り付けられていました。");
        assertThat(s).hasSize(2);
        assertThat(s).extracting(x -> x.place().area()).containsExactly("東口の交差点", "中央通り沿い");
        assertThat(s).extracting(Sighting::operator).containsExactly("長野県警", "長野県警");
        assertThat(s).extracting(Sighting::mount).containsExactly(Mount.POLE, Mount.POLE);
        assertThat(s).extracting(Sighting::zone).containsExactly(SurveillanceZone.OUTDOOR, SurveillanceZone.OUTDOOR);
        assertThat(s.get(1).count()).isEqualTo(Count.exactly(5).withOriginal("５台"));
    }

    @Test
    void aMountNamedNextAppliesOnlyToWhatTheSentenceBeforeCounted() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "●東口の交差点にカメラが３台ありました。", "",
                "●北口の広場にカメラが２台。いずれも電柱に取り付けられていました。");
        assertThat(s).extracting(Sighting::mount).containsExactly(null, Mount.POLE);
    }

    @Test
    void aCameraSeenButNotCountedHasItsAreaAndNoCount() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "●薬局の店先にもカメラが見えましたが、何台あるかまでは数えませんでした。");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).place().area()).isEqualTo("薬局の店先");
        assertThat(s.get(0).count()).isNull();
        assertThat(s.get(0).device()).isEqualTo(DeviceType.CAMERA);
    }

    @Test
    void aPlaceWalkedThroughWithNoneFoundIsAnExactZeroThere() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "●城山公園の中を一回りしましたが、カメラは１台も見つかりませんでした。", "",
                "●市営駐車場には２台。", "", "●川沿いの緑地を歩きましたが、カメラは１台も見つかりませんでした。");
        assertThat(s).hasSize(3);
        assertThat(s.get(0).place().area()).isEqualTo("城山公園");
        assertThat(s.get(0).count().isNone()).isTrue();
        assertThat(s.get(0).zone()).isEqualTo(SurveillanceZone.OUTDOOR);
        assertThat(s.get(2).place().area()).isEqualTo("川沿いの緑地");
        assertThat(s.get(2).count().isNone()).isTrue();
    }

    @Test
    void aTotalTheAskedCityGaveIsInThatCityAndRunByIt() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "●松本市に問い合わせたところ、市が管理する防犯カメラは市内に計９５台あり、"
                + "そのうち１５台は音声も録音できるそうです。");
        assertThat(s).hasSize(2);
        assertThat(s).extracting(x -> x.place().jurisdiction()).containsExactly("松本市", "松本市");
        assertThat(s).extracting(Sighting::operator).containsExactly("松本市", "松本市");
        assertThat(s).extracting(Sighting::device).containsExactly(DeviceType.CAMERA, DeviceType.MICROPHONE);
        assertThat(s.get(0).count()).isEqualTo(Count.exactly(95).withOriginal("９５台"));
        assertThat(s.get(1).count().value()).isEqualTo(15L);
    }

    @Test
    void aBareCityOperatesOnlyWhenTheBodyAskedIsOfItsKind() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "●長野県に問い合わせたところ、市が管理する防犯カメラは市内に計９５台だそうです。");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).operator()).isNull();
        assertThat(s.get(0).place()).as("no jurisdiction, nor anything else of a place").isNull();
    }

    @Test
    void domesUnderTheRoofOfABusTerminalAreAtTheTerminal() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "●駅西口のバスターミナルには、屋根の下に３６０度カメラが２台ありました。");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).place().area()).isEqualTo("駅西口のバスターミナル");
        assertThat(s.get(0).cameraType()).isEqualTo(CameraType.DOME);
        assertThat(s.get(0).zone()).isEqualTo(SurveillanceZone.OUTDOOR);
        assertThat(s.get(0).count()).isEqualTo(Count.exactly(2).withOriginal("２台"));
    }
    @Test
    void aListeningDeviceFoundIsNoSightingAndACountOfAnotherNounCountsThatNoun() {
        List<Sighting> s = sightings("市民会館の３階の和室で盗聴器が見つかった件の続報です。",
                "当会は、盗聴器を発見した経緯が分かる文書の開示を請求しました。", "関係する資料を三つ紹介します。",
                "３階の廊下の天井にはカメラが１台、駐車場には車が４台ありました。");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.device()).isEqualTo(DeviceType.CAMERA);
            assertThat(x.place().area()).isEqualTo("廊下");
            assertThat(x.count().value()).isEqualTo(1L);
        });
    }

    @Test
    void noneFoundAtASpotWithTheDeviceLeftOutIsNoneOfTheWalksDeviceOnTheFloorWalked() {
        List<Sighting> s = sightings("◆４階：会議室の前の天井にカメラが２台。", "◆給湯室には見当たりませんでした。職員の控室にもカメラはありません。");
        assertThat(s).hasSize(3);
        assertThat(s).extracting(x -> x.place().area()).containsExactly("会議室の前", "給湯室", "職員の控室");
        assertThat(s).extracting(x -> x.place().floor()).containsOnly(Floor.of(4));
        assertThat(s.subList(1, 3)).allSatisfy(x -> {
            assertThat(x.count()).extracting(Count::isNone).isEqualTo(true);
            assertThat(x.device()).isEqualTo(DeviceType.CAMERA);
        });
    }

    @Test
    void howHighBeforeTheSurfaceNamesThePartOfItAndTheOutsideOfTheBuildingIsNoPlace() {
        List<Sighting> s = sightings("２階：廊下の天井にカメラが１台。階段の真上の天井にも、ドーム型が１台ありました。", "",
                "庁舎の外では、東側の駐車場の照明柱にカメラが２台ありました。");
        assertThat(s).hasSize(3);
        assertThat(s.get(1).place().area()).isEqualTo("階段の真上");
        assertThat(s.get(1).place().floor()).isEqualTo(Floor.of(2));
        assertThat(s.get(1).mount()).isEqualTo(Mount.CEILING);
        assertThat(s.get(1).cameraType()).isEqualTo(CameraType.DOME);
        assertThat(s.get(2).place().area()).isEqualTo("東側の駐車場");
        assertThat(s.get(2).place().floor()).isNull();
        assertThat(s.get(2).zone()).isEqualTo(SurveillanceZone.OUTDOOR);
    }

    @Test
    void aListItemsSpotBeforeItsColonIsWhereItsCountsAreAndItKeepsItsFloorsToItself() {
        List<Sighting> s = sightingsOfGroup("若葉通り商店会", "通学路のカメラ", "■通学路を歩いて、カメラを数えました。",
                "見つけた順に書きます。",
                "①若葉通りの郵便局前：商店会の防犯カメラが３台（街灯の柱に取り付け）。",
                "②みどり公園：東側の入口に１台。",
                "③市民会館（旧公会堂）：１階のロビーに２台。ホールの入口にも１台。",
                "④中央橋：川の真上に、監視カメラが２台。");
        assertThat(s).hasSize(5);
        assertThat(s.get(0).place().area()).isEqualTo("若葉通りの郵便局前");
        assertThat(s.get(0).zone()).isEqualTo(SurveillanceZone.OUTDOOR);
        assertThat(s.get(0).mount()).isEqualTo(Mount.POLE);
        assertThat(s.get(0).operator()).as("the blog's group, named by its kind").isEqualTo("若葉通り商店会");
        assertThat(s.get(1).place().area()).as("a spot within the item's").isEqualTo("みどり公園の東側の入口");
        assertThat(s.get(2).place().facility()).as("the item's spot holds the floors it names").isEqualTo("市民会館");
        assertThat(s.get(2).place().floor()).isEqualTo(Floor.of(1));
        assertThat(s.get(2).place().area()).isEqualTo("ロビー");
        assertThat(s.get(3).place().facility()).isEqualTo("市民会館");
        assertThat(s.get(3).place().floor()).as("the floor told before in the item").isEqualTo(Floor.of(1));
        assertThat(s.get(3).place().area()).isEqualTo("ホールの入口");
        assertThat(s.get(4).place().area()).as("what it hangs over is no spot of its own").isEqualTo("中央橋");
        assertThat(s.get(4).count()).isEqualTo(Count.exactly(2).withOriginal("２台"));
        assertThat(s.get(4).zone()).isNull();
        assertThat(s.get(4).place().floor()).as("no floor left by the item before").isNull();
    }

    @Test
    void anItemOfAFloorWalkIsOnTheWalksFloorUnlessItIsInTheStreet() {
        List<Sighting> s = sightings("２階を見て回った。", "①会議室：天井にカメラが２台。", "②正門前の通り：電柱にカメラが１台。",
                "給湯室の前にも１台。");
        assertThat(s).extracting(x -> x.place().area()).containsExactly("会議室", "正門前の通り", "給湯室の前");
        assertThat(s).extracting(x -> x.place().floor()).containsExactly(Floor.of(2), null, Floor.of(2));
        assertThat(s.get(0).mount()).isEqualTo(Mount.CEILING);
        assertThat(s.get(1).zone()).isEqualTo(SurveillanceZone.OUTDOOR);
    }

    @Test
    void aFloorOrADateBeforeTheColonIsNoItemsSpotButANumberedPlaceIs() {
        List<Sighting> s = sightings("◆３階：会議室の天井にカメラが２台。", "○2019年5月1日：議会の傍聴席の天井にもカメラが１台。",
                "(2)北口の駐輪場：カメラが１台。");
        assertThat(s).extracting(x -> x.place().area()).containsExactly("会議室", "議会の傍聴席", "北口の駐輪場");
        assertThat(s).extracting(x -> x.place().floor()).containsExactly(Floor.of(3), Floor.of(3), null);
    }

    @Test
    void noneFoundInAListItemIsNoneAtItsSpot() {
        List<Sighting> s = sightingsOf("通学路のカメラ", "⑤さつき公園：入口に「防犯カメラ作動中」の看板がありますが、園内を歩いてもカメラは見当たりませんでした。");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.place().area()).isEqualTo("さつき公園");
            assertThat(x.count().isNone()).isTrue();
            assertThat(x.zone()).isEqualTo(SurveillanceZone.OUTDOOR);
        });
    }

    @Test
    void aCountOfEachOfTheFloorsNamedTogetherIsACountOnEveryOne() {
        List<Sighting> s = sightings("２階と３階の階段の踊り場に、カメラがそれぞれ２台ずつある。");
        assertThat(s).extracting(x -> x.place().floor()).containsExactly(Floor.of(2), Floor.of(3));
        assertThat(s).extracting(x -> x.place().area()).containsOnly("階段の踊り場");
        assertThat(s).extracting(x -> x.count().value()).containsOnly(2L);
        assertThat(sightings("２階と３階の階段の踊り場に、カメラが２台ある。")).extracting(x -> x.place().floor())
                .as("without ずつ the count is of the floor named last").containsExactly(Floor.of(3));
    }

    @Test
    void aTypeOpeningTheNextSentenceIsTheTypeOfTheCamerasItCounted() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "駅前の交差点には、県警の防犯カメラが１台ある。旋回式で、ときどき向きを変えていた。");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.cameraType()).isEqualTo(CameraType.PANNING);
            assertThat(x.operator()).as("県警 alone, with no force named before it, is no one's").isNull();
        });
        assertThat(sightingsOf("駅前のカメラ", "駅前の交差点には、防犯カメラが１台ある。これが旋回式かどうかは分からない。"))
                .singleElement().satisfies(x -> assertThat(x.cameraType()).isNull());
    }

    @Test
    void aTypeOpeningTheNextSentenceAfterAPointingWordIsStillItsType() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "駅前の交差点には、防犯カメラが１台ある。これは旋回式で、ときどき向きを変えていた。");
        assertThat(s).singleElement().satisfies(x -> assertThat(x.cameraType()).isEqualTo(CameraType.PANNING));
    }

    @Test
    void camerasSomeoneWasAskedToPutUpAndDidAreCountedNotPlanned() {
        // Asking is a plan; "付けてもらいました", done, is cameras there.
        assertThat(sightingsOf("駅前のカメラ", "桜公園には、市にお願いしてカメラを２台付けてもらいました。")).singleElement()
                .satisfies(x -> assertThat(x.count().value()).isEqualTo(2L));
        assertThat(sightingsOf("駅前のカメラ", "桜公園にもカメラを２台付けてもらいたいと考えています。")).isEmpty();
    }

    @Test
    void aDistrictOrAnOldQuarterBeforeTheCamerasIsWhereTheyAreNotWhoRunsThem() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "駅東地区の防犯カメラは計１６台です。", "城下町の防犯カメラは３台でした。");
        assertThat(s).extracting(Sighting::operator).containsOnlyNulls();
        assertThat(sightingsOf("駅前のカメラ", "郡山市の防犯カメラは計１６台です。")).singleElement()
                .satisfies(x -> assertThat(x.operator()).isEqualTo("郡山市"));
    }

    @Test
    void aLicencePlateReaderIsCountedByAWordForAnyDeviceOnlyAfterItsName() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "国道沿いの歩道橋に、Ｎシステムの装置が２基ある。");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.device()).isEqualTo(DeviceType.ALPR);
            assertThat(x.place().area()).isEqualTo("国道沿いの歩道橋");
            assertThat(x.count().value()).isEqualTo(2L);
            assertThat(x.cameraType()).isNull();
        });
        assertThat(sightingsOf("駅前のカメラ", "駅前の通りでは、カメラの近くに、切符を売る装置が２台ある。")).isEmpty();
    }

    @Test
    void aTotalInADistrictKeepsItsAreaAndTheBodyNamedBeforeRunsIt() {
        List<Sighting> s = sightingsOf("街頭カメラの調べ", "甲府市の公開資料によると、中央地区には市の防犯カメラが計２５台ある。",
                "山梨県警は、県警が設置している街頭カメラの台数を公表した。それによると、南警察署の管内には１２台がある。",
                "また、甲府駅前の交差点で２台を見つけた。");
        assertThat(s).hasSize(3);
        assertThat(s.get(0).place().area()).isEqualTo("中央地区");
        assertThat(s.get(0).place().jurisdiction()).isEqualTo("甲府市");
        assertThat(s.get(0).operator()).isEqualTo("甲府市");
        assertThat(s.get(0).zone()).isEqualTo(SurveillanceZone.OUTDOOR);
        assertThat(s.get(1).place().area()).isEqualTo("南警察署の管内");
        assertThat(s.get(1).operator()).as("by the account of the sentence before").isEqualTo("山梨県警");
        assertThat(s.get(1).zone()).isNull();
        assertThat(s.get(2).place().area()).isEqualTo("甲府駅前の交差点");
        assertThat(s.get(2).operator()).as("no account of another's").isNull();
    }

    @Test
    void anIntroductionsTotalIsReadButNotItsOtherCounts() {
        List<Sighting> s = sightingsOf("街頭カメラの調べ", "■市の一覧によると、北口地区には防犯カメラが計８台あります。駅前の通りにも２台。");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.place().area()).isEqualTo("北口地区");
            assertThat(x.count().value()).isEqualTo(8L);
        });
    }

    @Test
    void aStreetNamedClausesBeforeTheHolderIsWhereTheCountIsAndAskingForCamerasIsAPlan() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "駅前の交差点では、信号柱の上のほうに、県警のものとみられるカメラが２台ある。",
                "桜公園にもカメラを２台付けてもらうよう、市に頼みます。");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.place().area()).isEqualTo("駅前の交差点");
            assertThat(x.mount()).isEqualTo(Mount.POLE);
            assertThat(x.zone()).isEqualTo(SurveillanceZone.OUTDOOR);
            assertThat(x.operator()).as("only thought to be theirs").isNull();
        });
        assertThat(sightingsOf("駅前のカメラ", "市役所の前では、職員に話を聞き、カメラが２台あると教わった。")).isEmpty();
    }

    @Test
    void aBodyTellingItPutsUpCamerasRunsThoseItsItemsListAndEachOfTwoDirectionsSplitsTheCountBefore() {
        List<Sighting> s = sightingsOfGroup("みどり台自治会だより", "今年のカメラ",
                "自治会では、昨年度から、県の補助金で防犯カメラを順に設置しています。", "",
                "・みどり台児童公園の入口：街灯の柱に１台。", "・中央通りの交差点：電柱に２台。北向きと南向きに１台ずつです。");
        assertThat(s).hasSize(2);
        assertThat(s).extracting(x -> x.place().area()).containsExactly("みどり台児童公園の入口", "中央通りの交差点");
        assertThat(s).extracting(Sighting::operator).as("the blog is the group's newsletter")
                .containsExactly("みどり台自治会", "みどり台自治会");
        assertThat(s.get(1).count()).isEqualTo(Count.exactly(2).withOriginal("２台"));
        assertThat(sightingsOfGroup("みどり台自治会", "今年のカメラ", "当自治会は、この春、防犯カメラを２か所に取り付けました。", "",
                "・中央通りの交差点：電柱に１台。")).singleElement()
                .satisfies(x -> assertThat(x.operator()).isEqualTo("みどり台自治会"));
    }

    @Test
    void aBodyOnlyPlanningCamerasRunsNoneAndEachCountNotAddingUpToTheOneBeforeIsItsOwn() {
        List<Sighting> s = sightingsOfGroup("みどり台自治会だより", "来年のカメラ",
                "自治会では、来年度に防犯カメラを設置する予定です。", "",
                "・中央通りの交差点：電柱に２台。北向きと南向きに２台ずつです。");
        assertThat(s).extracting(Sighting::operator).containsOnlyNulls();
        assertThat(s).as("two each of two directions are four, not the two before").hasSize(2);
    }

    @Test
    void theCountsAddedToATotalAreNoSightingsOfTheirOwn() {
        List<Sighting> s = sightingsOfGroup("みどり台自治会だより", "カメラの数",
                "これで自治会の防犯カメラは、一昨年度の２台、昨年度の３台と合わせて、計７台になりました。");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.count()).isEqualTo(Count.exactly(7).withOriginal("７台"));
            assertThat(x.operator()).isEqualTo("みどり台自治会");
            assertThat(x.place()).as("no place of its own").isNull();
        });
        assertThat(sightingsOf("駅前のカメラ", "駅前の広場にカメラが２台、駅前全体では計７台あります。"))
                .as("a count not added to the total by its words stays a sighting").hasSize(2);
        assertThat(sightingsOf("駅前のカメラ", "公園の入口にカメラが２台、町内では合わせて計７台あります。"))
                .extracting(x -> x.place().area()).as("nor one at a spot of its own").containsExactly("公園の入口", "町内");
        assertThat(sightingsOfGroup("防犯だより", "カメラの数", "自治会の防犯カメラは、計７台になりました。"))
                .singleElement().satisfies(x -> assertThat(x.operator()).as("the blog names no body of that kind").isNull());
    }

    @Test
    void aStreetPlaceOpeningTheSentenceAsItsTopicIsWhereItsCountsAre() {
        List<Sighting> s = sightingsOf("夜のパトロール", "すずらん公園は、中をひと回りしてみましたが、カメラは１台も見当たりませんでした。",
                "", "本町通りの商店街は、軒先にカメラを付けた店が目立ち、数えると７台でした。",
                "", "また公園は、暗くて、数えるとカメラが１台でした。");
        assertThat(s).extracting(x -> x.place().area()).as("a conjunction opening the sentence is no part of the name")
                .containsExactly("すずらん公園", "本町通りの商店街", "公園");
        assertThat(s).extracting(Sighting::count).containsExactly(Count.none().withOriginal("１台も見当たりませんでした"),
                Count.exactly(7).withOriginal("７台"), Count.exactly(1).withOriginal("１台"));
        assertThat(s).extracting(Sighting::zone).containsOnly(SurveillanceZone.OUTDOOR);
        assertThat(sightingsOf("夜のパトロール", "町内会のカメラは、中をひと回りしてみましたが、１台も見当たりませんでした。"))
                .singleElement().satisfies(x -> assertThat(x.place()).as("a topic naming the devices is no place").isNull());
    }

    @Test
    void gaBeforeOkaAndANounIsPartOfAPlacesNameButNotBeforeAHill() {
        assertThat(sightingsOf("駅のカメラ", "さくらが丘駅の駐輪場では、屋根の下にカメラが２台ありました。"))
                .singleElement().satisfies(x -> assertThat(x.place().area()).isEqualTo("さくらが丘駅の駐輪場"));
        assertThat(sightingsOf("駅のカメラ", "見物人が丘の上の駐車場にカメラが２台ありました。"))
                .singleElement().satisfies(x -> assertThat(x.place().area()).isEqualTo("丘の上の駐車場"));
    }

    @Test
    void aBareCityIsTheCityOfThatKindNamedBeforeIt() {
        List<Sighting> s = sightingsOf("駅前のカメラ", "甲府市の公開資料によると、市が設置している防犯カメラは市内に計４０台あるそうです。");
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.operator()).isEqualTo("甲府市");
            assertThat(x.place().jurisdiction()).isEqualTo("甲府市");
            assertThat(x.count()).isEqualTo(Count.exactly(40).withOriginal("４０台"));
        });
    }

    @Test
    void camerasSeenButNotCountedAreASightingWithNoCount() {
        assertThat(sightingsOf("夜のパトロール", "スーパーの駐車場にもカメラが見えましたが、暗くて何台あるかまでは分かりませんでした。"))
                .singleElement().satisfies(x -> {
                    assertThat(x.place().area()).isEqualTo("スーパーの駐車場");
                    assertThat(x.count()).isNull();
                });
    }

    @Test
    void anInventoryTableIsReadRowByRowInTheBuildingAndAWalkThatOnlyConfirmsItAddsNothing() {
        List<Sighting> found = sightingsOf("北区役所のカメラ一覧", "開示された一覧です。", "",
                "階\t設置場所\t台数\t種類", "１階\t正面玄関\t２\tドーム型", "２階\t窓口前\t１\tボックス型", "計\t\t３", "",
                "↑１階の正面玄関。ドーム型のカメラが一覧表のとおり２台ありました。", "駐輪場には一覧にないカメラが１台ありました。");

        assertThat(found).extracting(s -> s.place() == null ? null : s.place().area())
                .containsExactly("正面玄関", "窓口前", null, "駐輪場");
        assertThat(found).extracting(s -> s.count().value()).containsExactly(2L, 1L, 3L, 1L);
        assertThat(found.get(0).place().facility()).isEqualTo("北区役所");
        // a ward of a designated city is the city's: named in full, its jurisdiction is the city
        assertThat(sightingsOf("東区役所の一覧", "熊本市東区役所の２階に防犯カメラが２台ありました。").get(0).place())
                .satisfies(p -> {
                    assertThat(p.facility()).isEqualTo("熊本市東区役所");
                    assertThat(p.jurisdiction()).isEqualTo("熊本市");
                });
        assertThat(found.get(0).place().floor()).isEqualTo(org.civicwatch.model.Floor.of(1));
        assertThat(found.get(0).cameraType()).isEqualTo(org.civicwatch.model.CameraType.DOME);
        assertThat(found.get(2).place().floor()).as("the total").isNull();
    }

    @Test
    void aListOfParksIsOneSightingPerParkRunByTheBodyTheSentenceBeforeNames() {
        List<Sighting> found = sightingsOf("公園のカメラ", "新潟市長に公開を請求しました。", "いずれも市が設置したものです。",
                "・東町公園　2台（園内灯の支柱）", "・西町広場　1台（トイレの外壁）", "・南町公園　設置なし", "合計　3台");

        assertThat(found).extracting(s -> s.place().facility()).containsExactly("東町公園", "西町広場", "南町公園", null);
        assertThat(found).extracting(Sighting::operator).containsOnly("新潟市");
        assertThat(found).extracting(Sighting::mount).containsExactly(org.civicwatch.model.Mount.POLE,
                org.civicwatch.model.Mount.WALL, null, null);
        assertThat(found.get(3).place().jurisdiction()).as("the total, in the city that runs them").isEqualTo("新潟市");
    }

    @Test
    void aSentenceSayingWhoseTheyAllAreGivesTheDevicesCountedAroundItTheirOperator() {
        List<Sighting> found = sightingsOfGroup("みなと町内会だより", "カメラの話", "取り付けた場所は次のとおりです。", "",
                "①中央公園の入口の電柱に防犯カメラを１台。", "②集会所の軒下に防犯カメラを１台。", "",
                "どれも市の補助金を使って、町内会が設置したものです。");

        assertThat(found).hasSize(2).extracting(Sighting::operator).containsOnly("みなと町内会");
        // a sentence about someone else's cameras far away names no one for them
        assertThat(sightingsOfGroup("みなと町内会だより", "カメラの話", "①中央公園の入口の電柱に防犯カメラを１台。", "", "", "", "", "",
                "", "", "", "", "", "駅前のカメラは、どれも県警が設置したものです。"))
                .extracting(Sighting::operator).containsOnlyNulls();
    }

    @Test
    void aSentenceOnAllTheBuildingsDevicesGivesThemAllItsRunnerAndThePoliceIsNamedAsThePostNamesIt() {
        List<Sighting> joint = sightingsOf("庁舎のカメラ", "港地方合同庁舎を歩きました。", "１階のロビーの天井にカメラが２台。", "", "２階の廊下に１台。",
                "", "", "", "", "", "", "", "地下１階の駐車場の出入口に１台。", "",
                "ほかのカメラはすべて、四国財務局が庁舎の管理のために設置したものだそうです。");
        assertThat(joint).hasSize(3).extracting(Sighting::operator).containsOnly("四国財務局");

        List<Sighting> station = sightingsOf("相談室のこと", "北警察署に行きました。", "１階の受付の天井にカメラが２台。",
                "", "", "", "", "", "", "", "", "青森県警察本部長あてに開示請求をしました。",
                "受付の方によると、庁舎のカメラはどれも県警が防犯のために設置しているものです。");
        assertThat(station).singleElement().satisfies(x -> assertThat(x.operator()).isEqualTo("青森県警察"));

        assertThat(sightingsOf("相談室のこと", "北警察署に行きました。", "１階の受付の天井にカメラが２台。",
                "庁舎のカメラはどれも県警が設置しているものです。"))
                .as("the police of no prefecture named is no one's").extracting(Sighting::operator).containsOnlyNulls();
    }

    @Test
    void aFacilityNamedInKanaAfterItsBodyAndAListMarkBeforeItAreReadAsWrittenAndAnotherCityIsNoOperator() {
        List<Sighting> found = sightingsOf("図書館のカメラ", "〇久留米市立みなみ図書館の１階に防犯カメラが３台ありました。");
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.place().facility()).isEqualTo("久留米市立みなみ図書館");
            assertThat(s.place().jurisdiction()).isEqualTo("久留米市");
        });
        assertThat(sightingsOf("駅のカメラ", "他市が設置した防犯カメラが駅前に２台ありました。"))
                .extracting(Sighting::operator).containsOnlyNulls();
    }

    @Test
    void countsOverAPrefectureAndItsCitiesAreSightingsInThoseJurisdictionsOfTheOneBody() {
        List<Sighting> s = sightingsOf("街頭カメラの台数",
                "静岡県警察本部長に請求した文書の一部が開示され、「県内に計２１０台」とだけ書かれていた。",
                "",
                "別の資料によると、県警が設置している街頭カメラは、浜松市内に６４台、沼津市内に１９台です。県全体の２１０台のうち、残りはほかの市町にある。");
        assertThat(s).extracting(m -> m.place().jurisdiction(), m -> m.count().value(), Sighting::operator)
                .as("the total retold (県全体の２１０台) is no sighting of its own; the total takes the one body's name")
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("静岡県", 210L, "静岡県警察"),
                        org.assertj.core.groups.Tuple.tuple("浜松市", 64L, "静岡県警察"),
                        org.assertj.core.groups.Tuple.tuple("沼津市", 19L, "静岡県警察"));
        assertThat(s).allSatisfy(m -> {
            assertThat(m.place().facility()).isNull();
            assertThat(m.place().floor()).isNull();
            assertThat(m.device()).isEqualTo(DeviceType.CAMERA);
        });
    }

    @Test
    void aNeighbourhoodOrACityNamedOnlyByItsKindIsNoJurisdiction() {
        List<Sighting> s = sightingsOf("防犯カメラ", "町内に３台あるカメラは、自治会が管理している。");
        assertThat(s).extracting(m -> m.place().jurisdiction(), m -> m.place().area(), Sighting::zone)
                .as("the neighbourhood is the street's area, as before").containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "町内", SurveillanceZone.OUTDOOR));
        assertThat(sightingsOf("防犯カメラ", "市内に４０台あると聞いた。")).as("a count over a city the post does not name is nowhere")
                .isEmpty();
    }

    @Test
    void aMunicipalHallByItsOwnNameAndAnOfficesAnnexAreBuildingsAndAStationAskedIsNone() {
        assertThat(sightingsOf("見学記", "出雲市ひかわ市民交流館の１階ロビーの天井にカメラが２台。")).singleElement().satisfies(x -> {
            assertThat(x.place().facility()).isEqualTo("出雲市ひかわ市民交流館");
            assertThat(x.place().jurisdiction()).isEqualTo("出雲市");
        });
        assertThat(sightingsOf("見学記", "高知県庁西館の２階の廊下にカメラが１台。")).singleElement()
                .satisfies(x -> assertThat(x.place().facility()).isEqualTo("高知県庁西館"));
        assertThat(sightingsOf("見学記", "柱のカメラは一覧にないので中津警察署に尋ねたところ、県警のものでした。", "",
                "２階の廊下にカメラが１台。")).singleElement()
                .satisfies(x -> assertThat(x.place().facility()).as("the station is only asked").isNull());
    }

    @Test
    void aCountOfABodysOwnDevicesAtNoBuildingIsInItsTerritory() {
        List<Sighting> listed = sightingsOf("学校のカメラ", "◆公開された一覧です。いずれも三条市教育委員会が設置したものです。",
                "学校名\t設置場所\t台数", "三条市立北小学校\t正門\t１台", "三条市立南小学校\t裏門\t２台", "計\t\t３台");
        assertThat(listed).hasSize(3).last().satisfies(x -> {
            assertThat(x.count().value()).isEqualTo(3L);
            assertThat(x.place().jurisdiction()).as("the schools' total is in the board's city").isEqualTo("三条市");
            assertThat(x.operator()).isEqualTo("三条市教育委員会");
        });
        assertThat(sightingsOf("学校のカメラ", "燕市が請け負わせた工事の話です。", "市立小中学校１５校に取り付けられた防犯カメラは計４５台でした。"))
                .singleElement().satisfies(x -> assertThat(x.place().jurisdiction()).as("the city's own schools").isEqualTo("燕市"));
    }

    @Test
    void aMeetingHallNamedFirstIsNotTheBuildingOfAPostAboutAnotherFacility() {
        assertThat(sightingsOf("例会の記録", "場所：長岡市市民交流センター　第２会議室", "",
                "長岡市立中央病院の１階の外来ロビーの天井にカメラが３台ありました。")).singleElement()
                .satisfies(x -> assertThat(x.place().facility()).isEqualTo("長岡市立中央病院"));
    }

    @Test
    void devicesStillToBePutUpAndADeniedLinkAreNoSightings() {
        assertThat(sightingsOf("駅のカメラ", "仕様書では、東口と西口にあわせて１０台を付けることになっていました。")).isEmpty();
        assertThat(sightingsOf("駅のカメラ", "駐輪場の２台は、来年度に改めて付けるとのことです。")).isEmpty();
        assertThat(sightingsOf("公民館のカメラ", "２階を歩きました。", "廊下の機械はカメラとは関係ありません。")).as("no absence denied").isEmpty();
    }

    @Test
    void aSpotLosesItsListMarkAndAMunicipalityItsPrefecture() {
        assertThat(SightingExtractor.shortName("滋賀県守山市")).isEqualTo("守山市");
        assertThat(SightingExtractor.shortName("滋賀県守山市教育委員会")).isEqualTo("守山市教育委員会");
        assertThat(SightingExtractor.shortName("滋賀県")).isEqualTo("滋賀県");
        assertThat(SightingExtractor.shortName("滋賀県警察")).as("no municipality").isEqualTo("滋賀県警察");
        assertThat(sightingsOf("公民館のカメラ", "１階を歩きました。", "・建物の裏の駐車場に、カメラが１台。")).singleElement()
                .satisfies(x -> assertThat(x.place().area()).isEqualTo("建物の裏の駐車場"));
    }

    @Test
    void aListOfABuildingsDevicesReadsItsFloorsItsOwnCarParkAndTheBoardShortNamed() {
        List<Sighting> s = sightingsOf("センターのカメラ", "坂出市中央市民センターの別表によると、カメラは次のとおりです。",
                "・１階の玄関の風除室：天井に半球形のカメラが１台", "・駐車場：照明の柱に１台", "",
                "いずれも市教委が設置しています。");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).place()).satisfies(p -> {
            assertThat(p.facility()).isEqualTo("坂出市中央市民センター");
            assertThat(p.floor()).isEqualTo(Floor.of(1));
            assertThat(p.area()).isEqualTo("玄関の風除室");
        });
        assertThat(s.get(1).place().facility()).as("the building's own car park").isEqualTo("坂出市中央市民センター");
        assertThat(s.get(1).place().area()).isEqualTo("駐車場");
        assertThat(s.get(1).zone()).isEqualTo(SurveillanceZone.OUTDOOR);
        assertThat(s).extracting(Sighting::operator).as("市教委 of the city the post names")
                .containsOnly("坂出市教育委員会");
    }

    @Test
    void aHallByItsOwnNameAloneIsTheBuildingButNoHallNamedByWhereItLies() {
        assertThat(sightingsOf("見学記", "会員２名でみなと地区公民館を見てきました。", "１階の玄関ホールの天井にカメラが１台。"))
                .singleElement().satisfies(x -> {
                    assertThat(x.place().facility()).isEqualTo("みなと地区公民館");
                    assertThat(x.place().jurisdiction()).isNull();
                });
        assertThat(sightingsOf("見学記", "近くの公民館を見てきました。", "１階の玄関ホールの天井にカメラが１台。"))
                .singleElement().satisfies(x -> assertThat(x.place().facility()).isNull());
    }
}
