package org.civicwatch.importers.html.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicwatch.model.Count;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Mount;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;

class SightingExtractorTest {
    private static List<Sighting> sightings(String... lines) {
        PostText post = PostText.of("https://blog.example.jp/a/2.html", "p2", "前橋市役所の防犯カメラ",
                When.parse("2020-02-01"), List.of(lines));
        Extraction out = Extraction.strict(post);
        new SightingExtractor().extract(post, out);
        return out.records().stream().map(Sighting.class::cast).toList();
    }

    @Test
    void carriesTheFloorOfAWalkIntoTheNextParagraphs() {
        List<Sighting> s = sightings("まず２階をくまなく調べてみると、市民課前の廊下の天井に三基ある。", "",
                "待合ロビーの壁にも２台。");
        assertThat(s).hasSize(2);
        assertThat(s).extracting(x -> x.place().floor()).containsExactly(Floor.of(2), Floor.of(2));
        assertThat(s.get(0).count()).isEqualTo(Count.exactly(3).withOriginal("三基"));
        assertThat(s.get(0).place().area()).isEqualTo("市民課前の廊下");
        assertThat(s.get(0).mount()).isEqualTo(Mount.CEILING);
        assertThat(s.get(1).count().value()).isEqualTo(2L);
        assertThat(s.get(1).mount()).isEqualTo(Mount.WALL);
        assertThat(s.get(1).place().facility()).isEqualTo("前橋市役所");
        assertThat(s.get(1).provenance().quote()).isEqualTo("待合ロビーの壁にも２台。");
        assertThat(s.get(1).provenance().confidence()).isEqualTo(0.75);
    }

    @Test
    void readsAnAbsenceOverAFloorRangeAsAnExactZeroAndASensorAsNoCamera() {
        List<Sighting> s = sightings("地下2階から5階にはひとつも防犯カメラが見当たらない。入口の天井に動体センサーが設置されている。");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).place().floor()).isEqualTo(Floor.range(-2, 5));
        assertThat(s.get(0).place().floorLabel()).isEqualTo("地下2階から5階");
        assertThat(s.get(0).count().isNone()).isTrue();
        assertThat(s.get(0).device()).isEqualTo(DeviceType.CAMERA);
        assertThat(s.get(1).device()).isEqualTo(DeviceType.MOTION_SENSOR);
        assertThat(s.get(1).place().floor()).isEqualTo(Floor.range(-2, 5));
        assertThat(s.get(1).count()).isEqualTo(Count.atLeast(1).withOriginal("設置され"));
    }

    @Test
    void aBuildingWideEstimateHasNoFloorAndAnApproximateCount() {
        List<Sighting> s = sightings("1階を見た。", "", "庁舎内におよそ数十台あるカメラの映像は、3階の警備室で見ている。");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).place().floor()).isNull();
        assertThat(s.get(0).count().value()).isNull();
        assertThat(s.get(0).count().qualifier()).isEqualTo(Count.Qualifier.APPROXIMATE);
    }

    @Test
    void anIntroductionIsNotCountedAndEndsTheWalk() {
        assertThat(sightings("■3階の天井には多くのカメラが付いていることがわかりました。", "ロビーに2基。")).isEmpty();
    }

    @Test
    void namesThePlaceTheSentenceBeforeEndsWith() {
        assertThat(SightingExtractor.area("その前の天井にも", "向かいには守衛室がある。")).isEqualTo("守衛室前");
        assertThat(SightingExtractor.area("トイレ入口の天井、ホールの天井など", "")).isEqualTo("トイレ入口、ホール");
    }
}
