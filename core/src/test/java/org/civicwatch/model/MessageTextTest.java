package org.civicwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.TextParseException;
import org.junit.jupiter.api.Test;

/** Messages show the input they quote on one line, with what cannot be seen written as escapes. */
class MessageTextTest {

    @Test
    void quotesWithControlCharactersSeparatorsAndInvisibleCharactersEscaped() {
        assertThat(MessageText.quote("a\tb\u0000c\nd\re\u2028f\u2029g\u007Fh\u0085i"))
                .isEqualTo("\"a\\tb\\u0000c\\nd\\re\\u2028f\\u2029g\\u007fh\\u0085i\"");
        assertThat(MessageText.quote("\u202Eabc\u202C\u200Bx\uFEFF\u2066")).isEqualTo(
                "\"\\u202eabc\\u202c\\u200bx\\ufeff\\u2066\"");
        assertThat(MessageText.quote("lone\ud800surrogate\udc00")).isEqualTo("\"lone\\ud800surrogate\\udc00\"");
        assertThat(MessageText.quote("\uFFFF\uFFFE")).isEqualTo("\"\\uffff\\ufffe\"");
        assertThat(MessageText.quote("say \"hi\" \\ there")).isEqualTo("\"say \\\"hi\\\" \\\\ there\"");
    }

    @Test
    void keepsWhatAPersonReadsAsItIs() {
        String visible = "群馬県庁 ３階 𠮷野家 📷 e\u0301 か\u3099 שלום \u3000全角";
        assertThat(MessageText.quote(visible)).isEqualTo("\"" + visible + "\"");
        assertThat(MessageText.escape(visible)).isSameAs(visible);
    }

    @Test
    void shortensALongValueWithoutSplittingACharacter() {
        String quoted = MessageText.quote("a".repeat(MessageText.QUOTE_LIMIT - 1) + "𠮷" + "b".repeat(50));
        assertThat(quoted).isEqualTo("\"" + "a".repeat(MessageText.QUOTE_LIMIT - 1) + "…\"");
        assertThat(MessageText.quote("x".repeat(MessageText.QUOTE_LIMIT))).doesNotContain("…");
    }

    @Test
    void everyExceptionEscapesItsWholeMessageButKeepsTheLinesOfAList() {
        DataException e = new DataException(Location.at("in\tput.csv", 3, 1), "cannot use 'x\u0000y\u2028z'");
        assertThat(e.getMessage()).isEqualTo("in\\tput.csv:3:1: cannot use 'x\\u0000y\\u2028z'");
        assertThat(e.detail()).isEqualTo("cannot use 'x\\u0000y\\u2028z'");
        assertThat(new ModelException("title", "bad\tvalue").getMessage()).isEqualTo("field 'title': bad\\tvalue");
        assertThat(new ModelException(null, "2 problems:\n  one\r\n  two").getMessage())
                .isEqualTo("2 problems:\n  one\\r\n  two");
    }

    @Test
    void aValueThatCannotBeReadIsQuotedEscaped() {
        assertThatThrownBy(() -> JapaneseDates.parse("2017年\t2月30日")).isInstanceOf(TextParseException.class)
                .hasMessageStartingWith("cannot read \"2017年\\t2月30日\" as a date")
                .satisfies(e -> assertThat(((TextParseException) e).text()).isEqualTo("2017年\t2月30日"));
    }
}
