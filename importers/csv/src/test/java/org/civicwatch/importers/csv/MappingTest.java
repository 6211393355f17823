package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other publishers' CSV files read through column-mapping files, each part of the mapping format shown. */
class MappingTest {
    @TempDir
    Path dir;

    private Dataset read(String mapping, byte[] csv, Options options) throws IOException {
        Path m = Files.writeString(dir.resolve("list.mapping.json"), mapping);
        Path file = Files.write(dir.resolve("list.csv"), csv);
        return CivicWatch.read(file, "csv", options.with(CsvReadSettings.MAPPING, m.toString()));
    }

    private Dataset read(String mapping, String csv) throws IOException {
        return read(mapping, csv.getBytes(StandardCharsets.UTF_8), Options.EMPTY);
    }

    private DataException fails(String mapping, String csv) {
        return catchThrowableOfType(DataException.class, () -> read(mapping, csv));
    }

    private static final String CAMERAS = """
            {"type": "sighting", "charset": "windows-31j",
             "fields": {
               "id": {"concat": ["cam-", {"column": "番号"}]},
               "device": {"constant": "camera"},
               "operator": {"column": "設置主体"},
               "place.area": {"column": "地点"},
               "place.latitude": {"column": "北緯", "parse": "coordinate"},
               "place.longitude": {"column": "東経", "parse": "coordinate"},
               "links[0].url": {"column": "URL"},
               "links[0].kind": {"constant": "document"}}}
            """;

    @Test
    void aCityCameraListInWindows31jBecomesSightings() throws IOException {
        String csv = "設置主体,番号,地点,北緯,東経,URL\r\n"
                + "架空市,1,駅前①,36.383376,139.073226,https://example.jp/1\r\n"
                + "架空市,2,\"交差点（東側）\",36°23′22.5″,139度4分12.1秒,\r\n"
                + "架空市,3,㈱ビル前,３６．３９１５,Ｅ１３９．０７１２,\r\n";
        Dataset d = read(CAMERAS, csv.getBytes(Charset.forName("windows-31j")), Options.EMPTY);
        assertThat(d.sightings()).extracting(Sighting::id).containsExactly("cam-1", "cam-2", "cam-3");
        Sighting first = d.sightings().get(0);
        assertThat(first.operator()).isEqualTo("架空市");
        assertThat(first.place().area()).isEqualTo("駅前①");
        assertThat(first.place().latitude()).isEqualTo(36.383376);
        assertThat(first.links()).singleElement().satisfies(l -> assertThat(l.url()).isEqualTo("https://example.jp/1"));
        Sighting second = d.sightings().get(1);
        assertThat(second.place().latitude()).isCloseTo(36 + 23 / 60.0 + 22.5 / 3600, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(second.place().longitude()).isCloseTo(139 + 4 / 60.0 + 12.1 / 3600, org.assertj.core.data.Offset.offset(1e-9));
        // An empty URL gives no link, though the link's kind is a constant.
        assertThat(second.links()).isEmpty();
        assertThat(d.sightings().get(2).place().longitude()).isEqualTo(139.0712);
    }

    @Test
    void aFacilityListReadsFloorAndAreaFromOneCellAndCountsWithTheirCounters() throws IOException {
        String mapping = """
                {"type": "sighting",
                 "info": {"title": "庁舎内監視機器一覧", "language": "ja"},
                 "fields": {
                   "id": {"concat": ["device-", {"rowNumber": true}]},
                   "device": {"column": "機器", "values": {"防犯カメラ": "camera", "人感センサー": "motion_sensor"}},
                   "count": {"column": "台数", "parse": "count"},
                   "place.facility": {"concat": [{"column": "施設名"}, {"column": "棟"}], "separator": " "},
                   "place": {"column": "設置場所", "parse": "floor-and-area"},
                   "notes": {"concat": [{"column": "設置年月", "prefix": "設置 "}, {"column": "備考"}], "separator": "、"}}}
                """;
        String csv = "\uFEFF施設名,棟,設置場所,機器,台数,設置年月,備考\r\n"
                + "架空市役所,本庁舎,２階正面入口,防犯カメラ,２台,平成28年3月,ドーム型\r\n"
                + "架空市役所,本庁舎,４階管財課,防犯カメラ,なし,,撤去済み\r\n"
                + "架空市役所,,地下1階駐車場,人感センサー,約10台,,\r\n"
                + "架空市役所,東庁舎,屋上,防犯カメラ,3台,2019/6/1,\r\n";
        Dataset d = read(mapping, csv);
        assertThat(d.info().title()).isEqualTo("庁舎内監視機器一覧");
        List<Sighting> s = d.sightings();
        assertThat(s).extracting(Sighting::id).containsExactly("device-1", "device-2", "device-3", "device-4");
        assertThat(s.get(0).place().floor()).isEqualTo(Floor.of(2));
        assertThat(s.get(0).place().floorLabel()).isEqualTo("２階");
        assertThat(s.get(0).place().area()).isEqualTo("正面入口");
        assertThat(s.get(0).place().facility()).isEqualTo("架空市役所 本庁舎");
        assertThat(s.get(0).count()).isEqualTo(Count.exactly(2).withOriginal("２台"));
        assertThat(s.get(0).notes()).isEqualTo("設置 平成28年3月、ドーム型");
        assertThat(s.get(1).place().area()).isEqualTo("管財課");
        assertThat(s.get(1).count()).isEqualTo(Count.none().withOriginal("なし"));
        assertThat(s.get(1).notes()).isEqualTo("撤去済み");
        assertThat(s.get(2).place().floor()).isEqualTo(Floor.of(-1));
        assertThat(s.get(2).place().facility()).isEqualTo("架空市役所");
        assertThat(s.get(2).device()).isEqualTo(DeviceType.MOTION_SENSOR);
        assertThat(s.get(2).count()).isEqualTo(Count.about(10).withOriginal("約10台"));
        assertThat(s.get(2).notes()).isNull();
        assertThat(s.get(3).place().floor()).isNull();
        assertThat(s.get(3).place().area()).isEqualTo("屋上");
    }

    private static final String REQUESTS = """
            {"type": "filing", "headerRow": 2,
             "fields": {
               "id": {"concat": ["request-", {"column": "受付番号"}]},
               "kind": {"constant": "disclosure_request"},
               "referenceNumber": {"column": "受付番号"},
               "subject": {"column": "請求内容"},
               "filed": {"column": "請求年月日", "parse": "date"},
               "outcome": {"column": "決定内容", "values": {"全部開示": "disclosed", "部分開示": "partially_disclosed",
                           "非開示": "not_disclosed", "不存在": "not_held"}},
               "events[0].kind": {"constant": "filed"},
               "events[0].when": {"column": "請求年月日", "parse": "date"},
               "events[1].kind": {"constant": "decided"},
               "events[1].when": {"column": "決定年月日", "parse": "date"}}}
            """;

    @Test
    void anAgencyRequestLogBecomesFilingsWithEraAndWesternDates() throws IOException {
        String csv = "情報公開請求受付簿（令和5年度）\n"
                + "受付番号,請求年月日,請求内容,決定内容,決定年月日\n"
                + "R5-001,令和5年4月3日,防犯カメラの設置場所,全部開示,令和5年4月17日\n"
                + "R5-002,H31.4.26,録音記録,不存在,R1.5.10\n"
                + "R5-003,2023/6/5,顔認証の検討資料,,\n";
        List<Filing> f = read(REQUESTS, csv).filings();
        assertThat(f).extracting(Filing::id).containsExactly("request-R5-001", "request-R5-002", "request-R5-003");
        assertThat(f.get(0).filed()).isEqualTo(When.parse("2023-04-03").withOriginal("令和5年4月3日"));
        assertThat(f.get(0).outcome()).isEqualTo(FilingOutcome.DISCLOSED);
        assertThat(f.get(0).events()).extracting(e -> e.kind()).containsExactly(FilingEventKind.FILED,
                FilingEventKind.DECIDED);
        assertThat(f.get(0).events().get(1).when()).isEqualTo(When.parse("2023-04-17").withOriginal("令和5年4月17日"));
        assertThat(f.get(1).filed()).isEqualTo(When.parse("2019-04-26").withOriginal("H31.4.26"));
        assertThat(f.get(1).outcome()).isEqualTo(FilingOutcome.NOT_HELD);
        // Not decided yet: no outcome, and no "decided" event made of its constant kind alone.
        assertThat(f.get(2).outcome()).isNull();
        assertThat(f.get(2).events()).extracting(e -> e.kind()).containsExactly(FilingEventKind.FILED);
        assertThat(f.get(2).referenceNumber()).isEqualTo("R5-003");
    }

    @Test
    void badValuesAreLocatedAtThePublishersColumn() {
        String csv = "受付番号,請求年月日,請求内容,決定内容,決定年月日\nR5-001,令和5年2月30日,x,全部開示,\n";
        String oneRow = REQUESTS.replace("\"headerRow\": 2,", "");
        assertThat(fails(oneRow, csv)).hasMessageStartingWith("list.csv:2:2: record 1, field '請求年月日': for filed:"
                + " cannot read \"令和5年2月30日\"");
        assertThat(fails(oneRow, csv.replace("全部開示", "一部開示").replace("2月30日", "2月3日"))).hasMessageStartingWith("list.csv:2:4: record 1, field"
                + " '決定内容': for outcome: \"一部開示\" is none of the texts the mapping translates (不存在, 全部開示,"
                + " 部分開示, 非開示)");
        assertThat(fails(oneRow, csv.replace("R5-001", "R5 001").replace("令和5年2月30日", "令和5年2月3日")))
                .hasMessageStartingWith("list.csv:2:1: record 1, field '受付番号': for id: \"request-R5 001\" is not a"
                        + " valid id");
    }

    @Test
    void aMissingColumnIsFoundAtTheHeaderAndTheMessageSuggestsTheHeaderRow() {
        assertThat(fails(REQUESTS.replace("\"headerRow\": 2,", ""), "表題\n受付番号,請求年月日\n"))
                .hasMessage("list.csv:1: field '受付番号': the mapping list.mapping.json reads the columns 受付番号,"
                        + " 請求内容, 請求年月日, 決定内容, 決定年月日, which the header does not have; found 表題; if the"
                        + " header is not the first row, set \"headerRow\" in the mapping");
    }

    @Test
    void mistakesInTheMappingFileAreLocatedInIt() {
        assertThat(fails("{\"type\": \"camera\", \"fields\": {}}", "a\n"))
                .hasMessage("list.mapping.json:1: field 'type': \"type\" must name the record type: incident, sighting,"
                        + " filing, news");
        assertThat(fails("{\"type\": \"sighting\",\n \"fields\": {\n  \"id\": {\"column\": \"a\"},\n"
                + "  \"place.room\": {\"column\": \"b\"}}}", "a,b\n"))
                .hasMessage("list.mapping.json:4: field 'place.room': 'room' is not a field of Place; its fields are"
                        + " jurisdiction, jurisdictionCode, facility, floor, floorLabel, area, address, latitude, longitude");
        assertThat(fails("{\"type\": \"sighting\", \"fields\": {\"id\": {\"column\": \"a\"}}}", "a\n"))
                .hasMessage("list.mapping.json:1: field 'device': a sighting needs 'device', and the mapping gives no"
                        + " rule for it (a column, a constant or a concat)");
        assertThat(fails("{\"type\": \"sighting\", \"fields\": {\"id\": {\"column\": \"a\"}, \"device\": {\"column\":"
                + " \"b\", \"parse\": \"count\"}}}", "a,b\n"))
                .hasMessageEndingWith("field 'device': parse count fills a count (count, observer.size)");
        assertThat(fails("{\"type\": \"sighting\", \"fields\": {\"id\": {\"column\": \"a\"}, \"tags\": {\"column\":"
                + " \"b\"}}}", "a,b\n")).hasMessageEndingWith("field 'tags': 'tags' is a list: say which element, as"
                + " tags[0]");
        assertThat(fails("{\"type\": \"sighting\", \"fields\": {\"id\": {\"column\": \"a\", \"constant\": \"x\"}}}", "a\n"))
                .hasMessageEndingWith("field 'id': a rule takes its text from exactly one of column, constant and concat");
        assertThat(fails("{\"type\": \"sighting\", \"feilds\": {}}", "a\n")).hasMessageEndingWith("field 'feilds':"
                + " unknown member; a mapping has charset, civicwatchMapping, description, fields, headerRow, info, type");
        assertThat(fails("{\"type\": \"sighting\",", "a\n")).hasMessageStartingWith("list.mapping.json:1:21: malformed"
                + " JSON:");
    }

    @Test
    void leniencySetsAsideRowsTheMappingCannotRead() throws IOException {
        String csv = "受付番号,請求年月日,請求内容,決定内容,決定年月日\r\n"
                + "R5-001,令和5年4月3日,x,全部開示,\r\nR5-002,いつか,y,,\r\nR5-003,R5.5.8,z,,\r\n";
        Path rejects = dir.resolve("rejects.csv");
        List<Problem> seen = new java.util.ArrayList<>();
        Dataset d = read(REQUESTS.replace("\"headerRow\": 2,", ""), csv.getBytes(StandardCharsets.UTF_8), Options.EMPTY
                .with(StandardOptions.LENIENT, true).with(StandardOptions.REJECTED, seen::add)
                .with(CsvReadSettings.REJECTS, rejects.toString()));
        assertThat(d.filings()).extracting(Filing::id).containsExactly("request-R5-001", "request-R5-003");
        assertThat(seen).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.rejected()).isEqualTo("R5-002,いつか,y,,\r\n");
        });
        assertThat(Files.readString(rejects)).isEqualTo("受付番号,請求年月日,請求内容,決定内容,決定年月日\r\n"
                + "R5-002,いつか,y,,\r\n");
    }
}
