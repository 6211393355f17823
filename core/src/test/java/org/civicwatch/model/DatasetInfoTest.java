package org.civicwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetInfoTest {
    @Test
    void aBuilderSetsEachFieldAndChecksThemAsTheConstructorDoes() {
        Link post = new Link("https://blog.goo.ne.jp/ombudsman/e/1", "調査報告", LinkKind.BLOG_POST, null);
        DatasetInfo info = DatasetInfo.builder().title("県庁の監視カメラ").description("階ごとの台数").publisher("市民の会")
                .license("CC-BY-4.0").language("ja").created(When.parse("2017-06-13")).sources(List.of(post)).build();

        assertThat(info).isEqualTo(new DatasetInfo("県庁の監視カメラ", "階ごとの台数", "市民の会", "CC-BY-4.0", "ja",
                When.parse("2017-06-13"), List.of(post)));
        assertThat(DatasetInfo.builder().title("").build()).isEqualTo(DatasetInfo.EMPTY);
        assertThatThrownBy(() -> DatasetInfo.builder().language("not a tag!").build())
                .isInstanceOf(ModelException.class).hasMessageContaining("language");
    }

    @Test
    void toBuilderChangesOneFieldAndKeepsTheRest() {
        DatasetInfo info = DatasetInfo.builder().title("t").publisher("p").language("ja").build();
        DatasetInfo other = info.toBuilder().publisher("q").build();

        assertThat(other).isEqualTo(new DatasetInfo("t", null, "q", null, "ja", null, List.of()));
        assertThat(info.toBuilder().build()).isEqualTo(info);
    }
}
