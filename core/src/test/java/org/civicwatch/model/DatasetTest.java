package org.civicwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicwatch.model.Dataset.Problem;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static Incident incident(String id, String... related) {
        return Incident.builder(id).title("title of " + id).related(related).build();
    }

    @Test
    void validatesTheSampleWithNoProblems() {
        Dataset sample = SampleData.gunmaPrefecturalOffice();

        assertThat(sample.validate()).isEmpty();
        assertThat(sample.requireValid()).isSameAs(sample);
    }

    @Test
    void reportsEveryDuplicateIdAndEveryUnresolvedReferenceAtOnce() {
        Dataset d = Dataset.of(DatasetInfo.titled("t"), List.of(
                incident("a", "missing-1"),
                incident("a"),
                Sighting.builder("b").related("a", "missing-2").build(),
                Sighting.builder("a").build(),
                Filing.builder("f", FilingKind.APPEAL).precededBy("missing-3").build()));

        assertThat(d.validate()).containsExactly(
                new Problem(RecordType.INCIDENT, "a", "id",
                        "duplicate id: an incident already has it; ids must be unique in a dataset"),
                new Problem(RecordType.SIGHTING, "a", "id",
                        "duplicate id: an incident already has it; ids must be unique in a dataset"),
                new Problem(RecordType.INCIDENT, "a", "related[0]", "no record has the id 'missing-1'"),
                new Problem(RecordType.SIGHTING, "b", "related[1]", "no record has the id 'missing-2'"),
                new Problem(RecordType.FILING, "f", "precededBy", "no record has the id 'missing-3'"));
    }

    @Test
    void reportsAPrecededByThatIsNotAFiling() {
        Dataset d = Dataset.of(DatasetInfo.EMPTY, List.of(incident("incident-1"),
                Filing.builder("filing-1", FilingKind.RESIDENT_AUDIT_REQUEST).precededBy("incident-1").build()));

        assertThat(d.validate()).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo("filing-1");
            assertThat(p.field()).isEqualTo("precededBy");
            assertThat(p.toString())
                    .isEqualTo("filing 'filing-1', field 'precededBy': 'incident-1' is an incident, not a filing");
        });
    }

    @Test
    void throwsListingEveryProblemOneALine() {
        Dataset d = Dataset.of(DatasetInfo.EMPTY, List.of(incident("a", "x"), incident("b", "y")));

        assertThatThrownBy(d::requireValid).isInstanceOf(ModelException.class).hasMessage("the dataset has 2 problems:"
                + "\n  incident 'a', field 'related[0]': no record has the id 'x'"
                + "\n  incident 'b', field 'related[0]': no record has the id 'y'");
    }

    @Test
    void resolvesReferencesAcrossTypesAndForward() {
        Dataset d = Dataset.builder(DatasetInfo.EMPTY)
                .add(incident("i", "n"), NewsReference.builder("n").outlet("o").headline("h").related("i").build())
                .add(Filing.builder("f2", FilingKind.RESIDENT_LAWSUIT).precededBy("f1").build(),
                        Filing.builder("f1", FilingKind.RESIDENT_AUDIT_REQUEST).build())
                .build();

        assertThat(d.validate()).isEmpty();
        assertThat(d.size()).isEqualTo(4);
        assertThat(d.records()).extracting(CivicRecord::id).containsExactly("i", "f2", "f1", "n");
        assertThat(d.records(RecordType.FILING)).extracting(CivicRecord::id).containsExactly("f2", "f1");
    }

    @Test
    void holdsNoRecordsWhenEmpty() {
        Dataset d = Dataset.empty(DatasetInfo.EMPTY);

        assertThat(d.size()).isZero();
        assertThat(d.validate()).isEmpty();
        assertThatThrownBy(() -> d.incidents().add(incident("x"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
