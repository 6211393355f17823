package org.civicwatch.testkit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CameraType;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.IncidentStatus;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.LocalGovernmentCode;
import org.civicwatch.model.Mount;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Place;
import org.civicwatch.model.Provenance;
import org.civicwatch.model.RecordBuilder;
import org.civicwatch.model.Remedy;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.SurveillanceZone;
import org.civicwatch.model.When;
import org.civicwatch.model.When.Point;
import org.civicwatch.model.When.Precision;

/**
 * Random, valid datasets for round-trip property tests of formats: every importer and exporter must give
 * back exactly the dataset it was given, for every seed.
 *
 * <pre>{@code
 * for (long seed = 0; seed < 50; seed++) {
 *     Dataset original = RandomDatasets.generate(seed, 8);
 *     assertThat(readBack(write(original))).as("seed %d", seed).isEqualTo(original);
 * }
 * }</pre>
 *
 * <p>The datasets go after what formats get wrong: text with CJK, full-width and half-width forms,
 * surrogate pairs (emoji, CJK extension B), combining marks, right-to-left text and bidi controls,
 * zero-width joiners and spaces, {@code \n}, {@code \r\n} and lone {@code \r}, quotes, commas,
 * semicolons, pipes, tabs, leading and trailing white space, strings that look like numbers or
 * spreadsheet formulas ({@code =1+1}, {@code +81}, {@code -3}, {@code @x}, {@code 0042}), HTML and
 * {@code </script>}, backslashes, and strings thousands of characters long; lists empty and filled;
 * optional values absent and present; every enum constant; {@link When} values of every precision,
 * with and without offsets, qualifiers and original text, as points, closed spans, open ({@code ..}) and
 * unknown (empty) ends; single floors, basements and ranges; local government codes with valid check
 * digits; coordinates on their limits; http and https URLs with ports, queries, fragments and non-ASCII
 * paths; counts of each qualifier, exact zeros and unknown values; large numbers beyond 2^53.
 *
 * <p>Every generated value is valid by construction and every dataset passes {@link Dataset#validate()}:
 * ids are unique, every {@code related} id and every {@code precededBy} id resolves ({@code precededBy}
 * always names an earlier filing). Text is never empty, since the model stores an empty string as absent,
 * and never white space alone. The same seed, record count and {@link Fill} give an equal dataset on every
 * run and every JVM.
 */
public final class RandomDatasets {

    /** How many optional values a generated dataset fills. */
    public enum Fill {
        /** Each optional value present or absent at random, each list empty or filled at random. */
        MIXED,
        /**
         * Every optional value that can be present is, and every list holds one element or more (except
         * the first filing's {@code precededBy}, and a non-camera's {@code cameraType}, which cannot be).
         */
        EVERY_FIELD,
        /** Only what is required: every optional value absent, every list empty. */
        SPARSE
    }

    // Plain words: every generated text starts from one of these, so none is blank.
    private static final List<String> WORDS = List.of("群馬県庁", "監視カメラ", "天井", "廊下", "職員", "1階",
            "地下1階", "展望ホール", "camera", "Gunma", "ombudsman", "report", "Ärger", "naïve", "Ωμέγα", "кабинет",
            "情報公開", "住民監査請求", "ｶﾒﾗ", "ＡＢＣ１２３");

    // Each is a case some format gets wrong: quoting, escaping, encodings, normalisation, formulas, markup.
    private static final List<String> AWKWARD = List.of(
            "監視カメラ２基（全角）", "𠮷野家の𩸽", "📷🎥", "👩‍👩‍👧‍👦", "🇯🇵", "e\u0301", "か\u3099", "שלום עולם",
            "مرحبا بالعالم", "\u202Eabc\u202C", "a\u200Bb", "a\u200Db", "a\u00A0b", "全角\u3000スペース", "①②③", "㈱",
            "3～30階", "line\nbreak", "crlf\r\nline", "lone\rcr", "\"quoted\"", "\"\"", "it's", "'single'", "a,b,c",
            "a;b;c", "a|b|c", "tab\tbetween", "=1+1", "+81", "-3", "@x", "=HYPERLINK(\"http://x.test\")", "0042",
            "1e5", "3.14", "1,000", "-0", "true", "null", "NULL", "N/A", "<script>alert(1)</script>", "</script>",
            "<!-- c -->", "&amp;", "&lt;b&gt;", "<b>bold</b>", "]]>", "\\", "\\n", "${x}", "{\"a\":1}", "#", "--",
            "'; DROP TABLE x;--", "%s %d", "a\uFEFFb", "ー〜・");

    // What may stand between fragments, or before and after a whole text.
    private static final List<String> SEPARATORS = List.of(" ", "", "\n", "、", ", ", "\r\n", "\t");
    private static final List<String> PADDING = List.of(" ", "  ", "\t", "\n", "\u3000", "\r\n");

    private static final List<String> DATE_ORIGINALS = List.of("平成29年7月18日", "令和元年5月1日(水)午後4時10分頃",
            "H29.5.29", "２０１７年６月", "2017/6/7 0:22", "5月29日(月)15時", "2014年5月から2017年3月にかけて",
            "平成31年5月1日");
    private static final List<String> LANGUAGES = List.of("ja", "en", "ja-JP", "zh-Hant-TW", "ja-Latn", "en-GB",
            "ain", "de-CH-1901");
    private static final List<String> HOSTS = List.of("example.org", "example.jp", "www.city.maebashi.gunma.jp",
            "pink.ap.teacup.com", "localhost:8080", "192.0.2.1", "[2001:db8::1]", "EXAMPLE.COM");
    private static final List<String> PATHS = List.of("", "/", "/ogawaken/1674.html", "/記事/監視カメラ",
            "/%E7%BE%A4%E9%A6%AC", "/a;b=c/d", "/~user/", "/news/2017/06/13/",
            "/web/20170614/https://www.nikkei.com/article/DGXLASDG13H7S_T10C17A6000000/");
    private static final List<String> QUERIES = List.of("?q=群馬&x=1", "?a=1&amp;b=2", "?url=https%3A%2F%2Fx.test%2F",
            "?q=%22quoted%22", "?empty=", "?a=1,2;3", "?q=it's", "?=");
    private static final List<String> FRAGMENTS = List.of("#節", "#top", "#");
    private static final List<ZoneOffset> OFFSETS = List.of(When.JAPAN, ZoneOffset.UTC, ZoneOffset.ofHours(-5),
            ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.ofHours(-12), ZoneOffset.ofHours(14),
            ZoneOffset.ofHoursMinutes(-3, -30));
    private static final List<String> KNOWN_CODES = List.of("100005", "010006", "011002", "270008", "131041",
            "131130", "432041");
    private static final List<String> INCIDENT_TYPES = List.of("eavesdropping", "data-misuse", "misconduct",
            "embezzlement");
    private static final List<String> CURRENCIES = List.of("JPY", "USD", "EUR", "XXX");
    // 2^53 + 1 cannot be held by a double: a format that goes through one loses it.
    private static final List<Long> LARGE = List.of(9_007_199_254_740_993L, Long.MAX_VALUE, 4_294_967_296L);

    private final SplittableRandom random;
    private final Fill fill;

    private RandomDatasets(long seed, Fill fill) {
        this.random = new SplittableRandom(seed);
        this.fill = fill;
    }

    /**
     * A dataset with some of its optional values filled ({@link Fill#MIXED}).
     *
     * @param seed the same seed gives an equal dataset
     * @param recordsPerType how many incidents, sightings, filings and news references: each that many
     * @return a dataset that passes {@link Dataset#validate()}
     */
    public static Dataset generate(long seed, int recordsPerType) {
        return generate(seed, recordsPerType, Fill.MIXED);
    }

    /**
     * A dataset filled as {@code fill} says.
     *
     * @param seed the same seed gives an equal dataset
     * @param recordsPerType how many incidents, sightings, filings and news references: each that many
     * @param fill which optional values to fill
     * @return a dataset that passes {@link Dataset#validate()}
     * @throws IllegalArgumentException if {@code recordsPerType} is negative
     */
    public static Dataset generate(long seed, int recordsPerType, Fill fill) {
        if (recordsPerType < 0) {
            throw new IllegalArgumentException("recordsPerType must be 0 or more, got " + recordsPerType);
        }
        return new RandomDatasets(seed, fill).dataset(recordsPerType);
    }

    private Dataset dataset(int perType) {
        List<String> all = new ArrayList<>();
        List<List<String>> ids = new ArrayList<>();
        for (int type = 0; type < 4; type++) {
            List<String> these = new ArrayList<>();
            for (int i = 0; i < perType; i++) {
                these.add(id(all.size()));
                all.add(these.get(i));
            }
            ids.add(these);
        }
        Dataset.Builder b = Dataset.builder(info());
        for (int i = 0; i < perType; i++) {
            b.add(common(incident(ids.get(0).get(i)), ids.get(0).get(i), all).build());
        }
        for (int i = 0; i < perType; i++) {
            b.add(common(sighting(ids.get(1).get(i)), ids.get(1).get(i), all).build());
        }
        for (int i = 0; i < perType; i++) {
            b.add(common(filing(ids.get(2).get(i), ids.get(2).subList(0, i)), ids.get(2).get(i), all).build());
        }
        for (int i = 0; i < perType; i++) {
            b.add(common(news(ids.get(3).get(i)), ids.get(3).get(i), all).build());
        }
        return b.build();
    }

    // Ids that look like numbers, carry every allowed punctuation mark, or reach the 128-character limit;
    // the serial number keeps them unique.
    private String id(int serial) {
        return switch (random.nextInt(6)) {
            case 0 -> String.format(Locale.ROOT, "%05d", serial);
            case 1 -> serial + "e3";
            case 2 -> "r" + serial + ".a_b:c-d";
            case 3 -> "L" + serial + "-" + "x".repeat(126 - String.valueOf(serial).length());
            default -> pick(List.of("incident", "sighting", "filing", "news", "Item")) + "-" + serial;
        };
    }

    private DatasetInfo info() {
        // Every awkward text in one long value, in most datasets (and absent in some, as it is optional).
        boolean described = fill == Fill.EVERY_FIELD || fill == Fill.MIXED && random.nextInt(4) != 0;
        String everything = described ? String.join(" ", AWKWARD) + " " + longText() : null;
        return new DatasetInfo(maybe(this::text), everything, maybe(this::text),
                maybe(() -> pick(List.of("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", text()))),
                maybe(() -> pick(LANGUAGES)), maybe(this::when), list(this::link));
    }

    // Related ids point anywhere in the dataset but at the record itself.
    private <B extends RecordBuilder<B, ?>> B common(B builder, String self, List<String> ids) {
        int n = size();
        for (int i = 0; i < n && ids.size() > 1; i++) {
            String other = pick(ids);
            builder.related(other.equals(self) ? ids.get((ids.indexOf(other) + 1) % ids.size()) : other);
        }
        list(this::link).forEach(builder::link);
        list(this::text).forEach(builder::tag);
        return builder.provenance(maybe(this::provenance));
    }

    private Incident.Builder incident(String id) {
        Incident.Builder b = Incident.builder(id).title(text()).summary(maybe(this::summary)).when(maybe(this::when))
                .place(maybe(this::place)).type(maybe(() -> random.nextBoolean() ? pick(INCIDENT_TYPES) : text()))
                .status(maybe(() -> pick(IncidentStatus.values()))).outcome(maybe(this::text));
        list(this::party).forEach(b::party);
        return b;
    }

    private Sighting.Builder sighting(String id) {
        DeviceType device = pick(DeviceType.values());
        return Sighting.builder(id).observed(maybe(this::when)).observer(maybe(this::party)).place(maybe(this::place))
                .device(device)
                .cameraType(device == DeviceType.CAMERA ? maybe(() -> pick(CameraType.values())) : null)
                .mount(maybe(() -> pick(Mount.values()))).zone(maybe(() -> pick(SurveillanceZone.values())))
                .count(maybe(this::count)).operator(maybe(this::text)).notes(maybe(this::summary));
    }

    private Filing.Builder filing(String id, List<String> earlierFilings) {
        Filing.Builder b = Filing.builder(id, pick(FilingKind.values())).title(maybe(this::text))
                .subject(maybe(this::text)).filedBy(maybe(this::party)).filedWith(maybe(this::party))
                .legalBasis(maybe(() -> random.nextBoolean() ? "地方自治法第242条第1項" : text()))
                .filed(maybe(this::when)).outcome(maybe(() -> pick(FilingOutcome.values())))
                .remedy(maybe(this::remedy))
                .referenceNumber(maybe(() -> random.nextBoolean() ? pick(List.of("群監第123号", "0042", "=A1")) : text()))
                .precededBy(earlierFilings.isEmpty() ? null : maybe(() -> pick(earlierFilings)));
        list(this::event).forEach(b::event);
        return b;
    }

    private NewsReference.Builder news(String id) {
        NewsReference.Builder b = NewsReference.builder(id).outlet(text()).headline(text()).url(maybe(this::url))
                .published(maybe(this::when)).via(maybe(() -> random.nextBoolean() ? "共同" : text()))
                .language(maybe(() -> pick(LANGUAGES))).excerpt(maybe(this::summary)).retrieved(maybe(this::when))
                .archivedUrl(maybe(this::url));
        list(this::text).forEach(b::author);
        return b;
    }

    private Place place() {
        Place.Builder b = Place.builder()
                .jurisdiction(maybe(this::text), maybe(this::localGovernmentCode))
                .facility(maybe(this::text)).area(maybe(this::text)).address(maybe(this::text));
        b.floor(maybe(this::floor), maybe(() -> random.nextBoolean()
                ? pick(List.of("地下1階", "B1F", "3階から30階", "３～３０階", "最上階32階", "中2階", "屋上")) : text()));
        if (present()) {
            b.coordinates(coordinate(90), coordinate(180));
        }
        return b.build();
    }

    private String localGovernmentCode() {
        if (random.nextInt(4) == 0) {
            return pick(KNOWN_CODES);
        }
        String five = String.format(Locale.ROOT, "%05d", random.nextInt(100_000));
        return five + LocalGovernmentCode.checkDigit(five);
    }

    private Floor floor() {
        int low = random.nextBoolean() ? 1 + random.nextInt(60) : -1 - random.nextInt(6);
        return switch (random.nextInt(3)) {
            case 0 -> Floor.of(low);
            case 1 -> Floor.range(low, low < 0 ? -1 : low + 1 + random.nextInt(40));
            default -> Floor.range(low < 0 ? low : -1, 1 + random.nextInt(60)); // across the ground floor
        };
    }

    // The limits, zero and numbers with every digit a double holds.
    private double coordinate(double limit) {
        return switch (random.nextInt(5)) {
            case 0 -> limit;
            case 1 -> -limit;
            case 2 -> 0.0;
            default -> random.nextDouble(-limit, limit);
        };
    }

    private Party party() {
        String name = maybe(this::text);
        String title = maybe(this::text);
        String organisation = maybe(this::text);
        if (name == null && title == null && organisation == null) {
            name = text(); // a party needs one of the three
        }
        return new Party(pick(PartyKind.values()), name, title, organisation, maybe(this::count),
                maybe(() -> pick(PartyRole.values())), random.nextBoolean());
    }

    private Count count() {
        long n = random.nextInt(10) == 0 ? pick(LARGE) : random.nextInt(1, 50);
        Count c = switch (random.nextInt(fill == Fill.EVERY_FIELD ? 4 : 5)) {
            case 0 -> Count.none();
            case 1 -> Count.exactly(n);
            case 2 -> Count.atLeast(n);
            case 3 -> Count.about(n);
            default -> Count.unknown(null);
        };
        return c.withOriginal(maybe(() -> random.nextBoolean() ? pick(List.of("2基", "六基", "数十基", "十数台",
                "ひとつも…ない", "職員ら3名")) : text()));
    }

    private Link link() {
        return new Link(url(), maybe(this::text), maybe(() -> pick(LinkKind.values())), maybe(this::when));
    }

    private String url() {
        String scheme = pick(List.of("http", "https", "https", "HTTPS"));
        String query = random.nextBoolean() ? pick(QUERIES) : "";
        String fragment = random.nextInt(4) == 0 ? pick(FRAGMENTS) : "";
        return scheme + "://" + pick(HOSTS) + pick(PATHS) + query + fragment;
    }

    private Provenance provenance() {
        return new Provenance(random.nextBoolean() ? url() : text(), maybe(this::text), maybe(this::summary),
                maybe(() -> pick(List.of("blog-html/sighting", "csv/mapped", "json"))),
                maybe(() -> pick(List.of(0.0, 1.0, 0.5, random.nextDouble()))));
    }

    private FilingEvent event() {
        return new FilingEvent(pick(FilingEventKind.values()), maybe(this::when), maybe(this::text),
                maybe(this::link));
    }

    private Remedy remedy() {
        Long amount = maybe(() -> random.nextInt(5) == 0 ? pick(LARGE) : (long) random.nextInt(0, 1_000_000));
        String currency = amount != null ? pick(CURRENCIES) : maybe(() -> pick(CURRENCIES));
        return new Remedy(text(), amount, currency, maybe(this::when));
    }

    // Dates and times: points, closed spans, open ('..') and unknown (empty) ends, of every precision.
    // Ends are cut from two instants in order, so a span never ends before it starts.
    private When when() {
        boolean extreme = random.nextInt(20) == 0;
        LocalDateTime from = extreme
                ? LocalDateTime.of(random.nextBoolean() ? 0 : 9999, 1 + random.nextInt(12), 1, 0, 0)
                : LocalDateTime.of(1990, 1, 1, 0, 0).plusSeconds(random.nextLong(40L * 365 * 24 * 3600));
        LocalDateTime to = from.plusSeconds(random.nextLong(3L * 365 * 24 * 3600));
        String start = point(from, extreme).toString();
        String end = extreme ? null : point(to, false).toString();
        String edtf = switch (extreme ? 0 : random.nextInt(10)) {
            case 5, 6 -> start + "/" + end;
            case 7 -> start + "/..";
            case 8 -> "../" + end;
            case 9 -> random.nextBoolean() ? start + "/" : "/" + end;
            default -> start;
        };
        return When.parse(edtf).withOriginal(maybe(() -> random.nextBoolean() ? pick(DATE_ORIGINALS) : text()));
    }

    private Point point(LocalDateTime japanTime, boolean extreme) {
        Precision precision = pick(Precision.values());
        boolean timed = precision == Precision.MINUTE || precision == Precision.SECOND;
        // Offsets near year 0 or 9999 could carry the local date out of the years EDTF writes.
        ZoneOffset offset = timed && !extreme && random.nextInt(4) != 0 ? pick(OFFSETS) : null;
        LocalDateTime t = offset == null ? japanTime
                : japanTime.atOffset(When.JAPAN).withOffsetSameInstant(offset).toLocalDateTime();
        int qualifier = random.nextInt(8);
        return new Point(t.getYear(),
                precision == Precision.YEAR ? null : t.getMonthValue(),
                precision.compareTo(Precision.DAY) >= 0 ? t.getDayOfMonth() : null,
                timed ? t.getHour() : null, timed ? t.getMinute() : null,
                precision == Precision.SECOND ? t.getSecond() : null,
                offset, qualifier == 1 || qualifier == 3, qualifier == 2 || qualifier == 3);
    }

    private String summary() {
        return random.nextInt(10) == 0 ? longText() : text();
    }

    // A plain word with up to three awkward fragments around it, sometimes padded with white space,
    // sometimes an awkward fragment alone, now and then thousands of characters long.
    private String text() {
        int shape = random.nextInt(100);
        if (shape < 2) {
            return longText();
        }
        if (shape < 15) {
            return pick(AWKWARD);
        }
        StringBuilder s = new StringBuilder(pick(WORDS));
        for (int i = random.nextInt(4); i > 0; i--) {
            if (random.nextBoolean()) {
                s.append(pick(SEPARATORS)).append(pick(AWKWARD));
            } else {
                s.insert(0, pick(AWKWARD) + pick(SEPARATORS));
            }
        }
        if (random.nextInt(6) == 0) {
            s.insert(0, pick(PADDING));
        }
        if (random.nextInt(6) == 0) {
            s.append(pick(PADDING));
        }
        return s.toString();
    }

    private String longText() {
        int length = random.nextInt(1_000, 8_000);
        StringBuilder s = new StringBuilder(length + 100);
        while (s.length() < length) {
            s.append(pick(WORDS)).append(pick(SEPARATORS)).append(pick(AWKWARD)).append(pick(SEPARATORS));
        }
        return s.append('.').toString();
    }

    private boolean present() {
        return switch (fill) {
            case MIXED -> random.nextBoolean();
            case EVERY_FIELD -> true;
            case SPARSE -> false;
        };
    }

    @CheckForNull
    private <T> T maybe(Supplier<T> value) {
        return present() ? value.get() : null;
    }

    private int size() {
        return switch (fill) {
            case MIXED -> random.nextInt(3) == 0 ? 0 : random.nextInt(1, 4);
            case EVERY_FIELD -> random.nextInt(1, 4);
            case SPARSE -> 0;
        };
    }

    private <T> List<T> list(Supplier<T> element) {
        List<T> values = new ArrayList<>();
        for (int i = size(); i > 0; i--) {
            values.add(element.get());
        }
        return values;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
