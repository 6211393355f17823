package org.civicwatch.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Sighting;

/**
 * Reads blog posts or archive pages (or a dataset in any installed format) and prints, building by
 * building, how many cameras were found on each floor: {@code CamerasPerFloor INPUT...}.
 *
 * <pre>
 * 高崎市役所
 *   floor  cameras     where
 *   -1     2           駐車場の出入口
 *   1      6           市民課窓口, 正面玄関の風除室, 障害福祉課の前の廊下
 *   2..5   none
 * </pre>
 *
 * Only cameras count: a motion sensor is not one. Counts without a floor are the row {@code ?}. A range of floors is its own row, since a count over
 * "3階から30階" says nothing of any one floor, except when it is none.
 */
public final class CamerasPerFloor {
    private CamerasPerFloor() {
    }

    /** Reads each input and prints its cameras per floor; exits 1 with a one-line message on bad input. */
    public static void main(String[] args) {
        Programs.run(args, 1, "CamerasPerFloor INPUT...  (blog post or archive pages, or datasets)",
                () -> run(Arrays.stream(args).map(Path::of).toList(), System.out));
    }

    /**
     * Reads the inputs, each in the format of its extension or content, and prints the table.
     *
     * @param inputs blog pages or dataset files
     * @param out where to print
     * @throws IOException if an input cannot be read
     */
    public static void run(List<Path> inputs, PrintStream out) throws IOException {
        List<Sighting> sightings = new ArrayList<>();
        for (Path in : inputs) {
            Dataset d = CivicWatch.read(in);
            long cameras = d.sightings().stream().filter(s -> s.device() == DeviceType.CAMERA).count();
            out.println(in.getFileName() + ": " + d.sightings().size() + " sightings, " + cameras + " of cameras");
            sightings.addAll(d.sightings());
        }
        perFloor(sightings).forEach((facility, floors) -> {
            out.println(facility);
            out.println(row("floor", "cameras", "where"));
            floors.forEach((floor, tally) -> out.println(row(floor == null ? "?" : floor.toString(), tally.toString(),
                    String.join(", ", tally.areas()))));
        });
    }

    private static String row(String floor, String cameras, String where) {
        return String.format(Locale.ROOT, "  %-6s %-11s %s", floor, cameras, where).stripTrailing();
    }

    /**
     * The cameras of each facility (in the order first seen) and floor (lowest first, no floor last).
     *
     * @param sightings sightings of any devices
     * @return the tallies, by facility ("(no facility)" for sightings without one) and floor (null for none)
     */
    public static Map<String, Map<Floor, Tally>> perFloor(List<Sighting> sightings) {
        Map<String, Map<Floor, Tally>> byFacility = new LinkedHashMap<>();
        Comparator<Floor> order = Comparator.nullsLast(Comparator.comparingInt(Floor::lowest)
                .thenComparingInt(Floor::highest));
        for (Sighting s : sightings) {
            if (s.device() != DeviceType.CAMERA) {
                continue;
            }
            String facility = s.place() == null || s.place().facility() == null ? "(no facility)" : s.place().facility();
            Floor floor = s.place() == null ? null : s.place().floor();
            byFacility.computeIfAbsent(facility, f -> new TreeMap<>(order))
                    .merge(floor, Tally.of(s), Tally::plus);
        }
        return byFacility;
    }

    /**
     * How many cameras were found on one floor, put as carefully as the counts allow: {@code 6},
     * {@code 8 or more} (a count said "at least", or one not known), {@code about 10}, {@code none}, and
     * {@code some} where cameras were seen but never counted.
     *
     * @param total the sum of the counts' numbers
     * @param atLeast whether a count was a lower bound, or had no number
     * @param approximate whether a count was approximate
     * @param areas the areas the counts were made in, each once, in order
     */
    public record Tally(long total, boolean atLeast, boolean approximate, List<String> areas) {

        /**
         * Copies the areas.
         *
         * @param total the sum of the counts' numbers
         * @param atLeast whether a count was a lower bound, or had no number
         * @param approximate whether a count was approximate
         * @param areas the areas the counts were made in, each once, in order
         */
        public Tally {
            areas = List.copyOf(areas);
        }

        static Tally of(Sighting s) {
            Count c = s.count();
            String area = s.place() == null ? null : s.place().area();
            List<String> areas = area == null ? List.of() : List.of(area);
            if (c == null || c.value() == null) {
                return new Tally(0, true, false, areas); // cameras were seen, but not how many
            }
            return new Tally(c.value(), c.qualifier() == Count.Qualifier.AT_LEAST,
                    c.qualifier() == Count.Qualifier.APPROXIMATE, areas);
        }

        Tally plus(Tally other) {
            List<String> both = new ArrayList<>(areas);
            other.areas.stream().filter(a -> !both.contains(a)).forEach(both::add);
            return new Tally(total + other.total, atLeast || other.atLeast, approximate || other.approximate, both);
        }

        @Override
        public String toString() {
            if (total == 0 && !approximate) {
                return atLeast ? "some" : "none";
            }
            return atLeast ? total + " or more" : approximate ? "about " + total : String.valueOf(total);
        }
    }
}
