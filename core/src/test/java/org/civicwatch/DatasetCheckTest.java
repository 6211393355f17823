package org.civicwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.Incident;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.Sighting;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;

class DatasetCheckTest {

    private static List<Dataset.Problem> checked(Iterable<? extends CivicRecord> records) {
        DatasetCheck check = new DatasetCheck();
        records.forEach(check::add);
        return check.finish();
    }

    @Test
    void findsWhatValidateFindsInTheSameOrderOnRandomDatasets() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            List<CivicRecord> records = new ArrayList<>();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                records.add(record(random, "r-" + random.nextInt(12), 16));
            }
            Dataset d = Dataset.of(DatasetInfo.EMPTY, records);

            assertThat(checked(d.records().toList())).as("seed %d", seed).isEqualTo(d.validate());
        }
    }

    @Test
    void withIdsUniqueTheProblemsAreTheSameWhateverTheOrderTheRecordsComeIn() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            List<CivicRecord> records = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(25); i < n; i++) {
                records.add(record(random, "r-" + i, n + 4));
            }
            Dataset d = Dataset.of(DatasetInfo.EMPTY, records);
            List<CivicRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, random);

            assertThat(checked(shuffled)).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(d.validate());
        }
    }

    @Test
    void aReferenceToARecordThatComesLaterResolves() {
        NewsReference news = NewsReference.builder("news-1").outlet("上毛新聞").headline("見出し").related("incident-1").build();
        Filing appeal = Filing.builder("filing-2", FilingKind.APPEAL).precededBy("filing-1").build();

        assertThat(checked(List.of(news, appeal, Incident.builder("incident-1").title("盗聴").build(),
                Filing.builder("filing-1", FilingKind.DISCLOSURE_REQUEST).build()))).isEmpty();
    }

    @Test
    void namesAFilingPrecededByARecordThatIsNoFilingAndAnIdTakenByAnotherType() {
        List<Dataset.Problem> problems = checked(List.of(Sighting.builder("s-1").build(),
                Filing.builder("filing-1", FilingKind.APPEAL).precededBy("s-1").build(),
                Incident.builder("s-1").title("二度目").build()));

        assertThat(problems).extracting(Object::toString).containsExactly(
                "incident 's-1', field 'id': duplicate id: a sighting already has it; ids must be unique in a dataset",
                "filing 'filing-1', field 'precededBy': 's-1' is a sighting, not a filing");
    }

    @Test
    void countsTheRecordsOfEveryType() {
        DatasetCheck check = new DatasetCheck();
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        sample.records().forEach(check::add);

        assertThat(check.finish()).isEmpty();
        for (RecordType t : RecordType.values()) {
            assertThat(check.counts().get(t)).as(t.plural()).isEqualTo((long) sample.records(t).size());
        }
    }

    /** A record of any type, its references drawn from the first {@code ids} ids so that some dangle. */
    private static CivicRecord record(Random random, String id, int ids) {
        List<String> related = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            related.add("r-" + random.nextInt(ids));
        }
        String[] rel = related.toArray(String[]::new);
        String preceded = "r-" + random.nextInt(ids);
        return switch (random.nextInt(4)) {
            case 0 -> Incident.builder(id).title("t").related(rel).build();
            case 1 -> Sighting.builder(id).related(rel).build();
            case 2 -> Filing.builder(id, FilingKind.APPEAL).related(rel)
                    .precededBy(random.nextBoolean() && !preceded.equals(id) ? preceded : null).build();
            default -> NewsReference.builder(id).outlet("o").headline("h").related(rel).build();
        };
    }
}
