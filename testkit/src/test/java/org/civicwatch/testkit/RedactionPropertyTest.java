package org.civicwatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Differences;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.ListType;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.When;
import org.civicwatch.redaction.Redaction;
import org.civicwatch.redaction.Redactor;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.testkit.RandomDatasets.Fill;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core redaction over random datasets. Every check finds the personal fields by walking the field
 * catalog, so a field newly marked personal there is checked here without a change.
 */
class RedactionPropertyTest {
    private static final int SEEDS = 40;
    private static final int PER_TYPE = 5;

    static Stream<Arguments> cases() {
        return Stream.of(Redaction.privateNames(), Redaction.personalData())
                .flatMap(r -> Stream.of(Fill.MIXED, Fill.EVERY_FIELD).map(fill -> Arguments.of(r, fill)));
    }

    private static final Map<Fill, List<Dataset>> GENERATED = new EnumMap<>(Fill.class);

    private static synchronized List<Dataset> datasets(Fill fill) {
        return GENERATED.computeIfAbsent(fill, f -> IntStream.range(0, SEEDS)
                .mapToObj(seed -> RandomDatasets.generate(seed, PER_TYPE, f)).toList());
    }

    /** A generated record and what redaction made of it. */
    private record Redacted(CivicRecord original, CivicRecord redacted) {
    }

    private static List<Redacted> redactedRecords(Redaction redaction, Fill fill) {
        return datasets(fill).stream().flatMap(Dataset::records)
                .map(r -> new Redacted(r, Redactor.redact(r, redaction))).toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void noPersonalValueOfAKindLeftOutSurvivesUnlessItsOwnerMakesItPublic(Redaction redaction, Fill fill) {
        int privateValuesSeen = 0;
        for (Redacted pair : redactedRecords(redaction, fill)) {
            CivicRecord record = pair.original();
            CivicRecord redacted = pair.redacted();
            List<String> survivors = new ArrayList<>();
            walk(redacted, (field, owner) -> {
                if (redaction.leavesOut(field, owner) && present(field.get(owner))) {
                    survivors.add(field.name() + " = " + field.get(owner));
                }
            });
            assertThat(survivors).as("%s", record.id()).isEmpty();

            // No string the original held only as private personal data is anywhere in the redacted record.
            Set<String> allowed = new HashSet<>();
            Set<String> privateOnly = new HashSet<>();
            walk(record, (field, owner) -> strings(field.get(owner),
                    redaction.leavesOut(field, owner) ? privateOnly : allowed));
            privateOnly.removeAll(allowed);
            privateValuesSeen += privateOnly.size();
            Set<String> left = new HashSet<>();
            walk(redacted, (field, owner) -> strings(field.get(owner), left));
            assertThat(left).as("%s", record.id()).noneMatch(privateOnly::contains);
        }
        assertThat(privateValuesSeen).as("private values in the generated datasets").isGreaterThan(20);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void keepsEveryOrganisationGroupAndPublicFigureAsItWas(Redaction redaction, Fill fill) {
        int publicSeen = 0;
        for (Redacted r : redactedRecords(redaction, fill)) {
            List<Object> before = holdersOfPublicPersonalData(r.original());
            publicSeen += before.size();
            assertThat(holdersOfPublicPersonalData(r.redacted())).as("%s", r.original().id())
                    .containsExactlyInAnyOrderElementsOf(before);
            // The rule itself, stated apart from the catalog: no organisation, group or public figure changes.
            assertThat(parties(r.redacted())).as("%s", r.original().id()).containsAll(parties(r.original()).stream()
                    .filter(p -> p.kind() != PartyKind.PERSON || p.publicFigure()).toList());
        }
        assertThat(publicSeen).as("public names in the generated datasets").isGreaterThan(50);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void changesNothingButThePersonalDataItLeavesOut(Redaction redaction, Fill fill) {
        int changed = 0;
        for (Dataset original : datasets(fill)) {
            Dataset redacted = Redactor.redact(original, redaction);
            changed += Differences.between(original, redacted, Integer.MAX_VALUE).size();

            assertThat(Differences.between(withoutPersonalData(original, redaction),
                    withoutPersonalData(redacted, redaction), 10)).isEmpty();
            assertThat(redacted.validate()).isEmpty();
            assertThat(redacted.records().map(CivicRecord::id)).containsExactlyElementsOf(
                    original.records().map(CivicRecord::id).toList());
        }
        assertThat(changed).as("differences the redaction made").isGreaterThan(20);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void redactingTwiceGivesTheSameRecordsAsOnce(Redaction redaction, Fill fill) {
        for (Dataset original : datasets(fill)) {
            Dataset once = Redactor.redact(original, redaction);
            Dataset twice = Redactor.redact(once, redaction);

            assertThat(twice).isEqualTo(once);
            List<CivicRecord> a = once.records().toList();
            List<CivicRecord> b = twice.records().toList();
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i)).isSameAs(a.get(i));
            }
            for (CivicRecord r : a) {
                assertThat(Redactor.count(r, redaction)).isZero();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aRedactingWriterWritesWhatTheDatasetTransformGives(Redaction redaction, Fill fill) throws IOException {
        for (Dataset original : datasets(fill).subList(0, 10)) {
            List<CivicRecord> written = new ArrayList<>();
            try (RecordWriter w = Redactor.redacting(new RecordWriter() {
                @Override
                public void write(CivicRecord record) {
                    written.add(record);
                }

                @Override
                public void close() {
                }
            }, redaction)) {
                for (CivicRecord r : original.records().toList()) {
                    w.write(r);
                }
            }
            assertThat(written).isEqualTo(Redactor.redact(original, redaction).records().toList());
            assertThat(Redactor.redact(original.records(), redaction).toList()).isEqualTo(written);
        }
    }

    // ---- walking the catalog

    /** Calls back with every field of the record and of every value nested in it, with the object holding it. */
    private static void walk(CivicRecord record, BiConsumer<Field, Object> visit) {
        walk(FieldCatalog.schemaOf(record), record, visit);
    }

    private static void walk(ObjectSchema<?> schema, Object value, BiConsumer<Field, Object> visit) {
        for (Field f : schema.fields()) {
            visit.accept(f, value);
            Object v = f.get(value);
            if (v != null && f.type() instanceof ObjectSchema<?> nested) {
                walk(nested, v, visit);
            } else if (v != null && f.type() instanceof ListType list && list.element() instanceof ObjectSchema<?> e) {
                ((List<?>) v).forEach(item -> walk(e, item, visit));
            }
        }
    }

    private static boolean present(@CheckForNull Object v) {
        return v != null && !(v instanceof List<?> l && l.isEmpty());
    }

    /** The strings a field's own value holds (nested objects are walked on their own), into {@code into}. */
    private static void strings(@CheckForNull Object v, Set<String> into) {
        if (v instanceof String s) {
            into.add(s);
        } else if (v instanceof When w && w.original() != null) {
            into.add(w.original());
        } else if (v instanceof List<?> l) {
            l.forEach(item -> strings(item, into));
        }
    }

    /** Every object (a party) holding a personal value that it makes public: an organisation, a group, a public figure. */
    private static List<Object> holdersOfPublicPersonalData(CivicRecord record) {
        List<Object> out = new ArrayList<>();
        walk(record, (field, owner) -> {
            if (field.isPersonal() && present(field.get(owner)) && !field.isPersonalIn(owner)) {
                out.add(owner);
            }
        });
        return out;
    }

    /** Every party anywhere in the record, each once. */
    private static List<Party> parties(CivicRecord record) {
        Set<Object> owners = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(record, (field, owner) -> owners.add(owner));
        return owners.stream().filter(Party.class::isInstance).map(Party.class::cast).toList();
    }

    // ---- the dataset without any personal data of the redaction's kinds, public or private

    /**
     * The dataset with every value of the redaction's kinds left out, whoever it belongs to, built through the
     * tree form rather than the way the redactor works: what the original and its redaction must agree on.
     */
    private static Dataset withoutPersonalData(Dataset d, Redaction redaction) {
        return Dataset.of(d.info(), d.records().map(r -> (CivicRecord) stripped(r, redaction)).toList());
    }

    private static <R extends CivicRecord> R stripped(R record, Redaction redaction) {
        ObjectSchema<R> schema = FieldCatalog.schemaOf(record);
        Map<String, Object> tree = strip(schema, schema.toTree(record), redaction);
        assertThat(tree).as("a record is never left out").isNotNull();
        return schema.create(tree);
    }

    @CheckForNull
    private static Map<String, Object> strip(ObjectSchema<?> schema, Map<String, Object> tree, Redaction redaction) {
        Map<String, Object> out = new LinkedHashMap<>(tree);
        for (Field f : schema.fields()) {
            Object v = out.get(f.name());
            if (v == null) {
                continue;
            }
            if (f.personalData() != null && redaction.kinds().contains(f.personalData())) {
                out.remove(f.name());
            } else if (f.type() instanceof ObjectSchema<?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = strip(nested, (Map<String, Object>) v, redaction);
                if (m == null) {
                    out.remove(f.name());
                } else {
                    out.put(f.name(), m);
                }
            } else if (f.type() instanceof ListType list && list.element() instanceof ObjectSchema<?> e) {
                List<Object> kept = new ArrayList<>();
                for (Object item : (List<?>) v) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = strip(e, (Map<String, Object>) item, redaction);
                    if (m != null) {
                        kept.add(m);
                    }
                }
                out.put(f.name(), kept);
            }
        }
        try {
            schema.create(out);
        } catch (ModelException e) {
            return null; // the model does not accept it without: left out, as redaction leaves it out
        }
        return out;
    }
}
