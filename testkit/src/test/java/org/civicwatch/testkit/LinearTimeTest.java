package org.civicwatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Pattern;
import org.civicwatch.model.LocalGovernmentCode;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.JapaneseFloors;
import org.civicwatch.text.JapaneseNumbers;
import org.junit.jupiter.api.Test;

class LinearTimeTest {

    @Test
    void flagsAPatternThatScansARunFromEveryStart() {
        LinearTime.Report r = LinearTime.check(Map.of("quadratic", Pattern.compile("\\p{IsHan}+条例第")));

        assertThat(r.findings()).extracting(LinearTime.Finding::unit).contains("条", "漢");
        assertThatThrownBy(r::assertLinear).isInstanceOf(AssertionError.class)
                .hasMessageContaining("quadratic /\\p{IsHan}+条例第/ over a run of \"条\"");
    }

    @Test
    void passesABoundedOrPossessivePattern() {
        LinearTime.Report r = LinearTime.check(Map.of(
                "bounded", Pattern.compile("\\p{IsHan}{1,20}条例第"),
                "possessive", Pattern.compile("^[*＊]{3,}+\\s*+(.*)$")));

        assertThat(r.patterns()).isEqualTo(2);
        assertThat(r.inputs()).isGreaterThan(60);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void findsStaticAndEnumConstantPatterns() {
        assertThat(LinearTime.patternsOf(Holder.class)).containsOnlyKeys("Holder.WORD", "Holder.Kind.A.pattern",
                "Holder.Kind.B.pattern");
    }

    @Test
    void countsEveryCharacterRead() {
        LinearTime.CountingText t = new LinearTime.CountingText("abc");
        t.charAt(0);
        t.subSequence(1, 3);
        assertThat(t.reads()).isEqualTo(3);
        assertThat(t.length()).isEqualTo(3);
    }

    @Test
    void coreJapaneseTextReadsInLinearTime() throws ClassNotFoundException {
        LinearTime.Report r = LinearTime.check(LinearTime.patternsOf(JapaneseDates.class, JapaneseNumbers.class,
                JapaneseFloors.class, Class.forName("org.civicwatch.text.NormalizedText"), LocalGovernmentCode.class));

        assertThat(r.patterns()).isGreaterThan(5);
        r.assertLinear();
    }

    static final class Holder {
        static final Pattern WORD = Pattern.compile("語+");

        enum Kind {
            A("a"), B("b");

            final Pattern pattern;

            Kind(String regex) {
                pattern = Pattern.compile(regex);
            }
        }
    }
}
