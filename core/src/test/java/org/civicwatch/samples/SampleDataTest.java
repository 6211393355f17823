package org.civicwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Remedy;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;

/** The sample dataset holds what the seed report says. */
class SampleDataTest {
    private final Dataset sample = SampleData.gunmaPrefecturalOffice();

    private <T extends CivicRecord> T record(Class<T> type, String id) {
        return sample.records().filter(r -> r.id().equals(id)).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void holdsFourRecordTypesThatValidate() {
        assertThat(sample.incidents()).hasSize(3);
        assertThat(sample.sightings()).hasSize(13);
        assertThat(sample.filings()).hasSize(2);
        assertThat(sample.news()).hasSize(2);
        assertThat(sample.validate()).isEmpty();
        assertThat(sample.info().created()).isEqualTo(When.parse("2017-06-13T23:48+09:00"));
    }

    @Test
    void recordsNoCameraOnFloorsThreeToThirtyAsAnExactZero() {
        Sighting none = record(Sighting.class, "sighting-3f-30f-office-space");

        assertThat(none.device()).isEqualTo(DeviceType.CAMERA);
        assertThat(none.place().floor()).isEqualTo(Floor.range(3, 30));
        assertThat(none.place().floor().osmLevel()).isEqualTo("2-29");
        assertThat(none.place().floorLabel()).isEqualTo("3階から30階");
        assertThat(none.count().isNone()).isTrue();
        assertThat(none.count()).isEqualTo(Count.none().withOriginal("ひとつも監視カメラが見当たらない"));
    }

    @Test
    void recordsTheMotionSensorsAsMotionSensorsNotCameras() {
        Sighting sensors = record(Sighting.class, "sighting-3f-30f-motion-sensors");

        assertThat(sensors.device()).isEqualTo(DeviceType.MOTION_SENSOR);
        assertThat(sensors.cameraType()).isNull();
        assertThat(sensors.count().value()).isNull();
        assertThat(sensors.related()).containsExactly("sighting-3f-30f-office-space");
        assertThat(sample.sightings()).filteredOn(s -> s.device() == DeviceType.MOTION_SENSOR).hasSize(1);
    }

    @Test
    void countsSixCamerasOnTheThirtySecondFloor() {
        Sighting top = record(Sighting.class, "sighting-32f-observation-hall");

        assertThat(top.place().floor()).isEqualTo(Floor.of(32));
        assertThat(top.place().floor().osmLevel()).isEqualTo("31");
        assertThat(top.place().floorLabel()).isEqualTo("最上階32階");
        assertThat(top.count()).isEqualTo(Count.exactly(6).withOriginal("6基"));
        assertThat(top.place().jurisdictionCode()).isEqualTo("100005");
    }

    @Test
    void keepsTheAuditRequestDismissedAndTheMoneyReturnedApart() {
        Filing audit = record(Filing.class, "filing-2015-audit");

        assertThat(audit.outcome()).isEqualTo(FilingOutcome.DISMISSED);
        assertThat(audit.remedy()).isEqualTo(new Remedy("職員が給与50万円を返還", 500_000L, "JPY", When.parse("2015-07")));
        assertThat(audit.precededBy()).isEqualTo("filing-2015-disclosure");
        assertThat(audit.events()).extracting(FilingEvent::kind).containsExactly(FilingEventKind.FILED,
                FilingEventKind.CORRECTION_REQUESTED, FilingEventKind.CORRECTED, FilingEventKind.CORRECTION_REQUESTED,
                FilingEventKind.CORRECTED, FilingEventKind.ACCEPTED, FilingEventKind.HEARING, FilingEventKind.DECIDED);
        assertThat(audit.events().get(7).when()).isEqualTo(When.parse("2015-05-31"));
        assertThat(record(Filing.class, "filing-2015-disclosure").outcome())
                .isEqualTo(FilingOutcome.PARTIALLY_DISCLOSED);
    }

    @Test
    void citesNhkToTheMinuteAndNikkeiViaKyodo() {
        NewsReference nhk = record(NewsReference.class, "news-nhk-2017-06-13");
        NewsReference nikkei = record(NewsReference.class, "news-nikkei-2017-06-14");

        assertThat(nhk.published().edtf()).isEqualTo("2017-06-13T18:55+09:00");
        assertThat(nhk.published().original()).isEqualTo("2017年6月13日 18時55分");
        assertThat(nhk.published().precision()).isEqualTo(When.Precision.MINUTE);
        assertThat(nhk.via()).isNull();
        assertThat(nikkei.outlet()).isEqualTo("日本経済新聞");
        assertThat(nikkei.via()).isEqualTo("共同");
        assertThat(nikkei.published().edtf()).isEqualTo("2017-06-14T01:50+09:00");
    }

    @Test
    void recordsTheEavesdroppersByRoleAndSizeNotByName() {
        Incident eavesdropping = record(Incident.class, "incident-2017-05-29-eavesdropping");
        Party staff = eavesdropping.parties().stream().filter(p -> p.role() == PartyRole.ALLEGED_PERPETRATOR)
                .findFirst().orElseThrow();

        assertThat(staff.name()).isNull();
        assertThat(staff.publicFigure()).isFalse();
        assertThat(staff.size()).isEqualTo(Count.exactly(3).withOriginal("職員ら3名"));
        assertThat(eavesdropping.place().floor()).isEqualTo(Floor.of(14));
        assertThat(eavesdropping.when().edtf()).isEqualTo("2017-05-29T15:00+09:00");
    }
}
