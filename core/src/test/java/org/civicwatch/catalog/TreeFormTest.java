package org.civicwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Filing;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.Sighting;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;

/** The tree form read back: {@link ObjectSchema#fromTree} for one value, {@link DatasetTree} for a dataset. */
class TreeFormTest {

    private static Map<String, Object> sighting(Object... members) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", "s1");
        tree.put("device", "camera");
        for (int i = 0; i < members.length; i += 2) {
            tree.put((String) members[i], members[i + 1]);
        }
        return tree;
    }

    private static ModelException refused(Map<String, Object> tree) {
        return (ModelException) org.assertj.core.api.Assertions.catchThrowable(
                () -> FieldCatalog.SIGHTING.fromTree(tree, ObjectSchema.UnknownFields.REFUSE));
    }

    @Test
    void everySampleRecordReadsBackFromItsTree() {
        SampleData.gunmaPrefecturalOffice().records().forEach(r -> {
            ObjectSchema<CivicRecord> schema = FieldCatalog.schemaOf(r);
            assertThat(schema.fromTree(schema.toTree(r), ObjectSchema.UnknownFields.REFUSE)).isEqualTo(r);
        });
    }

    @Test
    void treeFormTakesOnlyTheTypesToTreeWrites() {
        assertThat(refused(sighting("count", Map.of("value", "2", "qualifier", "exact"))))
                .satisfies(e -> assertThat(e.field()).isEqualTo("count.value"))
                .hasMessageEndingWith("expected a whole number, got the string \"2\"");
        assertThat(refused(sighting("place", Map.of("floor", 3L))).reason())
                .isEqualTo("expected a string (a floor such as 1, -1 or 3..30), got the number 3");
        assertThat(refused(sighting("notes", 3L)).reason()).isEqualTo("expected a string, got the number 3");
        assertThat(refused(sighting("place", List.of())).reason()).isEqualTo("expected an object (Place), got a list");
        assertThat(refused(sighting("tags", "solo")).reason()).isEqualTo("expected a list, got the string \"solo\"");
        assertThat(refused(sighting("count", Map.of("value", new BigInteger("1" + "0".repeat(30)), "qualifier",
                "exact"))).reason()).isEqualTo("1" + "0".repeat(30) + " is too large for a whole number (at most "
                + Long.MAX_VALUE + ")");
        // create() takes the looser forms of other formats, through the same conversion.
        assertThat(FieldCatalog.SIGHTING.create(sighting("count", Map.of("value", "2", "qualifier", "exact"))).count())
                .isEqualTo(Count.exactly(2));
    }

    @Test
    void nullIsAbsentButNotAsAListElement() {
        assertThat(FieldCatalog.SIGHTING.fromTree(sighting("place", null), ObjectSchema.UnknownFields.REFUSE).place())
                .isNull();
        List<Object> tags = new ArrayList<>();
        tags.add("a");
        tags.add(null);
        assertThat(refused(sighting("tags", tags))).satisfies(e -> assertThat(e.field()).isEqualTo("tags[1]"))
                .hasMessageEndingWith("a list element must not be null");
    }

    @Test
    void unknownMembersAreToldWithTheirPathAndLeftOutWhenTheListenerReturns() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", "f1");
        tree.put("kind", "appeal");
        tree.put("events", List.of(Map.of("kind", "filed"), Map.of("kind", "decided", "colour", "red")));
        List<String> told = new ArrayList<>();
        Filing f = FieldCatalog.FILING.fromTree(tree, (path, value, message) -> told.add(path + " " + value + " "
                + message));
        assertThat(f.events()).hasSize(2);
        assertThat(told).singleElement().asString().startsWith("[events, 1, colour] red unknown field 'colour' of"
                + " FilingEvent; its fields are kind, when");
        assertThatThrownBy(() -> FieldCatalog.FILING.fromTree(tree, ObjectSchema.UnknownFields.REFUSE))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("events[1].colour"));
    }

    @Test
    void originalTextMustBeAStringBesideItsDate() {
        assertThat(FieldCatalog.SIGHTING.fromTree(sighting("observed", "2017-06", "observedOriginal", "2017年6月"),
                ObjectSchema.UnknownFields.REFUSE).observed().original()).isEqualTo("2017年6月");
        assertThat(refused(sighting("observedOriginal", 6L)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("observedOriginal"))
                .hasMessageEndingWith("expected a string, got the number 6");
        assertThat(refused(sighting("observedOriginal", "2017年6月")).getMessage())
                .isEqualTo("field 'observedOriginal': is given without 'observed'");
    }

    @Test
    void notAnObjectIsRefusedByItsSchemaName() {
        assertThatThrownBy(() -> FieldCatalog.SIGHTING.fromTree(List.of(), ObjectSchema.UnknownFields.REFUSE))
                .hasMessage("expected an object (Sighting), got a list");
        assertThatThrownBy(() -> FieldCatalog.SIGHTING.fromTree(null, ObjectSchema.UnknownFields.REFUSE))
                .hasMessage("expected an object (Sighting), got null");
    }

    @Test
    void datasetTreeHasTheVersionTheInfoAndEveryListInOrder() {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        Map<String, Object> tree = DatasetTree.toTree(sample);
        assertThat(tree.keySet()).containsExactlyElementsOf(DatasetTree.members())
                .containsExactly("civicwatch", "info", "incidents", "sightings", "filings", "news");
        assertThat(tree.get("civicwatch")).isEqualTo("1");
        assertThat(tree.get("info")).isEqualTo(FieldCatalog.DATASET_INFO.toTree(sample.info()));
        assertThat(DatasetTree.head(sample.info())).containsExactly(Map.entry("civicwatch", "1"),
                Map.entry("info", tree.get("info")));
        assertThat(DatasetTree.fromTree(tree)).isEqualTo(sample);
        Dataset empty = Dataset.empty(DatasetInfo.EMPTY);
        assertThat(DatasetTree.toTree(empty).get("news")).isEqualTo(List.of());
        assertThat(DatasetTree.fromTree(DatasetTree.toTree(empty))).isEqualTo(empty);
    }

    @Test
    void membersNameTheirRecordTypes() {
        assertThat(DatasetTree.recordsIn("sightings")).contains(RecordType.SIGHTING);
        assertThat(DatasetTree.recordsIn("sighting")).isEmpty();
        assertThat(DatasetTree.recordsIn("info")).isEmpty();
        assertThat(DatasetTree.member(RecordType.NEWS)).isEqualTo("news");
    }

    @Test
    void datasetTreeReadsBesideOtherMembersAndWithoutItsLists() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("@context", "https://schema.org");
        tree.put("civicwatch", "1");
        tree.put("sightings", List.of(sighting()));
        assertThat(DatasetTree.fromTree(tree).sightings()).extracting(Sighting::id).containsExactly("s1");
    }

    @Test
    void datasetTreeErrorsNameTheRecordByNumberAndThePathFromTheRoot() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("civicwatch", "1");
        tree.put("incidents", List.of(Map.of("id", "i1", "title", "t")));
        tree.put("sightings", List.of(sighting(), sighting("device", "toaster")));
        assertThatThrownBy(() -> DatasetTree.fromTree(tree)).isInstanceOfSatisfying(DatasetTreeException.class, e -> {
            assertThat(e.record()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("sightings[1].device");
            assertThat(e.reason()).startsWith("\"toaster\" is not one of camera");
        });
        tree.put("info", Map.of("title", 5L));
        assertThatThrownBy(() -> DatasetTree.fromTree(tree)).isInstanceOfSatisfying(DatasetTreeException.class, e -> {
            assertThat(e.record()).isZero();
            assertThat(e.getMessage()).isEqualTo("field 'info.title': expected a string, got the number 5");
        });
        tree.put("civicwatch", "2");
        assertThatThrownBy(() -> DatasetTree.fromTree(tree)).hasMessage("field 'civicwatch': unsupported version"
                + " the string \"2\": this reader reads version \"1\"");
        tree.remove("civicwatch");
        assertThatThrownBy(() -> DatasetTree.fromTree(tree)).hasMessageStartingWith("field 'civicwatch': is missing");
        assertThatThrownBy(() -> DatasetTree.fromTree(Map.of("civicwatch", "1", "news", Map.of())))
                .hasMessage("field 'news': expected a list of news, got an object");
        assertThatThrownBy(() -> DatasetTree.fromTree("x")).hasMessage("expected an object (a dataset), got the"
                + " string \"x\"");
    }
}
