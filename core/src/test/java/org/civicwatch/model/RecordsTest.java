package org.civicwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The four record types: required fields, ids, lists, empty text, builders. */
class RecordsTest {

    @Test
    void namesTheMissingTitleOfAnIncident() {
        assertThatThrownBy(() -> Incident.builder("incident-1").build())
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("title"))
                .hasMessage("field 'title': is required");
        assertThatThrownBy(() -> Incident.builder("incident-1").title("").build())
                .hasMessage("field 'title': is required");
    }

    @Test
    void namesEachMissingRequiredField() {
        assertThatThrownBy(() -> Sighting.builder("s").device(null).build()).hasMessage("field 'device': is required");
        assertThatThrownBy(() -> Filing.builder("f", null).build()).hasMessage("field 'kind': is required");
        assertThatThrownBy(() -> NewsReference.builder("n").headline("見出し").build())
                .hasMessage("field 'outlet': is required");
        assertThatThrownBy(() -> NewsReference.builder("n").outlet("NHK").build())
                .hasMessage("field 'headline': is required");
        assertThatThrownBy(() -> Incident.builder(null).title("t").build()).hasMessage("field 'id': is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", " leading", "-starts-with-dash", "日本語", "a/b", "a#b"})
    void rejectsIdsThatAreNotIdentifiers(String id) {
        assertThatThrownBy(() -> Incident.builder(id).title("t").build())
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("id"))
                .hasMessageContaining("is not a valid id");
    }

    @Test
    void acceptsIdsOfUpTo128Characters() {
        String longest = "a".repeat(128);

        assertThat(Incident.builder(longest).title("t").build().id()).isEqualTo(longest);
        assertThatThrownBy(() -> Incident.builder(longest + "a").title("t").build()).hasMessageContaining("1 to 128");
        assertThat(Incident.builder("0042").title("t").build().id()).isEqualTo("0042");
        assertThat(Incident.builder("filing:2015.03_a-b").title("t").build().id()).isEqualTo("filing:2015.03_a-b");
    }

    @Test
    void rejectsBadRelatedIdsNamingTheirIndex() {
        assertThatThrownBy(() -> Incident.builder("i").title("t").related("ok", "not ok").build())
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("related[1]"));
        assertThatThrownBy(() -> Filing.builder("f", FilingKind.APPEAL).precededBy("a b").build())
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("precededBy"));
        assertThatThrownBy(() -> Filing.builder("f", FilingKind.APPEAL).precededBy("f").build())
                .hasMessage("field 'precededBy': a filing cannot follow from itself");
    }

    @Test
    void rejectsNullElementsAndEmptyTagsNamingTheirIndex() {
        assertThatThrownBy(() -> new Incident("i", "t", null, null, null, null, null, Arrays.asList(
                Party.group("g"), null), null, List.of(), List.of(), List.of(), null))
                .hasMessage("field 'parties[1]': must not be null");
        assertThatThrownBy(() -> Incident.builder("i").title("t").tag("a", "").build())
                .hasMessage("field 'tags[1]': must not be empty");
        assertThatThrownBy(() -> NewsReference.builder("n").outlet("o").headline("h").author("").build())
                .hasMessage("field 'authors[0]': must not be empty");
    }

    @Test
    void copiesListsAndKeepsThemImmutable() {
        List<String> tags = new ArrayList<>(List.of("surveillance"));
        Incident incident = new Incident("i", "t", null, null, null, null, null, null, null, null, null, tags, null);
        tags.add("later");

        assertThat(incident.tags()).containsExactly("surveillance");
        assertThat(incident.parties()).isEmpty();
        assertThat(incident.related()).isEmpty();
        assertThatThrownBy(() -> incident.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> incident.links().add(Link.to("https://x.org")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void storesEmptyStringsAsAbsent() {
        Incident i = Incident.builder("i").title("t").summary("").type("").outcome("").build();
        Sighting s = Sighting.builder("s").operator("").notes("").build();
        Filing f = Filing.builder("f", FilingKind.COMPLAINT).title("").subject("").legalBasis("")
                .referenceNumber("").precededBy("").build();
        NewsReference n = NewsReference.builder("n").outlet("o").headline("h").url("").via("").language("")
                .excerpt("").archivedUrl("").build();
        DatasetInfo info = new DatasetInfo("", "", "", "", "", null, null);

        assertThat(i).isEqualTo(Incident.builder("i").title("t").build());
        assertThat(s).isEqualTo(Sighting.builder("s").build());
        assertThat(f).isEqualTo(Filing.builder("f", FilingKind.COMPLAINT).build());
        assertThat(n).isEqualTo(NewsReference.builder("n").outlet("o").headline("h").build());
        assertThat(info).isEqualTo(DatasetInfo.EMPTY);
        assertThat(f.precededBy()).isNull();
    }

    @Test
    void keepsWhiteSpaceAroundText() {
        assertThat(Incident.builder("i").title(" t\n").build().title()).isEqualTo(" t\n");
    }

    @Test
    void allowsACameraTypeOnlyForCameras() {
        assertThatThrownBy(() -> Sighting.builder("s").device(DeviceType.MOTION_SENSOR).cameraType(CameraType.DOME)
                .build()).hasMessage("field 'cameraType': is only for cameras, but the device is motion_sensor");
        assertThat(Sighting.builder("s").build().device()).isEqualTo(DeviceType.CAMERA);
    }

    @Test
    void checksNewsUrlsAndLanguage() {
        NewsReference.Builder nhk = NewsReference.builder("n").outlet("NHK").headline("h");

        assertThatThrownBy(() -> nhk.url("javascript:alert(1)").build())
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThatThrownBy(() -> nhk.url(null).archivedUrl("ftp://x").build())
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("archivedUrl"));
        assertThatThrownBy(() -> nhk.archivedUrl(null).language("日本語").build())
                .hasMessage("field 'language': \"日本語\" is not a BCP 47 language tag such as ja");
        assertThat(nhk.language("zh-Hant-TW").build().language()).isEqualTo("zh-Hant-TW");
    }

    @Test
    void checksTheDatasetLanguageAsANewsReferenceDoes() {
        assertThatThrownBy(() -> new DatasetInfo("t", null, null, null, "日本語", null, List.of()))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("language"))
                .hasMessage("field 'language': \"日本語\" is not a BCP 47 language tag such as ja");
        assertThat(new DatasetInfo("t", null, null, null, "zh-Hant-TW", null, List.of()).language())
                .isEqualTo("zh-Hant-TW");
    }

    @Test
    void knowsItsRecordType() {
        assertThat(Incident.builder("i").title("t").build().recordType()).isEqualTo(RecordType.INCIDENT);
        assertThat(Sighting.builder("s").build().recordType()).isEqualTo(RecordType.SIGHTING);
        assertThat(Filing.builder("f", FilingKind.OTHER).build().recordType()).isEqualTo(RecordType.FILING);
        assertThat(NewsReference.builder("n").outlet("o").headline("h").build().recordType())
                .isEqualTo(RecordType.NEWS);
        assertThat(RecordType.named("Sightings")).contains(RecordType.SIGHTING);
        assertThat(RecordType.named("news")).contains(RecordType.NEWS);
        assertThat(RecordType.named("cameras")).isEmpty();
    }

    static Stream<CivicRecord> sampleRecords() {
        // Random records are rebuilt in the testkit's RandomDatasetsTest.
        return SampleData.gunmaPrefecturalOffice().records();
    }

    @ParameterizedTest
    @MethodSource("sampleRecords")
    void rebuildsEverySampleRecordUnchanged(CivicRecord record) {
        assertThat(rebuild(record)).isEqualTo(record).isNotSameAs(record);
    }

    /** Runs a record through its {@code toBuilder().build()}. */
    static CivicRecord rebuild(CivicRecord record) {
        if (record instanceof Incident i) {
            return i.toBuilder().build();
        }
        if (record instanceof Sighting s) {
            return s.toBuilder().build();
        }
        if (record instanceof Filing f) {
            return f.toBuilder().build();
        }
        return ((NewsReference) record).toBuilder().build();
    }

    @Test
    void addsToCopiedListsWithoutTouchingTheOriginal() {
        Incident original = SampleData.incidents().get(0);
        Incident more = original.toBuilder().tag("extra").related("x").build();

        assertThat(more.tags()).containsExactly("surveillance", "extra");
        assertThat(original.tags()).containsExactly("surveillance");
        assertThat(more.related()).containsExactly("x");
        assertThat(original.toBuilder().id("copy").build().id()).isEqualTo("copy");
    }

    @Test
    void listSettersReplaceWhatAddersAdd() {
        Link post = new Link("https://example.org/post", null, LinkKind.BLOG_POST, null);
        Incident original = Incident.builder("i").title("t").party(Party.organisation("群馬県"))
                .link(post).tag("a").related("x").build();
        Party staff = Party.personByTitle("職員", "群馬県");

        Incident replaced = original.toBuilder().parties(List.of(staff)).links(List.of()).tags(List.of("b", "c"))
                .related(List.of("y")).build();

        assertThat(replaced.parties()).containsExactly(staff);
        assertThat(replaced.links()).isEmpty();
        assertThat(replaced.tags()).containsExactly("b", "c");
        assertThat(replaced.related()).containsExactly("y");
        assertThat(original.toBuilder().parties(List.of(staff)).party(Party.group("会")).build().parties())
                .containsExactly(staff, Party.group("会"));
        assertThat(original.parties()).containsExactly(Party.organisation("群馬県"));

        FilingEvent filed = new FilingEvent(FilingEventKind.FILED, When.parse("2015-03-02"), null, null);
        Filing filing = Filing.builder("f", FilingKind.DISCLOSURE_REQUEST).event(filed, filed).build();
        assertThat(filing.toBuilder().events(List.of(filed)).build().events()).containsExactly(filed);

        NewsReference news = NewsReference.builder("n").outlet("o").headline("h").author("A", "B").build();
        assertThat(news.toBuilder().authors(List.of("C")).build().authors()).containsExactly("C");
        assertThat(Sighting.builder("s").tag("x").build().toBuilder().tags(List.of()).build().tags()).isEmpty();
    }

    @Test
    void listSettersRejectANullElementAtBuild() {
        List<Party> withNull = new ArrayList<>();
        withNull.add(null);

        assertThatThrownBy(() -> Incident.builder("i").title("t").parties(withNull).build())
                .isInstanceOf(ModelException.class).hasMessageContaining("parties");
    }
}
