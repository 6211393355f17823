package org.civicwatch.blog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryTest {
    @Test
    void aTableWithACountColumnGivesItsRowsADittoTakesTheFacilityAboveAndTheTotalRowIsMarked() {
        List<Inventory.Listing> found = Inventory.of(List.of("写します。", "学校名\t設置場所\t台数\t年度",
                "北町小学校\t正門\t１台\t令和元年度", "同\t昇降口\t２\t令和元年度", "計\t\t３台", "以上です。"));

        assertThat(found).singleElement().satisfies(l -> {
            assertThat(l.table()).isTrue();
            assertThat(l.first()).isEqualTo(1);
            assertThat(l.end()).isEqualTo(5);
            assertThat(l.rows()).extracting(Inventory.Row::facility).containsExactly("北町小学校", "北町小学校", null);
            assertThat(l.rows()).extracting(Inventory.Row::spot).containsExactly("正門", "昇降口", null);
            assertThat(l.rows()).extracting(r -> r.count().value()).containsExactly(1L, 2L, 3L);
            assertThat(l.rows()).extracting(Inventory.Row::total).containsExactly(false, false, true);
        });
    }

    @Test
    void aTableReadsItsFloorsAndKindsAndADashIsNone() {
        List<Inventory.Listing> found = Inventory.of(List.of("階\t設置場所\t台数\t種類", "１階\t玄関\t２\tドーム型",
                "３階\t―\t０\t―"));

        assertThat(found).singleElement().satisfies(l -> {
            assertThat(l.rows()).extracting(Inventory.Row::floor).containsExactly("１階", "３階");
            assertThat(l.rows()).extracting(Inventory.Row::spot).containsExactly("玄関", null);
            assertThat(l.rows()).extracting(Inventory.Row::note).containsExactly("ドーム型", null);
            assertThat(l.rows()).extracting(r -> r.count().value()).containsExactly(2L, 0L);
        });
    }

    @Test
    void aListOfSpotsWithCountsAndNotesInBracketsWithATotalLine() {
        List<Inventory.Listing> found = Inventory.of(List.of("・東町公園　2台（いずれも園内灯の支柱）", "・西町広場　1台",
                "・南町緑地　設置なし", "合計　3台", "感想です。"));

        assertThat(found).singleElement().satisfies(l -> {
            assertThat(l.table()).isFalse();
            assertThat(l.end()).isEqualTo(4);
            assertThat(l.rows()).extracting(Inventory.Row::spot).containsExactly("東町公園", "西町広場", "南町緑地", null);
            assertThat(l.rows()).extracting(Inventory.Row::note).containsExactly("いずれも園内灯の支柱", null, null, null);
            assertThat(l.rows()).extracting(r -> r.count().value()).containsExactly(2L, 1L, 0L, 3L);
        });
    }

    @Test
    void oneLineWithACountTableWithoutACountColumnAndProseAreNoInventory() {
        assertThat(Inventory.of(List.of("・東町公園　2台", "カメラは2台でした。"))).isEmpty();
        assertThat(Inventory.of(List.of("年度\t件数の説明", "令和元年度\t12件"))).isEmpty();
        assertThat(Inventory.of(List.of("6月1日　2台", "6月2日　3台"))).as("dates are no spots").isEmpty();
    }

    @Test
    void aListOfFloorsSpotsAndCountsReadsEachFloorAndAFloorWithNone() {
        List<Inventory.Listing> found = Inventory.of(List.of("・１階　正面ロビー　３台（天井）", "・２階　なし",
                "・地下１階　駐車場入口　１台", "・合計　４台"));
        assertThat(found).singleElement().satisfies(l -> {
            assertThat(l.rows()).extracting(Inventory.Row::floor).containsExactly("１階", "２階", "地下１階", null);
            assertThat(l.rows()).extracting(Inventory.Row::spot).containsExactly("正面ロビー", null, "駐車場入口", null);
            assertThat(l.rows()).extracting(r -> r.count().value()).containsExactly(3L, 0L, 1L, 4L);
            assertThat(l.rows()).extracting(Inventory.Row::note).containsExactly("天井", null, null, null);
            assertThat(l.rows()).extracting(Inventory.Row::total).containsExactly(false, false, false, true);
        });
    }
}
