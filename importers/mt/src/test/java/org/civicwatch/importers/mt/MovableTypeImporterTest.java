package org.civicwatch.importers.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.blog.BlogOptions;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Link;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;

class MovableTypeImporterTest {
    private static final Options GOO = Options.EMPTY.with(BlogOptions.BASE_URL, "https://blog.goo.ne.jp/hibari-kai");
    private static final String POST = "https://blog.goo.ne.jp/hibari-kai/e/3a5f0c1d2e4b6a7980f1e2d3c4b5a697";

    static byte[] fixture() throws IOException {
        try (InputStream in = MovableTypeImporterTest.class.getResourceAsStream("goo-export.txt")) {
            return in.readAllBytes();
        }
    }

    static Dataset read(String text, Options options) {
        return read(text.getBytes(StandardCharsets.UTF_8), options);
    }

    static Dataset read(byte[] bytes, Options options) {
        try {
            return new MovableTypeImporter().read(new ByteArrayInputStream(bytes), "export.txt", options);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<Sighting> sightings(Dataset d) {
        return d.records().filter(Sighting.class::isInstance).map(Sighting.class::cast).toList();
    }

    /** One entry in the export's shape, with the body given. */
    static String entry(String title, String date, String body) {
        return "AUTHOR: hibari-kai\nTITLE: " + title + "\nSTATUS: Publish\nDATE: " + date + "\n-----\nBODY:\n" + body
                + "\n-----\n--------\n";
    }

    @Test
    void readsBodyAndExtendedBodyOfEachPublishedEntryAsOnePostAtItsPermalinkAndFileLines() throws IOException {
        Dataset d = read(fixture(), GOO);

        List<Sighting> fromPost = sightings(d).stream().filter(s -> s.provenance().source().equals(POST)).toList();
        assertThat(fromPost).extracting(s -> s.place().floorLabel()).containsExactly("1階", "2階", "地下1階");
        assertThat(fromPost).extracting(s -> s.count().value()).containsExactly(3L, 2L, 4L);
        // body lines are the file's: line 16 holds the first count, the extended body's line 20 the third
        assertThat(fromPost.get(0).provenance().locator()).endsWith("page line 16");
        assertThat(fromPost.get(2).provenance().locator()).endsWith("page line 20");
        assertThat(fromPost.get(0).id()).startsWith("3a5f0c1d2e4b6a7980f1e2d3c4b5a697-");
        assertThat(sightings(d)).anySatisfy(s -> assertThat(s.provenance().source())
                .isEqualTo("https://blog.goo.ne.jp/hibari-kai/e/5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"));
    }

    @Test
    void skipsDraftsUnlessTheOptionAsksForThem() throws IOException {
        assertThat(sightings(read(fixture(), GOO))).noneMatch(s -> s.place().floorLabel().equals("5階"));

        Dataset withDrafts = read(fixture(), GOO.with(MovableTypeImporter.DRAFTS, true));
        assertThat(sightings(withDrafts)).filteredOn(s -> "5階".equals(s.place().floorLabel()))
                .singleElement().satisfies(s -> assertThat(s.count().value()).isEqualTo(6L));
    }

    @Test
    void readsACommentApartFromTheAuthorsProseSoItsClaimIsNamedAsTheComments() throws IOException {
        List<Sighting> fromComment = sightings(read(fixture(), GOO)).stream()
                .filter(s -> s.provenance().source().equals(POST + "#comment-1")).toList();
        assertThat(fromComment).singleElement().satisfies(s -> {
            assertThat(s.place().floorLabel()).isEqualTo("3階");
            assertThat(s.count().value()).isEqualTo(9L);
            assertThat(s.provenance().locator()).endsWith("page line 34");
        });
        assertThat(sightings(read(fixture(), GOO.with(MovableTypeImporter.COMMENTS, "skip"))))
                .noneMatch(s -> s.provenance().source().contains("#comment"));
    }

    @Test
    void namesEntriesInTheFileWhenNoBaseUrlIsGiven() throws IOException {
        assertThat(sightings(read(fixture(), Options.EMPTY))).extracting(s -> s.provenance().source())
                .contains("export.txt#3a5f0c1d2e4b6a7980f1e2d3c4b5a697", "export.txt#3a5f0c1d2e4b6a7980f1e2d3c4b5a697#comment-1");
    }

    @Test
    void convertBreaksZeroKeepsTheBodyAsMarkupAndOneSplitsItsLines() {
        String text = entry("改行", "01/05/2020 09:00:00 AM", "1階の天井に監視カメラが2基\n2階の天井に監視カメラが3基");
        assertThat(sightings(read(text, Options.EMPTY))).extracting(s -> s.count().value()).containsExactly(2L, 3L);
    }

    @Test
    void readsTheDateAsJapanTimeOnATwelveHourClock() {
        String text = entry("時刻", "04/09/2019 12:15:30 AM", "<p>1階の天井に監視カメラが2基。</p>");
        try (RecordReader r = new MovableTypeImporter().open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "export.txt", Options.EMPTY)) {
            CivicRecord first = r.next();
            assertThat(first).isInstanceOf(Sighting.class);
            assertThat(r.next()).isNull();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> read(entry("日付の誤り", "13/45/2019 08:00:00 PM", "本文"), Options.EMPTY))
                .isInstanceOf(DataException.class)
                .hasMessage("export.txt:4: field 'DATE': entry '日付の誤り': cannot read DATE \"13/45/2019 08:00:00 PM\":"
                        + " expected MM/DD/YYYY hh:mm:ss AM or PM (06/13/2017 11:48:00 PM)");
    }

    @Test
    void aSectionWithoutItsSeparatorIsALocatedErrorWithTheEntrysTitle() {
        String text = "TITLE: 区切りなし\nDATE: 01/05/2020 09:00:00 AM\n-----\nBODY:\n本文です。\nEXTENDED BODY:\n続き\n-----\n--------\n";
        assertThatThrownBy(() -> read(text, Options.EMPTY)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("export.txt:6: entry '区切りなし': the section EXTENDED BODY begins inside the"
                        + " section BODY (begun at line 4) without the line ----- between them");
        String noHeaderEnd = "TITLE: 見出しのまま\nBODY:\n本文\n-----\n--------\n";
        assertThatThrownBy(() -> read(noHeaderEnd, Options.EMPTY)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("export.txt:2: entry '見出しのまま': the section BODY follows the header fields"
                        + " without the line ----- before it");
    }

    @Test
    void aBodyCutOffIsALocatedErrorAndLenientlyTheEntryIsSkippedAndReported() {
        String whole = entry("一つ目", "01/05/2020 09:00:00 AM", "1階の天井に監視カメラが2基。");
        String cut = whole + "TITLE: 途切れた記事\nDATE: 01/06/2020 09:00:00 AM\n-----\nBODY:\n3階の天井に監視";
        assertThatThrownBy(() -> read(cut, Options.EMPTY)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("export.txt:14: entry '途切れた記事': the file ends inside this entry, in its"
                        + " section BODY begun at line 13, without the line -------- that ends an entry");

        Dataset lenient = read(cut, Options.EMPTY.with(StandardOptions.LENIENT, true));
        assertThat(sightings(lenient)).extracting(s -> s.count().value()).containsExactly(2L);
    }

    @Test
    void leniencySkipsABrokenEntryReportsItAndReadsTheNextOne() throws IOException {
        String text = entry("一つ目", "99/99/2020 09:00:00 AM", "1階の天井に監視カメラが2基。")
                + "TITLE: 二つ目\nnot a field\n-----\nBODY:\n本文\n-----\n--------\n"
                + entry("三つ目", "01/07/2020 09:00:00 AM", "4階の天井に監視カメラが7基。");
        try (RecordReader r = new MovableTypeImporter().open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "export.txt", Options.EMPTY.with(StandardOptions.LENIENT, true))) {
            Sighting s = (Sighting) r.next();
            assertThat(s.count().value()).isEqualTo(7L);
            assertThat(r.next()).isNull();
            assertThat(r.problems()).extracting(p -> p.location().line()).containsExactly(4L, 11L);
            assertThat(r.problems().get(1).message()).startsWith("entry '二つ目': expected a header field (KEY: value)");
            assertThat(((MovableTypeReader) r).tallies()).containsEntry("entries skipped", 2L).containsEntry("posts", 1L);
        }
    }

    @Test
    void readsAnExportInAnotherCharacterSetWhenTheOptionNamesIt() {
        byte[] sjis = entry("文字コード", "01/05/2020 09:00:00 AM", "1階の天井に監視カメラが2基。")
                .getBytes(Charset.forName("windows-31j"));
        assertThat(sightings(read(sjis, Options.EMPTY.with(BlogOptions.CHARSET, "Shift_JIS")))).hasSize(1);
        assertThatThrownBy(() -> read(sjis, Options.EMPTY)).isInstanceOf(DataException.class)
                .hasMessageContaining("bytes that are not in the file's character set");
    }

    @Test
    void detectsAnExportByItsContentNotByItsName() throws IOException {
        MovableTypeImporter mt = new MovableTypeImporter();
        assertThat(mt.detect(fixture(), "anything.dat")).isEqualTo(Detection.FULL);
        assertThat(mt.detect("Meeting notes\nTITLE: none\n".getBytes(StandardCharsets.UTF_8), "notes.txt"))
                .isEqualTo(Detection.NONE);
    }

    @Test
    void anUnknownCharacterSetInTheOptionIsAnOptionErrorNamingIt() {
        byte[] text = entry("題", "01/05/2020 09:00:00 AM", "本文").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(text, Options.EMPTY.with(BlogOptions.CHARSET, "x-no-such-set")))
                .isInstanceOf(OptionException.class).hasMessageContaining("option 'charset'")
                .hasMessageContaining("\"x-no-such-set\"");
    }

    /** An entry with a basename, so that it has a permalink under the base URL. */
    static String entryAt(String basename, String title, String date, String body) {
        return "AUTHOR: hibari-kai\nTITLE: " + title + "\nBASENAME: " + basename + "\nSTATUS: Publish\nDATE: " + date
                + "\n-----\nBODY:\n" + body + "\n-----\n--------\n";
    }

    @Test
    void oneIncidentRetoldInSeveralEntriesIsOneRecordLinkingEachEntryAndHeldTillTheEnd() throws IOException {
        String told = "2018年9月3日、市役所5階の契約課で職員らが録音機で盗聴していた。";
        String export = entryAt("aaaa", "盗聴", "09/04/2018 09:00:00 PM", told)
                + entryAt("bbbb", "カメラ", "09/10/2018 09:00:00 PM", "1階の天井に監視カメラが3基。")
                + entryAt("cccc", "続報", "09/20/2018 09:00:00 PM", "前に書いたとおり、" + told)
                + entryAt("dddd", "別件", "10/01/2018 09:00:00 PM", "2018年9月5日、県庁2階の廊下で職員らが録音機で盗聴していた。");
        List<CivicRecord> records = new ArrayList<>();
        try (RecordReader r = new MovableTypeImporter().open(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)),
                "export.txt", GOO)) {
            for (CivicRecord c; (c = r.next()) != null; ) {
                records.add(c);
            }
        }
        List<Incident> incidents = records.stream().filter(Incident.class::isInstance).map(Incident.class::cast).toList();
        assertThat(incidents).hasSize(2);
        assertThat(incidents.get(0).links()).extracting(Link::url).containsExactly(
                "https://blog.goo.ne.jp/hibari-kai/e/aaaa", "https://blog.goo.ne.jp/hibari-kai/e/cccc");
        assertThat(incidents.get(1).links()).isEmpty();
        // the sighting is given as its entry is read, the incidents once no later entry can retell them
        assertThat(records.get(0)).isInstanceOf(Sighting.class);
    }
}
