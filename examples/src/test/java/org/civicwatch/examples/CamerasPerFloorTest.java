package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.civicwatch.model.Count;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Place;
import org.civicwatch.model.Sighting;
import org.junit.jupiter.api.Test;

class CamerasPerFloorTest {

    static Path resource(String name) {
        try {
            return Path.of(CamerasPerFloorTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String output(ThrowingPrinter program) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            program.print(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    interface ThrowingPrinter {
        void print(PrintStream out) throws IOException;
    }

    @Test
    void printsTheCamerasOfABlogArchiveFloorByFloor() throws Exception {
        String printed = output(out -> CamerasPerFloor.run(List.of(resource("goo-month-city-hall.html"),
                Path.of("data/ombudsman-post-2017-06.html")), out));
        assertThat(printed).isEqualTo("""
                goo-month-city-hall.html: 7 sightings, 6 of cameras
                ombudsman-post-2017-06.html: 13 sightings, 12 of cameras
                高崎市役所
                  floor  cameras     where
                  -1     2           駐車場の出入口
                  1      6           市民課窓口, 正面玄関の風除室, 障害福祉課の前の廊下
                  2..5   none
                  21     4           展望ロビー
                群馬県庁
                  floor  cameras     where
                  -1     2           エレベーターホール, 総務事務センター前の廊下
                  1      8 or more   エレベーターホール, 女子トイレ前の廊下, 警備室前, 南側ロビー, 北側ロビー
                  2      1 or more   県民センターの情報公開相談室
                  3..30  none
                  31     2 or more   トイレ入口、エレベーターホール
                  32     6           展望ホール
                  ?      some
                """);
    }

    @Test
    void putsEachCountAsCarefullyAsItWasMade() {
        Place hall = Place.builder().facility("庁舎").floor(Floor.of(1), null).build();
        List<Sighting> sightings = List.of(
                Sighting.builder("a").place(hall).count(Count.about(10)).build(),
                Sighting.builder("b").place(hall).count(Count.exactly(2)).build(),
                Sighting.builder("c").place(hall).device(DeviceType.MOTION_SENSOR).count(Count.exactly(5)).build(),
                Sighting.builder("d").place(hall.toBuilder().floor(Floor.of(-1), null).build()).count(Count.none()).build());
        var floors = CamerasPerFloor.perFloor(sightings).get("庁舎");
        assertThat(floors.keySet()).containsExactly(Floor.of(-1), Floor.of(1));
        assertThat(floors.get(Floor.of(1))).hasToString("about 12");
        assertThat(floors.get(Floor.of(-1))).hasToString("none");
    }
}
