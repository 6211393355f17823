package org.civicwatch.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.catalog.PersonalData;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Provenance;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.RecordWriter;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final Party STAFF_BY_NAME = new Party(PartyKind.PERSON, "山田花子", "職員", "群馬県", null,
            PartyRole.ALLEGED_PERPETRATOR, false);
    private static final Party WITNESS_BY_NAME = new Party(PartyKind.PERSON, "佐藤一郎", null, null, null,
            PartyRole.WITNESS, false);
    private static final Party GOVERNOR = new Party(PartyKind.PERSON, "山本一太", "知事", "群馬県", null,
            PartyRole.AUTHORITY, true);
    private static final Provenance FROM_THE_POST = new Provenance("https://blog.goo.ne.jp/ombudsman/e/1",
            "paragraph 4", "職員の山田花子が相談を盗聴していた", "blog-html/incident", 0.8);

    private static Incident eavesdropping() {
        return Incident.builder("incident-eavesdropping").title("県職員が相談を盗聴")
                .when(When.parse("2017-05-29T15:00+09:00")).type("eavesdropping")
                .party(STAFF_BY_NAME, WITNESS_BY_NAME, GOVERNOR).outcome("懲戒免職").tag("surveillance")
                .provenance(FROM_THE_POST).build();
    }

    @Test
    void replacesAPrivatePersonsNameByTheirTitleAndLeavesOutOneKnownByNameAlone() {
        Incident redacted = Redactor.redact(eavesdropping(), Redaction.privateNames());

        assertThat(redacted.parties()).containsExactly(
                new Party(PartyKind.PERSON, null, "職員", "群馬県", null, PartyRole.ALLEGED_PERPETRATOR, false),
                GOVERNOR);
        assertThat(redacted.toBuilder().parties(eavesdropping().parties()).build()).isEqualTo(eavesdropping());
    }

    @Test
    void keepsTheNamesOfOrganisationsAndGroupsWhateverTheirFlag() {
        Party office = new Party(PartyKind.ORGANISATION, "群馬県知事", null, null, null, null, false);
        Party staff = new Party(PartyKind.GROUP, "学事法制課の職員", null, null, null, PartyRole.ALLEGED_PERPETRATOR,
                false);
        Incident incident = Incident.builder("i").title("t").party(staff, office).build();
        Filing filing = Filing.builder("f", FilingKind.DISCLOSURE_REQUEST).filedBy(SampleData.OMBUDSMAN)
                .filedWith(office).build();

        assertThat(Redactor.redact(incident, Redaction.personalData())).isSameAs(incident);
        assertThat(Redactor.redact(filing, Redaction.personalData())).isSameAs(filing);
    }

    @Test
    void anObserverOrFilerKnownByAPrivateNameAloneBecomesAbsent() {
        Sighting seen = Sighting.builder("s").device(DeviceType.CAMERA).observer(WITNESS_BY_NAME).build();
        Filing filed = Filing.builder("f", FilingKind.RESIDENT_AUDIT_REQUEST).filedBy(WITNESS_BY_NAME)
                .filedWith(Party.organisation("群馬県監査委員")).build();

        assertThat(Redactor.redact(seen, Redaction.privateNames()).observer()).isNull();
        assertThat(Redactor.redact(seen, Redaction.privateNames()).device()).isEqualTo(DeviceType.CAMERA);
        assertThat(Redactor.redact(filed, Redaction.privateNames()).filedBy()).isNull();
        assertThat(Redactor.redact(filed, Redaction.privateNames()).filedWith())
                .isEqualTo(Party.organisation("群馬県監査委員"));
        assertThat(Redactor.redact(filed.toBuilder().filedBy(STAFF_BY_NAME).build(), Redaction.privateNames())
                .filedBy()).isEqualTo(Party.personByTitle("職員", "群馬県").as(PartyRole.ALLEGED_PERPETRATOR));
    }

    @Test
    void privateNamesKeepQuotesAndPersonalDataLeavesThemOutButKeepsTheirSource() {
        assertThat(Redactor.redact(eavesdropping(), Redaction.privateNames()).provenance()).isEqualTo(FROM_THE_POST);

        Incident redacted = Redactor.redact(eavesdropping(), Redaction.personalData());
        assertThat(redacted.provenance()).isEqualTo(new Provenance("https://blog.goo.ne.jp/ombudsman/e/1",
                "paragraph 4", null, "blog-html/incident", 0.8));
        assertThat(redacted.parties()).hasSize(2);
        assertThat(Redactor.redact(eavesdropping(), Redaction.of(PersonalData.QUOTED_TEXT)).parties())
                .isEqualTo(eavesdropping().parties());
    }

    @Test
    void leavesTheSampleDatasetAsItIsSinceItNamesNoPrivatePerson() {
        Dataset sample = SampleData.gunmaPrefecturalOffice();

        Dataset redacted = Redactor.redact(sample, Redaction.personalData());

        assertThat(redacted).isEqualTo(sample);
        for (int i = 0; i < sample.incidents().size(); i++) {
            assertThat(redacted.incidents().get(i)).isSameAs(sample.incidents().get(i));
        }
    }

    @Test
    void countsEachNameLeftOutAlsoWhenItsPartyGoesWithIt() {
        assertThat(Redactor.count(eavesdropping(), Redaction.privateNames())).isEqualTo(2);
        assertThat(Redactor.count(eavesdropping(), Redaction.personalData())).isEqualTo(3);
        assertThat(Redactor.count(eavesdropping(), Redaction.none())).isZero();
        assertThat(Redactor.count(SampleData.incidents().get(0), Redaction.personalData())).isZero();
    }

    @Test
    void redactsADatasetAStreamAndARecordAlike() {
        Dataset d = Dataset.builder(SampleData.info()).add(eavesdropping())
                .add(SampleData.gunmaPrefecturalOffice().records().toArray(CivicRecord[]::new)).build();
        Redaction r = Redaction.personalData();

        List<CivicRecord> one = d.records().map(rec -> (CivicRecord) Redactor.redact(rec, r)).toList();
        assertThat(Redactor.redact(d.records(), r).toList()).isEqualTo(one);
        assertThat(Redactor.redact(d, r).records().toList()).isEqualTo(one);
        assertThat(Redactor.redact(d, r).info()).isEqualTo(d.info());
        assertThat(Redactor.redact(d, r).validate()).isEmpty();
        assertThat(Redactor.redact(Redactor.redact(d, r), r)).isEqualTo(Redactor.redact(d, r));
        assertThat(Redactor.redact(d, Redaction.none())).isSameAs(d);
    }

    /** Collects what it is given. */
    private static final class Collecting implements RecordWriter {
        final List<CivicRecord> written = new ArrayList<>();
        boolean closed;

        @Override
        public void write(CivicRecord record) {
            written.add(record);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aRedactingWriterHandsOnEachRecordRedactedAndClosesWhatItWraps() throws IOException {
        Collecting inner = new Collecting();

        try (RecordWriter w = Redactor.redacting(inner, Redaction.privateNames())) {
            w.write(eavesdropping());
            w.write(SampleData.incidents().get(0));
        }

        assertThat(inner.written).containsExactly(Redactor.redact(eavesdropping(), Redaction.privateNames()),
                SampleData.incidents().get(0));
        assertThat(inner.closed).isTrue();
    }

    @Test
    void wrapsOnceAndNotAtAllForNone() {
        Collecting inner = new Collecting();
        RecordWriter names = Redactor.redacting(inner, Redaction.privateNames());

        assertThat(Redactor.redacting(inner, Redaction.none())).isSameAs(inner);
        assertThat(names).isInstanceOfSatisfying(RedactingWriter.class,
                r -> assertThat(r.redaction()).isEqualTo(Redaction.privateNames()));
        assertThat(Redactor.redacting(names, Redaction.privateNames())).isSameAs(names);
        RecordWriter all = Redactor.redacting(names, Redaction.personalData());
        assertThat(all).isNotSameAs(names);
        assertThat(Redactor.redacting(all, Redaction.privateNames())).isSameAs(all);
    }
}
