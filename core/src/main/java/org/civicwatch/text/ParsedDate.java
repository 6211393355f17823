package org.civicwatch.text;

import java.util.List;
import java.util.Objects;
import org.civicwatch.model.When;

/**
 * A date read from Japanese text, with what the reader noticed but accepted: a date written in an era
 * that had already ended ({@code 平成31年5月1日}), a weekday that does not match the date, a year taken
 * from the date of writing, a part of the day ({@code 午後}) that a date cannot hold.
 *
 * <pre>{@code
 * ParsedDate d = JapaneseDates.parseWithWarnings("平成31年5月1日");
 * d.when().edtf()    // "2019-05-01"
 * d.warnings()       // ["\"平成31年5月1日\" is written in the 平成 era, which ended on 2019-04-30: read as 2019-05-01"]
 * }</pre>
 *
 * @param when the value read, with the text it was read from as its original
 * @param warnings what a person should check, in the order noticed; empty when nothing was odd
 */
public record ParsedDate(When when, List<String> warnings) {

    /** Copies the warnings. */
    public ParsedDate {
        Objects.requireNonNull(when, "when");
        warnings = List.copyOf(warnings);
    }

    /** Whether the text was read without anything to check. */
    public boolean isClean() {
        return warnings.isEmpty();
    }
}
