package org.civicwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicwatch.CivicWatch;
import org.civicwatch.FormatRegistry;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.RecordType;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.civicwatch.testkit.RandomDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    @TempDir
    Path dir;

    private Path out(String name) {
        return dir.resolve(name);
    }

    @Test
    void convertsTheSamplePostToJsonHoldingWhatTheImporterReads() throws IOException {
        Path json = out("post.json");
        Run run = Run.of("convert", Run.SAMPLE_POST.toString(), json.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(CivicWatch.read(json)).isEqualTo(CivicWatch.read(Run.SAMPLE_POST));
        assertThat(run.err()).contains("read " + Run.SAMPLE_POST + " (html): 2 incidents, 13 sightings, 2 filings, 2 news",
                "wrote " + json + " (json, civicwatch JSON)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theSamplePostConvertedToJsonLinesAndBackKeepsEveryRecord() throws IOException {
        Path jsonl = out("post.jsonl");
        Path json = out("post.json");
        Run there = Run.of("convert", Run.SAMPLE_POST.toString(), jsonl.toString());
        Run back = Run.of("convert", jsonl.toString(), json.toString());

        assertThat(there.code()).isEqualTo(ExitCode.OK);
        assertThat(back.code()).isEqualTo(ExitCode.OK);
        assertThat(back.err()).contains("read " + jsonl + " (jsonl): 2 incidents, 13 sightings, 2 filings, 2 news")
                .doesNotContain("0 records");
        assertThat(CivicWatch.read(json)).isEqualTo(CivicWatch.read(Run.SAMPLE_POST));
    }

    @Test
    void anInputThatGivesNoRecordIsSaidToEvenWhenQuietAndTheEmptyDatasetIsStillWritten() throws IOException {
        Path empty = out("empty.json");
        CivicWatch.write(Dataset.of(SampleData.gunmaPrefecturalOffice().info(), java.util.List.of()), empty);
        Path jsonl = out("empty.jsonl");
        for (String[] args : new String[][] {{"convert", empty.toString(), jsonl.toString()},
                {"--quiet", "convert", empty.toString(), jsonl.toString()}}) {
            Run run = Run.of(args);
            assertThat(run.code()).isEqualTo(ExitCode.OK);
            assertThat(run.err()).contains(empty + ": warning: 0 records read from a non-empty input, read as 'json'"
                    + " (civicwatch JSON); if it is in another format, name that format with --from");
            assertThat(CivicWatch.read(jsonl).size()).isZero();
        }
        Run full = Run.of("convert", Run.SAMPLE_JSON.toString(), out("full.jsonl").toString());
        assertThat(full.err()).doesNotContain("0 records read");
    }

    @Test
    void writesOneInputToSeveralOutputsEachInTheFormatOfItsExtension() throws IOException {
        Path json = out("d.json");
        Path jsonl = out("nested/folder/d.jsonl");
        Path page = out("d.html");
        Run run = Run.of("convert", Run.SAMPLE_JSON.toString(), "-O", json.toString(), "-O", jsonl.toString(),
                "--output", page.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        assertThat(CivicWatch.read(json)).isEqualTo(sample);
        assertThat(CivicWatch.read(jsonl)).isEqualTo(sample);
        assertThat(Files.readString(page)).startsWith("<!doctype html>");
        assertThat(run.err()).contains("wrote " + jsonl + " (jsonl, civicwatch JSON Lines)", "wrote " + page + " (html,");
    }

    @Test
    void convertsStandardInputToStandardOutputRecognisingTheInputByContent() throws IOException {
        byte[] jsonl = Files.readAllBytes(Run.SAMPLE_JSONL);
        Run run = Run.withInput(jsonl, "convert", "--to", "json", "-o", "pretty=false", "-", "-");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.outText()).startsWith("{\"civicwatch\":\"1\"").doesNotContain("\n  ");
        assertThat(CivicWatch.read(new ByteArrayInputStream(run.out()), "stdout", "json"))
                .isEqualTo(SampleData.gunmaPrefecturalOffice());
        assertThat(run.err()).contains("read stdin (jsonl): 3 incidents, 13 sightings, 2 filings, 2 news",
                "wrote standard output (json, civicwatch JSON)");
    }

    @Test
    void standardOutputNeedsItsFormatNamed() {
        Run run = Run.of("convert", Run.SAMPLE_JSON.toString(), "-");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("civicwatch convert: name the format of standard output with --to (for example"
                + " --to jsonl); installed: csv, datapackage, html, json, jsonl\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void mergesTheFilesOfAFolderAndOfAGlobIntoOneOutput() throws IOException {
        Path folder = Files.createDirectories(out("posts"));
        Files.copy(Run.SAMPLE_POST, folder.resolve("a.html"));
        Files.copy(Run.SAMPLE_JSON, folder.resolve("b.json"));
        Files.writeString(folder.resolve(".hidden"), "not read");
        Path merged = out("merged.jsonl");

        Run byFolder = Run.of("convert", folder.toString(), merged.toString());
        assertThat(byFolder.code()).isEqualTo(ExitCode.OK);
        Dataset all = CivicWatch.read(merged);
        assertThat(all.size()).isEqualTo(CivicWatch.read(Run.SAMPLE_POST).size() + SampleData.gunmaPrefecturalOffice().size());
        assertThat(all.info().title()).isEqualTo(CivicWatch.read(Run.SAMPLE_POST).info().title());

        Run byGlob = Run.of("convert", folder + "/*.html", out("only-html.json").toString());
        assertThat(byGlob.code()).isEqualTo(ExitCode.OK);
        assertThat(CivicWatch.read(out("only-html.json"))).isEqualTo(CivicWatch.read(Run.SAMPLE_POST));
        assertThat(byGlob.err()).contains("read " + folder.resolve("a.html")).doesNotContain("b.json");
    }

    @Test
    void aGlobMatchingNothingIsAnInputOutputError() {
        Run run = Run.of("convert", dir + "/*.html", out("x.json").toString());

        assertThat(run.code()).isEqualTo(ExitCode.IO);
        assertThat(run.err()).isEqualTo("civicwatch convert: " + dir + "/*.html: no file matches this pattern\n");
    }

    @Test
    void aRecordReadTwiceTheSameIsWrittenOnceButTwoRecordsWithOneIdAreADataProblem() throws IOException {
        Path twice = out("twice.json");
        Run same = Run.of("convert", Run.SAMPLE_JSON.toString(), Run.SAMPLE_JSONL.toString(), twice.toString());
        assertThat(same.code()).isEqualTo(ExitCode.OK);
        assertThat(CivicWatch.read(twice)).isEqualTo(SampleData.gunmaPrefecturalOffice());
        assertThat(same.err()).contains("20 records were read again, the same, and written once");

        Incident first = SampleData.gunmaPrefecturalOffice().incidents().get(0);
        Path other = out("other.jsonl");
        CivicWatch.write(Dataset.builder(DatasetInfo.EMPTY).add(first.toBuilder().title("別の件").build()).build(), other);
        Path merged = out("merged.json");
        Run conflict = Run.of("convert", Run.SAMPLE_JSON.toString(), other.toString(), merged.toString());
        assertThat(conflict.code()).isEqualTo(ExitCode.DATA);
        assertThat(conflict.err()).isEqualTo("civicwatch convert: " + other + ": record 1, field 'id': the id '"
                + first.id() + "' is also the id of another record in " + Run.SAMPLE_JSON + "; ids must be unique in"
                + " the dataset written. Convert the inputs one by one, or leave out the one that contradicts the"
                + " other.\n");
        assertThat(merged).doesNotExist();
    }

    private Path feedWithTwoBadLines() throws IOException {
        List<String> lines = Run.plainSampleLines();
        List<String> bad = new java.util.ArrayList<>(lines.subList(0, 3));
        bad.add("{\"type\":\"sighting\",\"record\":{\"id\":\"bad-date\",\"observed\":\"2017-02-30\",\"device\":\"camera\"}}");
        bad.add("not json at all");
        bad.addAll(lines.subList(3, lines.size()));
        return Files.write(out("feed.jsonl"), bad);
    }

    @Test
    void aBadRecordStopsTheConversionWithItsLocationAndWritesNothing() throws IOException {
        Path feed = feedWithTwoBadLines();
        Path json = out("clean.json");
        Run run = Run.of("convert", feed.toString(), json.toString());

        assertThat(run.code()).isEqualTo(ExitCode.DATA);
        assertThat(run.err()).isEqualTo("civicwatch convert: feed.jsonl:4:57: record 3, field '/record/observed': cannot"
                + " read \"2017-02-30\": 2017-02-30 does not exist: 2017-02 has 28 days\n");
        assertThat(json).doesNotExist();
    }

    @Test
    void leniently_writesTheGoodRecordsAndKeepsTheRejectedLinesAside() throws IOException {
        Path feed = feedWithTwoBadLines();
        Path json = out("clean.json");
        Path rejects = out("rejects/bad.jsonl");
        Run run = Run.of("convert", "--lenient", "--rejects", rejects.toString(), feed.toString(), json.toString());

        assertThat(run.code()).isEqualTo(ExitCode.DATA);
        assertThat(CivicWatch.read(json)).isEqualTo(SampleData.gunmaPrefecturalOffice());
        assertThat(Files.readAllLines(rejects)).containsExactly(
                "{\"type\":\"sighting\",\"record\":{\"id\":\"bad-date\",\"observed\":\"2017-02-30\",\"device\":\"camera\"}}",
                "not json at all");
        assertThat(run.err()).contains("rejected: feed.jsonl:4:57: record 3, field '/record/observed'",
                "rejected: feed.jsonl:5:1: malformed JSON",
                "2 problems: what it concerns was left out of the output; rejected input is in " + rejects);
    }

    @Test
    void rejectedRowsOfACsvFileAreKeptUnderTheirHeaderInTheFilesOwnCharset() throws IOException {
        Path csv = out("sightings.csv");
        String header = "id,observed,device,count_value,count_qualifier,place_facility\r\n";
        Files.write(csv, (header + "s1,2017-02-01,camera,2,exact,県庁\r\n" + "s2,2017-02-30,camera,1,exact,県庁\r\n"
                + "s3,2017-02-03,camera,3,exact,市役所\r\n").getBytes(java.nio.charset.Charset.forName("windows-31j")));
        Path json = out("clean.json");
        Path rejects = out("rejects/bad.csv");
        Run run = Run.of("convert", "--lenient", "--rejects", rejects.toString(), "-o", "charset=windows-31j",
                csv.toString(), json.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.DATA);
        assertThat(CivicWatch.read(json).sightings()).extracting(r -> r.id()).containsExactly("s1", "s3");
        assertThat(new String(Files.readAllBytes(rejects), java.nio.charset.Charset.forName("windows-31j")))
                .isEqualTo(header + "s2,2017-02-30,camera,1,exact,県庁\r\n");
        assertThat(run.err()).contains("rejected: sightings.csv:3", "rejected input is in " + rejects)
                .doesNotContain("--from");
    }

    @Test
    void rejectsNeedLenientReading() {
        Run run = Run.of("convert", "--rejects", out("r").toString(), Run.SAMPLE_JSON.toString(), out("x.json").toString());

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--rejects keeps what lenient reading rejects: add --lenient");
    }

    @Test
    void aPluginOptionGoesToThePluginThatTakesItThroughItsStringForm() throws IOException {
        Path compact = out("compact.json");
        Run run = Run.of("convert", "-o", "pretty=false", "-o", "extract=sightings", Run.SAMPLE_POST.toString(),
                compact.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(compact)).hasSize(1);
        Dataset d = CivicWatch.read(compact);
        assertThat(d.records(RecordType.SIGHTING)).hasSize(13);
        assertThat(d.size()).isEqualTo(13);
    }

    @Test
    void anOptionNoPluginTakesIsAUsageErrorListingWhatEachTakes() {
        Run run = Run.of("convert", "-o", "prety=false", Run.SAMPLE_JSON.toString(), out("x.jsonl").toString());

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("civicwatch convert: no format of this command takes the option 'prety'."
                + " reading json takes lenient, max-problems, max-record-length, max-document-length. writing jsonl"
                + " takes redact. 'civicwatch formats' says what each option does.\n");
    }

    @Test
    void aValueAnOptionCannotTakeIsAUsageError() {
        Run run = Run.of("convert", "-o", "pretty=maybe", Run.SAMPLE_JSON.toString(), out("x.json").toString());

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("civicwatch convert: option 'pretty': cannot use \"maybe\": expected true or false\n");
    }

    @Test
    void namedFormatsOverrideTheExtensions() throws IOException {
        Path copy = Files.copy(Run.SAMPLE_JSONL, out("feed.txt"));
        Path target = out("feed.out");
        Run run = Run.of("convert", "--from", "jsonl", "--to", "json", copy.toString(), target.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(CivicWatch.read(target, "json", Options.EMPTY)).isEqualTo(SampleData.gunmaPrefecturalOffice());
    }

    @Test
    void anExtensionNoInstalledFormatWritesIsAUsageErrorNamingTheFormats() {
        Run run = Run.of("convert", Run.SAMPLE_JSON.toString(), out("x.xlsx").toString());

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("civicwatch convert: no installed exporter writes .xlsx files (installed: csv,"
                + " datapackage, html, json, jsonl). Name the format with --to.\n");
    }

    @Test
    void aMissingInputAndAnUnwritableOutputAreInputOutputErrors() throws IOException {
        Run missing = Run.of("convert", out("nosuch.json").toString(), out("x.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.IO);
        assertThat(missing.err()).isEqualTo("civicwatch convert: " + out("nosuch.json") + ": no such file or folder\n");

        Path file = Files.writeString(out("a-file"), "");
        Run unwritable = Run.of("convert", Run.SAMPLE_JSON.toString(), file.resolve("x.json").toString());
        assertThat(unwritable.code()).isEqualTo(ExitCode.IO);
        assertThat(unwritable.err()).startsWith("civicwatch convert: " + file);
    }

    @Test
    void outputsThatCannotBeWrittenAreSaidForWhatTheyAre() throws IOException {
        Path file = Files.writeString(out("a-file"), "");
        Run parentIsAFile = Run.of("convert", Run.SAMPLE_JSON.toString(), file.resolve("x.json").toString());
        assertThat(parentIsAFile.code()).isEqualTo(ExitCode.IO);
        assertThat(parentIsAFile.err()).isEqualTo("civicwatch convert: " + file + ": is a file, not a folder; the output"
                + " must go into a folder\n");
        Run deeper = Run.of("convert", Run.SAMPLE_JSON.toString(), file.resolve("sub/x.json").toString());
        assertThat(deeper.err()).isEqualTo(parentIsAFile.err());

        Path folder = Files.createDirectory(out("x.json"));
        Run folderInTheWay = Run.of("convert", Run.SAMPLE_JSON.toString(), folder.toString());
        assertThat(folderInTheWay.code()).isEqualTo(ExitCode.IO);
        assertThat(folderInTheWay.err()).isEqualTo("civicwatch convert: " + folder + ": already exists (is a folder,"
                + " and this format writes a single file; name a file instead)\n");
        assertThat(folder).isEmptyDirectory();

        // a name of 250 characters, as long as most file systems allow, is written though its temporary is longer
        Path longName = out("d".repeat(245) + ".json");
        Run run = Run.of("convert", Run.SAMPLE_JSON.toString(), longName.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(CivicWatch.read(longName)).isEqualTo(SampleData.gunmaPrefecturalOffice());

        // a file replaced keeps who may read and write it
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(longName)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class), "POSIX permissions");
        var mode = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(longName, mode);
        assertThat(Run.of("convert", Run.SAMPLE_JSONL.toString(), longName.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(Files.getPosixFilePermissions(longName)).isEqualTo(mode);
    }

    @Test
    void redactLeavesPrivatePersonsNamesOutOfEveryFormatAndKeepsPublicFigures() throws IOException {
        Party privatePerson = new Party(PartyKind.PERSON, "山田花子", "相談者", null, null, PartyRole.AFFECTED, false);
        Party official = new Party(PartyKind.PERSON, "山本一太", "知事", "群馬県", null, PartyRole.AUTHORITY, true);
        Dataset named = Dataset.builder(DatasetInfo.titled("名前のある記録")).add(Incident.builder("consultation")
                .title("相談中の盗聴").party(privatePerson, official).build()).build();
        Path json = out("named.json");
        CivicWatch.write(named, json);

        Path copy = out("copy.jsonl");
        assertThat(Run.of("convert", json.toString(), copy.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(copy)).contains("山田花子", "山本一太");

        Path redacted = out("public.jsonl");
        Run run = Run.of("convert", "--redact", json.toString(), redacted.toString());
        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(redacted)).doesNotContain("山田花子").contains("山本一太", "相談者");

        Path kept = out("kept.html");
        assertThat(Run.of("convert", "-o", "redact=none", json.toString(), kept.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(kept)).contains("山田花子");
        Path page = out("public.html");
        assertThat(Run.of("convert", json.toString(), page.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(page)).as("a page leaves private names out by default").doesNotContain("山田花子");
    }

    @Test
    void quietPrintsNothingWhenAllGoesWell() {
        Run run = Run.with(CivicWatch.formats(), new byte[0], true, "convert", "--quiet", Run.SAMPLE_JSON.toString(),
                out("q.jsonl").toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aLongConversionDrawsAProgressBarOnATerminalAndClearsIt() throws IOException {
        Path big = out("big.jsonl");
        CivicWatch.write(RandomDatasets.generate(11, 400), big);
        Run run = Run.with(CivicWatch.formats(), new byte[0], true, "convert", big.toString(), out("p.json").toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        String bar = run.err().substring(0, run.err().indexOf("read "));
        assertThat(bar).startsWith("\r[").containsPattern("\\[#*\\.*\\] +\\d+%  \\d+ records  [\\d.]+ [kM]B of [\\d.]+ [kM]B"
                + "  [\\d.]+ [kM]?B/s  \\d+ s left");
        // the last drawing is wiped before the report
        assertThat(bar).matches("(?s).*\r +\r");
    }

    @Test
    void whereNoFormatCanBeChosenTheMessageNamesTheOptionAndStandardInputAsSuch() throws IOException {
        Run stdin = Run.withInput(new byte[] {1, 2, 3}, "convert", "-", out("x.json").toString());
        assertThat(stdin.code()).isNotEqualTo(ExitCode.OK);
        assertThat(stdin.err()).startsWith("civicwatch convert: cannot tell the format of standard input: no installed"
                + " importer recognises it").contains("Name the format with --from").doesNotContain("civicwatch-stdin");
        Path mystery = Files.write(out("mystery.bin"), new byte[] {1, 2, 3});
        Run file = Run.of("convert", mystery.toString(), out("y.json").toString());
        assertThat(file.err()).startsWith("civicwatch convert: cannot tell the format of " + mystery)
                .contains("Name the format with --from, or use a file extension such as");
    }

    @Test
    void noProgressBarWhenStandardErrorIsNoTerminal() {
        Run run = Run.of("convert", Run.SAMPLE_JSON.toString(), out("p.jsonl").toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).doesNotContain("\r").startsWith("read ");
    }

    @Test
    void anOrdinaryWebPageSaysWhatWasLookedForInsteadOfGivingNothing() throws IOException {
        Path page = Files.writeString(out("opening-hours.html"), "<!DOCTYPE html><html><head><title>Opening hours"
                + "</title></head><body><h1>City library</h1><p>Open 9:00 to 17:00.</p></body></html>");
        Run run = Run.of("convert", page.toString(), out("x.json").toString());

        assertThat(run.code()).isEqualTo(ExitCode.DATA);
        assertThat(run.err()).startsWith("civicwatch convert: opening-hours.html:1: no blog post found on this page:"
                + " looked for goo blog entries (div.entry)").contains("h-entry", "<article> elements");
        assertThat(out("x.json")).doesNotExist();
    }

    @Test
    void anEmptyJsonFileSaysItIsEmpty() throws IOException {
        Path empty = Files.createFile(out("empty.json"));
        Run run = Run.of("convert", empty.toString(), out("x.jsonl").toString());

        assertThat(run.code()).isEqualTo(ExitCode.DATA);
        assertThat(run.err()).startsWith("civicwatch convert: empty.json:1: the input is empty; a civicwatch JSON document"
                + " is an object").doesNotContain("cannot tell the format");
    }

    @Test
    void aBinaryFileNamedHtmlIsCalledNotAPage() throws IOException {
        byte[] png = new byte[2048];
        new java.util.Random(3).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0, png, 0, 4);
        Path image = Files.write(out("photo.html"), png);
        Run run = Run.of("convert", image.toString(), out("x.json").toString());

        assertThat(run.code()).isEqualTo(ExitCode.DATA);
        assertThat(run.err()).startsWith("civicwatch convert: photo.html: this is not a web page: it holds a PNG image.")
                .doesNotContain("character set");
    }

    /** An importer with a bug: it fails with a raw exception rather than a located DataException. */
    private static FormatRegistry withFaultyImporter() {
        Importer faulty = new Importer() {
            @Override
            public FormatDescriptor descriptor() {
                return FormatDescriptor.builder("faulty").name("Faulty").mediaType("text/plain").extensions("faulty")
                        .options(StandardOptions.READING).description("Fails.").build();
            }

            @Override
            public RecordReader open(InputStream in, String sourceName, Options options) {
                throw new IllegalStateException("the faulty plugin's own bug");
            }
        };
        return FormatRegistry.of(List.of(faulty), CivicWatch.formats().exporters());
    }

    @Test
    void aBugInAPluginIsSaidInOneLineAndShowsItsStackTraceOnlyWithDebug() throws IOException {
        Path in = Files.writeString(out("x.faulty"), "anything");
        Run plain = Run.with(withFaultyImporter(), new byte[0], false, "convert", in.toString(), out("x.json").toString());
        assertThat(plain.code()).isEqualTo(ExitCode.SOFTWARE);
        assertThat(plain.err()).isEqualTo("civicwatch convert: unexpected failure, a bug in civicwatch or in a plugin:"
                + " java.lang.IllegalStateException: the faulty plugin's own bug. Run again with --debug to see where,"
                + " and report it.\n");

        Run debug = Run.with(withFaultyImporter(), new byte[0], false, "--debug", "convert", in.toString(),
                out("x.json").toString());
        assertThat(debug.code()).isEqualTo(ExitCode.SOFTWARE);
        assertThat(debug.err()).contains("java.lang.IllegalStateException: the faulty plugin's own bug\n\tat ");
    }

    @Test
    void debugCanBeGivenAfterTheCommandToo() throws IOException {
        Path in = Files.writeString(out("x.faulty"), "anything");
        Run debug = Run.with(withFaultyImporter(), new byte[0], false, "convert", in.toString(), out("x.json").toString(),
                "--debug");
        assertThat(debug.code()).isEqualTo(ExitCode.SOFTWARE);
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void writesACsvDataPackageAsAFolderOrAZipAndReadsItBack() throws IOException {
        Path folder = out("package");
        Path zip = out("package.zip");
        Run run = Run.of("convert", Run.SAMPLE_JSON.toString(), "-O", folder.toString(), "-O", zip.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(folder.resolve("datapackage.json")).isNotEmptyFile();
        assertThat(folder.resolve("sightings.csv")).isNotEmptyFile();
        assertThat(run.err()).contains("wrote " + folder + " (datapackage, CSV data package)");

        Path fromFolder = out("from-folder.json");
        Path fromZip = out("from-zip.json");
        assertThat(Run.of("convert", folder.toString(), fromFolder.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(Run.of("convert", zip.toString(), fromZip.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(CivicWatch.read(fromFolder)).isEqualTo(SampleData.gunmaPrefecturalOffice());
        assertThat(CivicWatch.read(fromZip)).isEqualTo(SampleData.gunmaPrefecturalOffice());
    }

    @Test
    void aFormatThatCannotHoldTheDataIsAUsageErrorSayingWhatToWriteInstead() throws IOException {
        Run all = Run.of("convert", Run.SAMPLE_JSON.toString(), out("all.csv").toString());
        assertThat(all.code()).isEqualTo(ExitCode.USAGE);
        assertThat(all.err()).startsWith("civicwatch convert: a CSV file holds one record type")
                .contains("or the whole dataset as a data package (a folder or a .zip)");
        assertThat(out("all.csv")).doesNotExist();

        Run typed = Run.of("convert", "-o", "type=sighting", Run.SAMPLE_JSON.toString(), out("typed.csv").toString());
        assertThat(typed.code()).isEqualTo(ExitCode.USAGE);
        assertThat(typed.err()).contains("a CSV file holds one record type");

        Path sightings = out("sightings.csv");
        Dataset onlySightings = Dataset.builder(DatasetInfo.EMPTY)
                .add(SampleData.gunmaPrefecturalOffice().sightings().toArray(CivicRecord[]::new)).build();
        Path json = out("sightings.json");
        CivicWatch.write(onlySightings, json);
        assertThat(Run.of("convert", json.toString(), sightings.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(CivicWatch.read(sightings).sightings()).isEqualTo(onlySightings.sightings());
    }

    @Test
    void oneInputAloneIsAUsageError() {
        Run run = Run.of("convert", Run.SAMPLE_JSON.toString());

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("give an input and an output: civicwatch convert IN OUT");
    }

    @Test
    void theOutputOfAStandardInputConversionIsWrittenOnlyWhenComplete() throws IOException {
        byte[] truncated = java.util.Arrays.copyOf(Files.readAllBytes(Run.SAMPLE_JSON), 2000);
        Run run = Run.withInput(truncated, "convert", "--from", "json", "--to", "jsonl", "-", "-");

        assertThat(run.code()).isEqualTo(ExitCode.DATA);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("civicwatch convert: stdin:");
    }

    /** A goo blog page of one post, as a browser saves it. */
    private static String post(String slug, String day, String title, String text) {
        return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><meta property=\"og:site_name\""
                + " content=\"goo blog\"><title>" + title + "</title></head><body><div class=\"entry\">"
                + "<div class=\"entry-top-info\"><span class=\"entry-top-info-time\">2021-" + day + " 21:30:00</span></div>"
                + "<h3><a href=\"https://blog.goo.ne.jp/kansi-net/e/" + slug + "\">" + title + "</a></h3>"
                + "<div class=\"entry-body-text\">" + text + "</div></div></body></html>";
    }

    @Test
    void aMatterToldInPostsOfSeveralSavedPagesIsOneRecordLinkingEachPost() throws IOException {
        Path first = Files.writeString(out("a.html"), post("a1", "02-26", "市役所", "2月24日(水)14時、会員2名で市役所3階の"
                + "総務課を訪れたところ、職員が録音機で盗聴していた。当会では2月25日付けで公文書開示請求書を市長に提出しました。"));
        Path second = Files.writeString(out("b.html"), post("b1", "03-20", "その後", "2月24日(水)14時、市役所3階の総務課で"
                + "職員が録音機で盗聴していた件です。2月25日に開示請求をしましたが、3月10日に非開示の決定通知が届きました。"
                + "そこで3月18日に審査請求書を市長あてに提出しました。"));
        Path both = out("both.jsonl");

        Run run = Run.of("convert", first.toString(), second.toString(), both.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        Dataset d = CivicWatch.read(both);
        assertThat(d.incidents()).singleElement().satisfies(i -> assertThat(i.links())
                .extracting(org.civicwatch.model.Link::url).containsExactly("https://blog.goo.ne.jp/kansi-net/e/a1",
                        "https://blog.goo.ne.jp/kansi-net/e/b1"));
        org.civicwatch.model.Filing request = d.filings().stream()
                .filter(f -> f.kind() == org.civicwatch.model.FilingKind.DISCLOSURE_REQUEST).findFirst().orElseThrow();
        assertThat(d.filings()).filteredOn(f -> f.kind() == org.civicwatch.model.FilingKind.DISCLOSURE_REQUEST)
                .hasSize(1);
        assertThat(request.events()).extracting(e -> e.kind() + " " + e.when().edtf())
                .containsExactly("FILED 2021-02-25", "DECIDED 2021-03-10");
        assertThat(d.filings()).filteredOn(f -> f.kind() == org.civicwatch.model.FilingKind.APPEAL).singleElement()
                .satisfies(f -> assertThat(f.precededBy()).isEqualTo(request.id()));
        assertThat(run.err()).contains("2 records retelling a matter told before were merged into it");

        // Asked not to, the command gives each matter as each post tells it.
        Path apart = out("apart.jsonl");
        Run told = Run.of("convert", "-o", "merge-matters=false", first.toString(), second.toString(), apart.toString());
        assertThat(told.code()).as(told.err()).isEqualTo(ExitCode.OK);
        assertThat(CivicWatch.read(apart).incidents()).hasSize(2);
    }
}
