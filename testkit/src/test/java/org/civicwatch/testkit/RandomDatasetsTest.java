package org.civicwatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Filing;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Link;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Place;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.civicwatch.testkit.RandomDatasets.Fill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RandomDatasetsTest {
    private static final int SEEDS = 50;
    private static final int PER_TYPE = 6;
    private static Census mixed;

    /** What was seen in one record component over many datasets. */
    private static final class Seen {
        int nulls;
        int values;
        int emptyLists;
        int filledLists;
        final Set<Object> distinct = new HashSet<>();
    }

    /** Walks datasets through their record components, so the census keeps up with the model. */
    private static final class Census {
        // RecordComponent has identity equality: key by component, read a fresh one by its name.
        final Map<RecordComponent, Seen> components = new LinkedHashMap<>();
        private final Map<String, Seen> byName = new LinkedHashMap<>();
        final List<String> strings = new ArrayList<>();
        final List<When> whens = new ArrayList<>();
        final List<Object> values = new ArrayList<>();

        Census(Fill fill, int seeds) {
            expect(Dataset.class);
            IntStream.range(0, seeds).forEach(seed -> walk(RandomDatasets.generate(seed, PER_TYPE, fill)));
        }

        // Every component reachable from Dataset, found from the types, not from the data.
        private void expect(Class<?> type) {
            if (!type.isRecord() || components.keySet().stream().anyMatch(c -> c.getDeclaringRecord() == type)) {
                return;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                Seen seen = new Seen();
                components.put(c, seen);
                byName.put(name(c), seen);
                expect(c.getGenericType() instanceof ParameterizedType p
                        ? (Class<?>) p.getActualTypeArguments()[0] : c.getType());
            }
        }

        private void walk(Object value) {
            values.add(value);
            if (value instanceof String s) {
                strings.add(s);
            } else if (value instanceof When w) {
                whens.add(w);
                if (w.original() != null) {
                    strings.add(w.original());
                }
            } else if (value instanceof List<?> list) {
                list.forEach(this::walk);
            } else if (value.getClass().isRecord() && !(value instanceof Floor)) {
                for (RecordComponent c : value.getClass().getRecordComponents()) {
                    Object v = read(c, value);
                    Seen seen = byName.get(name(c));
                    if (v == null) {
                        seen.nulls++;
                        continue;
                    }
                    seen.values++;
                    if (v instanceof List<?> l) {
                        if (l.isEmpty()) {
                            seen.emptyLists++;
                        } else {
                            seen.filledLists++;
                        }
                    } else if (v instanceof Enum<?> || v instanceof Boolean) {
                        seen.distinct.add(v);
                    }
                    walk(v);
                }
            }
        }

        private static Object read(RecordComponent c, Object record) {
            try {
                return c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        boolean anyString(Predicate<String> test) {
            return strings.stream().anyMatch(test);
        }

        <T> List<T> all(Class<T> type) {
            return values.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private static synchronized Census mixed() {
        if (mixed == null) {
            mixed = new Census(Fill.MIXED, SEEDS);
        }
        return mixed;
    }

    private static String name(RecordComponent c) {
        return c.getDeclaringRecord().getSimpleName() + "." + c.getName();
    }

    private static boolean optional(RecordComponent c) {
        return c.isAnnotationPresent(CheckForNull.class);
    }

    @ParameterizedTest
    @EnumSource(Fill.class)
    void givesAnEqualDatasetForTheSameSeed(Fill fill) {
        assertThat(RandomDatasets.generate(42, 8, fill)).isEqualTo(RandomDatasets.generate(42, 8, fill));
    }

    @Test
    void givesDifferentDatasetsForDifferentSeeds() {
        assertThat(RandomDatasets.generate(1, 8)).isNotEqualTo(RandomDatasets.generate(2, 8));
        assertThat(RandomDatasets.generate(1, 8, Fill.SPARSE)).isNotEqualTo(RandomDatasets.generate(2, 8, Fill.SPARSE));
        assertThat(RandomDatasets.generate(1, 8)).isEqualTo(RandomDatasets.generate(1, 8, Fill.MIXED));
    }

    @ParameterizedTest
    @EnumSource(Fill.class)
    void generatesDatasetsThatValidate(Fill fill) {
        for (int seed = 0; seed < SEEDS; seed++) {
            Dataset d = RandomDatasets.generate(seed, PER_TYPE, fill);
            assertThat(d.validate()).as("seed %d", seed).isEmpty();
            assertThat(d.incidents()).hasSize(PER_TYPE);
            assertThat(d.sightings()).hasSize(PER_TYPE);
            assertThat(d.filings()).hasSize(PER_TYPE);
            assertThat(d.news()).hasSize(PER_TYPE);
        }
    }

    @Test
    void givesAnEmptyDatasetForNoRecordsAndRefusesANegativeCount() {
        assertThat(RandomDatasets.generate(7, 0).size()).isZero();
        assertThat(RandomDatasets.generate(7, 1).size()).isEqualTo(4);
        assertThatThrownBy(() -> RandomDatasets.generate(7, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recordsPerType must be 0 or more, got -1");
    }

    @Test
    void fillsEveryFieldAndLeavesEveryOptionalOneEmptyOverTheRun() {
        Census census = mixed();

        assertThat(census.components.keySet()).extracting(RandomDatasetsTest::name)
                .contains("Incident.summary", "Sighting.count", "Place.latitude", "Count.qualifier", "Party.size",
                        "Filing.events", "FilingEvent.link", "Remedy.currency", "Provenance.confidence",
                        "DatasetInfo.sources", "Link.published");
        census.components.forEach((c, seen) -> {
            String field = name(c);
            if (c.getType() == List.class) {
                assertThat(seen.filledLists).as("%s filled", field).isPositive();
                if (c.getDeclaringRecord() != Dataset.class) {
                    assertThat(seen.emptyLists).as("%s empty", field).isPositive();
                }
            } else if (c.getType() == boolean.class) {
                assertThat(seen.distinct).as(field).containsExactlyInAnyOrder(true, false);
            } else if (!c.getType().isPrimitive()) {
                assertThat(seen.values).as("%s present", field).isPositive();
                if (optional(c)) {
                    assertThat(seen.nulls).as("%s absent", field).isPositive();
                } else {
                    assertThat(seen.nulls).as("%s absent though required", field).isZero();
                }
            }
            if (c.getType().isEnum()) {
                assertThat(seen.distinct).as("%s values", field)
                        .containsExactlyInAnyOrder(c.getType().getEnumConstants());
            }
        });
    }

    @Test
    void fillsEveryOptionalValueThatCanBeFilled() {
        Census census = new Census(Fill.EVERY_FIELD, 10);
        // A motion sensor has no camera type, and the first filing follows from none.
        Set<String> cannot = Set.of("Sighting.cameraType", "Filing.precededBy");

        census.components.forEach((c, seen) -> {
            if (c.getType() == List.class) {
                assertThat(seen.emptyLists).as(name(c)).isZero();
            } else if (!cannot.contains(name(c))) {
                assertThat(seen.nulls).as(name(c)).isZero();
            }
        });
        assertThat(census.whens).allMatch(w -> w.original() != null);
    }

    @Test
    void fillsOnlyWhatIsRequiredWhenSparse() {
        Census census = new Census(Fill.SPARSE, 10);

        census.components.forEach((c, seen) -> {
            if (c.getType() == List.class && c.getDeclaringRecord() != Dataset.class) {
                assertThat(seen.filledLists).as(name(c)).isZero();
            } else if (optional(c) && !name(c).equals("Party.name")) {
                assertThat(seen.values).as(name(c)).isZero();
            }
        });
    }

    @Test
    void generatesEveryFormOfWhen() {
        List<When> whens = mixed().whens;

        assertThat(whens).extracting(When::precision).contains(When.Precision.values());
        assertThat(whens).anyMatch(w -> !w.isInterval())
                .anyMatch(w -> w.isInterval() && w.start().isPresent() && w.end().isPresent())
                .anyMatch(When::isOpenEnd).anyMatch(When::isOpenStart)
                .anyMatch(w -> w.edtf().endsWith("/")).anyMatch(w -> w.edtf().startsWith("/"))
                .anyMatch(When::isApproximate).anyMatch(When::isUncertain)
                .anyMatch(w -> w.isApproximate() && w.isUncertain())
                .anyMatch(w -> w.original() != null).anyMatch(w -> w.original() == null)
                .anyMatch(w -> w.edtf().contains("Z")).anyMatch(w -> w.edtf().contains("+09:00"))
                .anyMatch(w -> w.edtf().matches(".*T\\d\\d:\\d\\d(:\\d\\d)?"))
                .anyMatch(w -> w.edtf().startsWith("0000")).anyMatch(w -> w.edtf().startsWith("9999"));
        assertThat(whens).allMatch(w -> When.parse(w.edtf()).equals(w.withOriginal(null)));
    }

    @Test
    void generatesTheTextFormatsGetWrong() {
        Census census = mixed();

        assertThat(census.strings).noneMatch(String::isBlank);
        Map<String, Predicate<String>> cases = new LinkedHashMap<>();
        // Substrings, each the smallest form of a case.
        for (String part : List.of("群馬県庁", "ｶﾒﾗ", "\u200D", "\r\n", "\"", "'", ",", ";", "|", "\t", "<script>",
                "</script>", "&amp;", "\\")) {
            cases.put("contains " + part.codePoints().mapToObj(Integer::toHexString).toList(), s -> s.contains(part));
        }
        cases.put("full-width", s -> s.chars().anyMatch(ch -> ch >= 0xFF01 && ch <= 0xFF5E));
        cases.put("surrogate pair", s -> s.chars().anyMatch(ch -> Character.isHighSurrogate((char) ch)));
        cases.put("combining mark", s -> s.chars().anyMatch(ch -> Character.getType(ch) == Character.NON_SPACING_MARK));
        cases.put("right-to-left", s -> s.chars().anyMatch(
                ch -> Character.getDirectionality(ch) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC));
        cases.put("LF", s -> s.matches("(?s)[^\r]*\n.*"));
        cases.put("lone CR", s -> s.matches("(?s).*\r([^\n].*)?"));
        cases.put("leading space", s -> s.startsWith(" "));
        cases.put("trailing space", s -> s.endsWith(" "));
        for (String start : List.of("=", "+", "-", "@")) {
            cases.put("starts with " + start, s -> s.startsWith(start));
        }
        cases.put("number", s -> s.equals("0042") || s.equals("1e5") || s.equals("3.14"));
        cases.put("long", s -> s.length() > 1_000);
        cases.forEach((what, test) -> assertThat(census.anyString(test)).as(what).isTrue());
    }

    @Test
    void generatesEveryKindOfFloorCountPlaceAndUrl() {
        Census census = mixed();
        List<Floor> floors = census.all(Floor.class);
        List<Count> counts = census.all(Count.class);
        List<Place> places = census.all(Place.class);
        List<String> urls = new ArrayList<>(census.all(Link.class).stream().map(Link::url).toList());
        census.all(NewsReference.class).forEach(n -> Arrays.asList(n.url(), n.archivedUrl()).forEach(u -> {
            if (u != null) {
                urls.add(u);
            }
        }));

        assertThat(floors).anyMatch(f -> !f.isRange() && f.lowest() > 0).anyMatch(f -> f.highest() < 0)
                .anyMatch(f -> f.isRange() && f.lowest() > 0).anyMatch(f -> f.lowest() < 0 && f.highest() > 0);
        assertThat(counts).anyMatch(Count::isNone).anyMatch(c -> c.value() == null)
                .anyMatch(c -> c.value() != null && c.value() > (1L << 53));
        assertThat(places).anyMatch(p -> p.latitude() == null)
                .anyMatch(p -> p.latitude() != null && Math.abs(p.latitude()) == 90)
                .anyMatch(p -> p.longitude() != null && Math.abs(p.longitude()) == 180)
                .anyMatch(p -> p.jurisdictionCode() != null && p.jurisdictionCode().startsWith("0"));
        assertThat(urls).anyMatch(u -> u.startsWith("http:")).anyMatch(u -> u.startsWith("https:"))
                .anyMatch(u -> u.contains("?")).anyMatch(u -> u.contains("#"))
                .anyMatch(u -> u.chars().anyMatch(ch -> ch > 127));
        assertThat(urls).allMatch(u -> Link.checkUrl(u, "url").equals(u));
        assertThat(RandomDatasets.generate(1, 1, Fill.EVERY_FIELD).info().description())
                .contains("=1+1", "</script>", "\r\n");
    }

    @Test
    void everyRecordRebuildsUnchangedThroughItsBuilder() {
        Dataset d = RandomDatasets.generate(3, 10, Fill.EVERY_FIELD);
        assertThat(d.records().toList()).hasSizeGreaterThan(20).allSatisfy(r -> {
            CivicRecord rebuilt = r instanceof Incident i ? i.toBuilder().build()
                    : r instanceof Sighting s ? s.toBuilder().build()
                    : r instanceof Filing f ? f.toBuilder().build()
                    : ((NewsReference) r).toBuilder().build();
            assertThat(rebuilt).isEqualTo(r).isNotSameAs(r);
        });
    }
}
