package org.civicwatch.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemsWarningTest {
    private static final DataException UNREAD = new DataException(Location.at("post.html", 12, 0),
            "blog-html/filings could not read this paragraph");

    @Test
    void aWarningFailsNoStrictReadAndIsListedAsAWarning() {
        Problems strict = new Problems(Options.EMPTY);

        strict.warn(UNREAD, "■当会は…");

        assertThat(strict.list()).singleElement().satisfies(p -> {
            assertThat(p.warning()).isTrue();
            assertThat(p.rejected()).isEqualTo("■当会は…");
            assertThat(p.toString()).isEqualTo("post.html:12: warning: blog-html/filings could not read this paragraph");
        });
        assertThatThrownBy(() -> strict.report(UNREAD, null)).isSameAs(UNREAD);
    }

    @Test
    void warningsPastTheBoundAreNotRecordedAndDoNotCountAgainstTheProblemsOfALenientRead() {
        Problems lenient = new Problems(Options.EMPTY.with(StandardOptions.LENIENT, true).with(StandardOptions.MAX_PROBLEMS, 2L));
        for (int i = 0; i < 5; i++) {
            lenient.warn(UNREAD, null);
        }
        lenient.report(UNREAD, null);
        lenient.report(UNREAD, null);

        assertThat(lenient.list()).hasSize(4);
        assertThat(lenient.list().stream().filter(Problem::warning)).hasSize(2);
        assertThatThrownBy(() -> lenient.report(UNREAD, null)).isInstanceOf(DataException.class)
                .hasMessageContaining("more than 2 problems");
    }
}
