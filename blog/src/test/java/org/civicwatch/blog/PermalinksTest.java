package org.civicwatch.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermalinksTest {
    @Test
    void keepsOnlyTheQueryParametersThatNameAPost() {
        assertThat(Permalinks.normalize("http://Minato.JUGEM.jp./?eid=88")).isEqualTo("http://minato.jugem.jp/?eid=88");
        assertThat(Permalinks.normalize("https://watch.example.org/?p=123&utm_source=x#top")).isEqualTo("https://watch.example.org/?p=123");
        assertThat(Permalinks.normalize("http://blog.goo.ne.jp/a/e/0f0e?fm=entry_awp")).isEqualTo("https://blog.goo.ne.jp/a/e/0f0e");
        assertThat(Permalinks.normalize("https://watch.example.org/?p=")).as("no value").isEqualTo("https://watch.example.org/");
        assertThat(Permalinks.key("http://minato.jugem.jp/?eid=88")).as("two JUGEM posts have two keys")
                .isNotEqualTo(Permalinks.key("http://minato.jugem.jp/?eid=89")).startsWith("eid88-");
    }

    @Test
    void theGroupOfABlogIsItsTitleWithoutTheWordForTheBlog() {
        assertThat(PostExtractor.groupOf("ふくい情報公開ネット　活動日誌")).isEqualTo("ふくい情報公開ネット");
        assertThat(PostExtractor.groupOf("市民オンブズマン ブログ")).isEqualTo("市民オンブズマン");
        assertThat(PostExtractor.groupOf("湯けむり情報公開の会")).isEqualTo("湯けむり情報公開の会");
        assertThat(PostExtractor.groupOf(null)).isNull();
    }
}
