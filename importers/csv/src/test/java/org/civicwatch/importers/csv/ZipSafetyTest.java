package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.civicwatch.model.MessageText;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A zip from anywhere is refused before it can harm: no path escapes, no bombs, bounded in every way. */
class ZipSafetyTest {
    private Path tmp;
    private long before;

    @BeforeEach
    void countTemporaryFolders() throws IOException {
        tmp = Path.of(System.getProperty("java.io.tmpdir"));
        before = unpacked();
    }

    /** Every refused zip leaves no unpacked folder behind. */
    @AfterEach
    void noTemporaryFolderIsLeft() throws IOException {
        assertThat(unpacked()).isEqualTo(before);
    }

    private long unpacked() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("civicwatch-zip-")).count();
        }
    }

    private static DataException refused(byte[] zip, Options options) {
        return catchThrowableOfType(DataException.class, () -> new DataPackageImporter()
                .read(new ByteArrayInputStream(zip), "upload.zip", options));
    }

    private static Map<String, byte[]> smallWith(String name, byte[] content) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Packages.small().forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        files.put(name, content);
        return files;
    }

    @Test
    void entryNamesThatWouldLeaveTheFolderAreRefused() throws IOException {
        for (String name : new String[] {"../evil.csv", "a/../../evil.csv", "/etc/evil.csv", "C:/evil.csv",
                "a\\..\\evil.csv", "data\u0000package.json"}) {
            DataException e = refused(Packages.zipBytes(smallWith(name, new byte[] {'x'})), Options.EMPTY);
            assertThat(e).as(name).hasMessage("upload.zip:1: the zip entry " + MessageText.quote(name) + " would be"
                    + " unpacked outside the package or cannot be a file name; entry names must be relative paths"
                    + " without '..', '\\', NUL or a drive letter. The zip was not unpacked");
        }
        assertThat(tmp.resolve("evil.csv")).doesNotExist();
    }

    @Test
    void aZipBombIsRefusedNotUnpacked() throws IOException {
        byte[] zeros = new byte[20 << 20];
        byte[] bomb = Packages.zipBytes(smallWith("sightings_links.csv", zeros));
        assertThat(bomb.length).isLessThan(200_000);
        DataException e = refused(bomb, Options.EMPTY);
        assertThat(e).hasMessageStartingWith("upload.zip:1: in sightings_links.csv: the entry unpacks to more than 200"
                + " times its compressed size, as a zip bomb does; it was not unpacked. Raise the option max-zip-ratio"
                + " if the zip is trusted");
    }

    @Test
    void entryCountEntrySizeAndTotalSizeAreBounded() throws IOException {
        Map<String, byte[]> many = smallWith("x", new byte[0]);
        for (int i = 0; i < 20; i++) {
            many.put("extra/" + i + ".txt", new byte[] {'x'});
        }
        assertThat(refused(Packages.zipBytes(many), Options.EMPTY.with(CsvReadSettings.MAX_ZIP_ENTRIES, 10L)))
                .hasMessage("upload.zip:1: the zip holds more than 10 entries; raise the option max-zip-entries if it"
                        + " is a real data package");
        byte[] text = "line\n".repeat(400).getBytes(StandardCharsets.US_ASCII);
        assertThat(refused(Packages.zipBytes(smallWith("notes.txt", text)), Options.EMPTY
                .with(CsvReadSettings.MAX_ZIP_ENTRY_SIZE, 1000L)))
                .hasMessage("upload.zip:201: in notes.txt: the entry unpacks to more than 1000 bytes; raise the option"
                        + " max-zip-entry-size if that is meant");
        assertThat(refused(Packages.zipBytes(smallWith("notes.txt", text)), Options.EMPTY
                .with(CsvReadSettings.MAX_ZIP_SIZE, 1500L)))
                .hasMessageStartingWith("upload.zip:").hasMessageContaining("the zip unpacks to more than 1500 bytes;"
                        + " raise the option max-zip-size if that is meant");
    }

    @Test
    void aCutOrDamagedZipIsAnErrorNamingTheEntryAndLine() throws IOException {
        StringBuilder rows = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 50_000; i++) {
            rows.append(i).append(',').append(Long.toHexString(random.nextLong())).append('\n');
        }
        byte[] whole = Packages.zipBytes(smallWith("big.csv", rows.toString().getBytes(StandardCharsets.UTF_8)));
        int at = whole.length / 2;
        DataException e = refused(Arrays.copyOf(whole, at), Options.EMPTY);
        assertThat(e.getMessage()).startsWith("upload.zip:").contains("in big.csv: the zip is cut short or damaged"
                + " inside this entry, after line").contains("the zip was not written completely");
        assertThat(e.location().line()).isGreaterThan(1);
    }

    @Test
    void whatIsNoZipAtAllIsSaidSo() {
        assertThat(refused("id,device\n".getBytes(StandardCharsets.UTF_8), Options.EMPTY)).hasMessage("upload.zip:1: the"
                + " input is not a zip file, or an empty one; a data package is a folder, or a zip of datapackage.json"
                + " and CSV files");
        assertThat(refused(new byte[0], Options.EMPTY)).hasMessageContaining("the input is not a zip file");
    }

    @Test
    void aZipWithoutADescriptorIsNoDataPackage() throws IOException {
        DataException e = refused(Packages.zipBytes(Map.of("sightings.csv", "id,device\n".getBytes(StandardCharsets.UTF_8))),
                Options.EMPTY);
        assertThat(e).hasMessage("upload.zip:1: the package has no datapackage.json at its top; a data package is a"
                + " folder or zip with datapackage.json beside its CSV files");
    }
}
