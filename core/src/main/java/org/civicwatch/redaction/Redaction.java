package org.civicwatch.redaction;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.PersonalData;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.StandardOptions;

/**
 * What to leave out of records before they are written or shared: which kinds of {@link PersonalData}.
 * An immutable value, applied by {@link Redactor}, as jsoup's {@code Safelist} is applied by its
 * {@code Cleaner}.
 *
 * <p><b>Which values.</b> Every field the field catalog marks as holding personal data of one of these
 * kinds ({@link Field#personalData()}), in every record and every value nested in one, except where the
 * object holding it makes it public ({@link Field#isPersonalIn(Object)}): the names of organisations,
 * groups and public figures are kept. Nothing here lists fields: a field the catalog marks personal is
 * redacted without a change to this package.
 *
 * <p><b>What becomes of them.</b> A redacted value is absent (a list, empty). A value the model no longer
 * accepts without it is left out whole: a party known by nothing but a private name leaves the incident's
 * parties, and a sighting's observer or a filing's filer known that way becomes absent. A person with a
 * title or an organisation stays, known by those. Records themselves are never left out; ids, references
 * and every value that is not personal data stay as they were, so a redacted dataset is valid whenever the
 * original was.
 *
 * <p><b>The presets.</b> {@link #privateNames()} leaves out the names of private persons and keeps quotes:
 * a quote ({@code Provenance.quote}) is the sentence of a published page that a record was read from, and
 * what lets a reader check the record against its source. {@link #personalData()} leaves out quotes too,
 * for sources that are not public (an export holding drafts, an archive of someone else's site) or where a
 * quote might repeat a name left out of its record. Names in free text the group wrote itself (a summary, a
 * note) are never touched: wording them is the author's responsibility.
 *
 * <pre>{@code
 * Dataset shareable = Redactor.redact(dataset, Redaction.privateNames());
 * Redaction asked = Redaction.from(options, exporter.descriptor());   // StandardOptions.REDACT
 * }</pre>
 */
public final class Redaction {
    private static final Redaction NONE = new Redaction(EnumSet.noneOf(PersonalData.class));
    private static final Redaction PRIVATE_NAMES = new Redaction(EnumSet.of(PersonalData.NAME));
    private static final Redaction PERSONAL_DATA = new Redaction(EnumSet.allOf(PersonalData.class));

    private final Set<PersonalData> kinds;

    private Redaction(EnumSet<PersonalData> kinds) {
        this.kinds = Collections.unmodifiableSet(kinds);
    }

    /** {@return a redaction that leaves nothing out} */
    public static Redaction none() {
        return NONE;
    }

    /**
     * {@return the names of private persons left out}: persons who are not public figures; names of
     * organisations, groups and public figures, and quotes, are kept
     */
    public static Redaction privateNames() {
        return PRIVATE_NAMES;
    }

    /** {@return every kind of personal data left out: private names and quoted source text} */
    public static Redaction personalData() {
        return PERSONAL_DATA;
    }

    /**
     * {@return a redaction leaving out the given kinds of personal data}
     *
     * @param leftOut the kinds to leave out; none for {@link #none()}
     */
    public static Redaction of(PersonalData... leftOut) {
        EnumSet<PersonalData> set = EnumSet.noneOf(PersonalData.class);
        set.addAll(Arrays.asList(leftOut));
        return new Redaction(set);
    }

    /**
     * {@return the redaction the options ask for}: the value of {@link StandardOptions#REDACT}, or when it
     * is not set, the default the format lists for it ({@link Option#withDefault}), or else the standard
     * default, {@linkplain #none() none}
     *
     * @param options the options given to an exporter
     * @param format the exporter's descriptor
     */
    public static Redaction from(Options options, FormatDescriptor format) {
        Option<StandardOptions.Redact> option = StandardOptions.REDACT;
        for (Option<?> listed : format.options()) {
            if (listed.equals(StandardOptions.REDACT)) {
                @SuppressWarnings("unchecked") // equal options are variants of one option, of one type
                Option<StandardOptions.Redact> variant = (Option<StandardOptions.Redact>) listed;
                option = variant;
            }
        }
        return switch (options.require(option)) {
            case NONE -> NONE;
            case PRIVATE_NAMES -> PRIVATE_NAMES;
            case PERSONAL_DATA -> PERSONAL_DATA;
        };
    }

    /** {@return the kinds of personal data left out} */
    public Set<PersonalData> kinds() {
        return kinds;
    }

    /** {@return whether it leaves nothing out} */
    public boolean isNone() {
        return kinds.isEmpty();
    }

    /**
     * {@return whether it leaves out everything the other leaves out}
     *
     * @param other another redaction
     */
    public boolean covers(Redaction other) {
        return kinds.containsAll(other.kinds);
    }

    /**
     * {@return whether it leaves out a field's value in an object}: the field holds personal data of a kind
     * left out, and the object does not make that value public
     *
     * @param field a field of the object's schema
     * @param owner the object
     */
    public boolean leavesOut(Field field, Object owner) {
        PersonalData kind = field.personalData();
        return kind != null && kinds.contains(kind) && field.isPersonalIn(owner);
    }

    @Override
    public boolean equals(@CheckForNull Object other) {
        return other instanceof Redaction r && r.kinds.equals(kinds);
    }

    @Override
    public int hashCode() {
        return kinds.hashCode();
    }

    /** {@return the kinds left out, as in {@code Redaction[NAME, QUOTED_TEXT]}} */
    @Override
    public String toString() {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(", ", "Redaction[", "]"));
    }
}
