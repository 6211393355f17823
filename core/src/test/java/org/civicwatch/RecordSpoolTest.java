package org.civicwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.IncidentStatus;
import org.civicwatch.model.Party;
import org.civicwatch.model.Place;
import org.civicwatch.model.When;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordSpoolTest {
    // A folder of its own: other programs' spools in the shared temporary folder come and go.
    @TempDir
    static Path folder;

    private static List<Path> spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("civicwatch-spool-")).toList();
        }
    }

    @Test
    void givesBackEqualRecordsInTheOrderAddedAndDeletesItsFile() throws IOException {
        // Every kind of value a catalog tree holds: long text (past writeUTF's 64 KiB), lines, quotes and
        // astral characters, whole numbers, decimals, booleans, nested objects and lists.
        Incident odd = Incident.builder("odd")
                .title("\"引用\" 𠮷野家\nline two\ttab")
                .summary("長".repeat(70_000))
                .when(When.parse("2017-05-29T15:00+09:00"))
                .status(IncidentStatus.ALLEGED)
                .place(Place.builder().jurisdiction("群馬県", "100005").floor(Floor.range(-2, 3), "地下2階から3階")
                        .coordinates(36.3906, 139.0604).build())
                .party(Party.organisation("群馬県"), Party.personByTitle("職員", "群馬県"))
                .build();
        List<CivicRecord> added = new ArrayList<>(SampleData.gunmaPrefecturalOffice().records().toList());
        added.add(2, odd);
        List<Path> before = spoolFiles();
        List<CivicRecord> back = new ArrayList<>();
        try (RecordSpool spool = new RecordSpool(folder)) {
            for (CivicRecord r : added) {
                spool.add(r);
            }
            assertThat(spool.size()).isEqualTo(added.size());
            assertThat(spoolFiles()).hasSize(before.size() + 1);
            spool.drainTo(back::add);
            assertThat(spool.size()).isZero();
            assertThat(spoolFiles()).containsExactlyInAnyOrderElementsOf(before);
            spool.drainTo(back::add);
        }
        assertThat(back).isEqualTo(added);
    }

    @Test
    void closingWithoutDrainingDeletesTheFile() throws IOException {
        List<Path> before = spoolFiles();
        try (RecordSpool spool = new RecordSpool(folder)) {
            spool.add(SampleData.gunmaPrefecturalOffice().sightings().get(0));
        }
        assertThat(spoolFiles()).containsExactlyInAnyOrderElementsOf(before);
        try (RecordSpool empty = new RecordSpool(folder)) {
            assertThat(empty.size()).isZero();
        }
        assertThat(spoolFiles()).containsExactlyInAnyOrderElementsOf(before);
    }
}
