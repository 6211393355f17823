package org.civicwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceTest {

    @Test
    void keepsEveryFieldOfAFloorInABuilding() {
        Place p = Place.builder().jurisdiction("群馬県", "100005").facility("群馬県庁")
                .floor(Floor.range(3, 30), "3階から30階").area("職員の執務スペース")
                .address("群馬県前橋市大手町1-1-1").coordinates(36.3907, 139.0609).build();

        assertThat(p).isEqualTo(new Place("群馬県", "100005", "群馬県庁", Floor.range(3, 30), "3階から30階",
                "職員の執務スペース", "群馬県前橋市大手町1-1-1", 36.3907, 139.0609));
        assertThat(p.toBuilder().build()).isEqualTo(p);
    }

    @Test
    void rejectsAWrongLocalGovernmentCodeNamingTheField() {
        assertThatThrownBy(() -> Place.builder().jurisdiction("群馬県", "100001").build())
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.field()).isEqualTo("jurisdictionCode");
                    assertThat(e.reason()).contains("did you mean 100005?");
                })
                .hasMessageStartingWith("field 'jurisdictionCode': ");
    }

    @Test
    void needsBothCoordinatesOrNone() {
        assertThatThrownBy(() -> new Place(null, null, "x", null, null, null, null, 36.0, null))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("longitude"))
                .hasMessage("field 'longitude': is required when the other coordinate is given");
        assertThatThrownBy(() -> new Place(null, null, "x", null, null, null, null, null, 139.0))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("latitude"));
    }

    @Test
    void rejectsCoordinatesOutOfRange() {
        assertThatThrownBy(() -> Place.builder().coordinates(90.5, 0).build())
                .hasMessage("field 'latitude': 90.5 is outside -90..90 degrees");
        assertThatThrownBy(() -> Place.builder().coordinates(0, -180.01).build())
                .hasMessage("field 'longitude': -180.01 is outside -180..180 degrees");
        assertThatThrownBy(() -> Place.builder().coordinates(Double.NaN, 0).build())
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("latitude"));
        assertThat(Place.builder().coordinates(-90, 180).build().longitude()).isEqualTo(180.0);
    }

    @Test
    void treatsANegativeZeroCoordinateAsZero() {
        Place p = Place.builder().coordinates(-0.0, -0.0).build();

        assertThat(p).isEqualTo(Place.builder().coordinates(0.0, 0.0).build());
        assertThat(p.latitude().toString()).isEqualTo("0.0");
    }

    @Test
    void storesEmptyTextAsAbsent() {
        Place p = new Place("", "", "", null, "", "", "", null, null);

        assertThat(p).isEqualTo(Place.builder().build());
        assertThat(p.jurisdictionCode()).isNull();
        assertThat(p.area()).isNull();
    }

    @Test
    void aRecordsPlaceWithNothingInItIsNoPlace() {
        Place nothing = new Place("", null, "", null, "", "", null, null, null);
        Sighting s = Sighting.builder("s1").device(DeviceType.CAMERA).place(nothing).build();
        Incident i = Incident.builder("i1").title("t").place(Place.builder().build()).build();

        assertThat(s.place()).isNull();
        assertThat(i.place()).isNull();
        assertThat(s).isEqualTo(Sighting.builder("s1").device(DeviceType.CAMERA).build());
        Place floorOnly = Place.builder().floor(Floor.of(1), null).build();
        assertThat(Sighting.builder("s2").place(floorOnly).build().place()).isEqualTo(floorOnly);
    }
}
