package org.civicwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Count;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.Provenance;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;

class FieldCatalogTest {

    @Test
    void describesEveryRecordComponentInOrder() {
        for (ObjectSchema<?> schema : FieldCatalog.all()) {
            List<String> components = Arrays.stream(schema.javaType().getRecordComponents())
                    .map(RecordComponent::getName).toList();
            assertThat(schema.fieldNames()).as(schema.name()).isEqualTo(components);
        }
    }

    @Test
    void refusesASchemaThatMissesAComponent() {
        assertThatThrownBy(() -> new ObjectSchema<>(Count.class, "partial",
                Field.optional("value", ScalarType.INTEGER, "v"),
                Field.required("qualifier", ScalarType.enumOf(Count.Qualifier.class), "q")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[value, qualifier]")
                .hasMessageContaining("[value, qualifier, original]");
    }

    @Test
    void everyRecordTypeHasASchema() {
        for (RecordType t : RecordType.values()) {
            assertThat(FieldCatalog.schema(t).javaType()).isEqualTo(t.recordClass());
            assertThat(FieldCatalog.schema(t).field("id").orElseThrow().isRequired()).isTrue();
        }
    }

    @Test
    void treeFormRoundTripsEverySampleRecord() {
        SampleData.gunmaPrefecturalOffice().records().forEach(r -> assertThat(roundTrip(r)).isEqualTo(r));
    }

    private static <R extends CivicRecord> R roundTrip(R record) {
        ObjectSchema<R> schema = FieldCatalog.schemaOf(record);
        return schema.create(schema.toTree(record));
    }

    @Test
    void treeFormWritesDatesAsEdtfWithTheOriginalBeside() {
        var incident = SampleData.incidents().get(0);
        Map<String, Object> tree = FieldCatalog.INCIDENT.toTree(incident);
        assertThat(tree.get("when")).isEqualTo("2017-05-29T15:00+09:00");
        assertThat(tree.get("whenOriginal")).isEqualTo("5月29日(月)15時");
        assertThat(tree).doesNotContainKey("outcome");
    }

    @Test
    void readsNestedFieldsByPath() {
        Sighting absence = SampleData.sightings().stream().filter(s -> s.id().equals("sighting-3f-30f-office-space"))
                .findFirst().orElseThrow();
        assertThat(FieldCatalog.SIGHTING.get(absence, "place.floor")).isEqualTo(Floor.range(3, 30));
        assertThat(FieldCatalog.SIGHTING.get(absence, "count.value")).isEqualTo(0L);
        assertThat(FieldCatalog.SIGHTING.get(absence, "provenance.source")).isNull();
        assertThatThrownBy(() -> FieldCatalog.SIGHTING.get(absence, "place.storey"))
                .hasMessageContaining("no field 'storey' in Place");
    }

    @Test
    void buildsARecordFromStringsAndNestedMaps() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", "s1");
        values.put("device", "motion_sensor");
        values.put("observed", "2017-06");
        values.put("observedOriginal", "2017年6月");
        values.put("place", Map.of("floor", "-1", "floorLabel", "地下1階", "latitude", 36.39, "longitude", "139.06"));
        values.put("count", Map.of("value", 3, "qualifier", "at_least"));
        values.put("tags", List.of("a", "b"));
        Sighting s = FieldCatalog.SIGHTING.create(values);
        assertThat(s.device()).isEqualTo(DeviceType.MOTION_SENSOR);
        assertThat(s.observed()).isEqualTo(When.parse("2017-06").withOriginal("2017年6月"));
        assertThat(s.place().floor()).isEqualTo(Floor.of(-1));
        assertThat(s.place().longitude()).isEqualTo(139.06);
        assertThat(s.count()).isEqualTo(Count.atLeast(3));
        assertThat(s.tags()).containsExactly("a", "b");
    }

    @Test
    void namesTheNestedFieldOfABadValue() {
        assertThatThrownBy(() -> FieldCatalog.SIGHTING.create(Map.of("id", "s1", "device", "camera",
                "place", Map.of("floor", "0"))))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("place.floor"))
                .hasMessageContaining("no floor 0");
        assertThatThrownBy(() -> FieldCatalog.FILING.create(Map.of("id", "f1", "kind", "appeal",
                "events", List.of(Map.of("kind", "filed"), Map.of("kind", "decided", "when", "2017-02-30")))))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("events[1].when"))
                .hasMessageContaining("2017-02-30");
        assertThatThrownBy(() -> FieldCatalog.SIGHTING.create(Map.of("id", "s1", "device", "tripod")))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("device"))
                .hasMessageContaining("motion_sensor");
    }

    @Test
    void rejectsUnknownFieldsListingTheValidOnes() {
        assertThatThrownBy(() -> FieldCatalog.NEWS.create(Map.of("id", "n1", "outlet", "o", "headline", "h",
                "publisher", "x")))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("publisher"))
                .hasMessageContaining("fields are id, outlet, headline");
    }

    @Test
    void rejectsAWrongJsonType() {
        assertThatThrownBy(() -> FieldCatalog.SIGHTING.create(Map.of("id", "s1", "device", "camera",
                "count", Map.of("value", "many", "qualifier", "exact"))))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("count.value"))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> FieldCatalog.SIGHTING.create(Map.of("id", "s1", "device", "camera",
                "tags", "solo")))
                .hasMessageContaining("expected a list");
    }

    @Test
    void marksNamesOfPeopleAsPersonalData() {
        assertThat(FieldCatalog.PARTY.field("name").orElseThrow().isPersonal()).isTrue();
        assertThat(FieldCatalog.PARTY.field("name").orElseThrow().personalData()).isEqualTo(PersonalData.NAME);
        assertThat(FieldCatalog.PARTY.field("title").orElseThrow().isPersonal()).isFalse();
        assertThat(FieldCatalog.PARTY.field("title").orElseThrow().personalData()).isNull();
        assertThat(FieldCatalog.PROVENANCE.field("quote").orElseThrow().personalData())
                .isEqualTo(PersonalData.QUOTED_TEXT);
    }

    @Test
    void aNameIsPersonalInAPrivatePersonOnly() {
        Field name = FieldCatalog.PARTY.field("name").orElseThrow();
        Field title = FieldCatalog.PARTY.field("title").orElseThrow();
        Party person = new Party(PartyKind.PERSON, "山田花子", "職員", null, null, null, false);

        assertThat(name.isPersonalIn(person)).isTrue();
        assertThat(title.isPersonalIn(person)).isFalse();
        assertThat(name.isPersonalIn(new Party(PartyKind.PERSON, "山本一太", "知事", null, null, null, true))).isFalse();
        // An organisation's or a group's name is public whatever its flag says.
        assertThat(name.isPersonalIn(new Party(PartyKind.ORGANISATION, "群馬県", null, null, null, null, false)))
                .isFalse();
        assertThat(name.isPersonalIn(new Party(PartyKind.GROUP, "職員ら", null, null, null, null, false))).isFalse();
        assertThat(FieldCatalog.PROVENANCE.field("quote").orElseThrow()
                .isPersonalIn(new Provenance("post.html", null, "6階に2基", null, null))).isTrue();
    }

    @Test
    void everyPersonalFieldIsOptionalSoRedactionCanLeaveItOut() {
        List<Field> personal = FieldCatalog.all().stream().flatMap(s -> s.fields().stream())
                .filter(Field::isPersonal).toList();

        assertThat(personal).extracting(Field::name).containsExactlyInAnyOrder("name", "quote");
        assertThat(personal).noneMatch(Field::isRequired);
        assertThatThrownBy(() -> Field.required("id", ScalarType.STRING, "d").markPersonal(PersonalData.NAME))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("field 'id' is required, so it cannot hold personal data");
    }

    @Test
    void columnNamesAreSnakeCase() {
        assertThat(FieldCatalog.PLACE.field("jurisdictionCode").orElseThrow().column()).isEqualTo("jurisdiction_code");
        assertThat(FieldCatalog.INCIDENT.field("when").orElseThrow().originalName()).isEqualTo("whenOriginal");
        assertThat(FieldCatalog.INCIDENT.field("title").orElseThrow().originalName()).isNull();
    }
}
