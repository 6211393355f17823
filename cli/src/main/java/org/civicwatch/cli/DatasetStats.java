package org.civicwatch.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.CheckForNull;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;

/**
 * What a dataset holds, in numbers: records per type, the span of its dates, sightings and devices per
 * floor of each facility, filings per outcome.
 */
final class DatasetStats {
    private static final int FLOOR_COLUMN = 32;
    /** The devices of one kind counted on one floor. */
    private static final class DeviceTally {
        private long devices;
        private boolean atLeast;
        private boolean approximate;
        private int unknown;

        void add(@CheckForNull Count count) {
            if (count == null || count.value() == null) {
                unknown++;
                return;
            }
            devices += count.value();
            atLeast |= count.qualifier() == Count.Qualifier.AT_LEAST;
            approximate |= count.qualifier() == Count.Qualifier.APPROXIMATE;
        }

        /** {@return the tally as a phrase: {@code 6 cameras}, {@code at least 12 cameras}, {@code no camera}} */
        String phrase(DeviceType type) {
            String name = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            String known = devices == 0 && !atLeast && !approximate ? "0 " + name + "s (none found)"
                    : (approximate ? "about " : atLeast ? "at least " : "") + devices + " " + name + (devices == 1 ? "" : "s");
            if (unknown == 0) {
                return known;
            }
            String notKnown = unknown + " count" + (unknown == 1 ? "" : "s") + " of " + name + "s not known";
            return devices == 0 && !atLeast && !approximate ? notKnown : known + " and " + notKnown;
        }
    }

    /** The sightings of one floor: how many, and the devices they count, by kind. */
    private static final class FloorTally {
        private final @CheckForNull String label;
        private final Map<DeviceType, DeviceTally> devices = new EnumMap<>(DeviceType.class);
        private int sightings;

        FloorTally(@CheckForNull String label) {
            this.label = label;
        }

        void add(Sighting s) {
            sightings++;
            devices.computeIfAbsent(s.device(), d -> new DeviceTally()).add(s.count());
        }

        String devices() {
            StringBuilder b = new StringBuilder();
            devices.forEach((type, tally) -> b.append(b.length() == 0 ? "" : ", ").append(tally.phrase(type)));
            return b.toString();
        }
    }

    private final Dataset dataset;
    private final Map<String, Map<Floor, FloorTally>> floors = new TreeMap<>();
    private final Map<String, FloorTally> noFloor = new TreeMap<>();
    private final Map<FilingOutcome, Integer> outcomes = new EnumMap<>(FilingOutcome.class);
    private int filingsWithoutOutcome;
    private @CheckForNull When earliest;
    private @CheckForNull LocalDate earliestDay;
    private @CheckForNull When latest;
    private @CheckForNull LocalDate latestDay;

    DatasetStats(Dataset dataset) {
        this.dataset = dataset;
        for (Incident i : dataset.incidents()) {
            date(i.when());
        }
        for (Sighting s : dataset.sightings()) {
            date(s.observed());
            String facility = s.place() == null || s.place().facility() == null ? "" : s.place().facility();
            Floor floor = s.place() == null ? null : s.place().floor();
            String label = s.place() == null ? null : s.place().floorLabel();
            if (floor == null) {
                noFloor.computeIfAbsent(facility, f -> new FloorTally(null)).add(s);
            } else {
                floors.computeIfAbsent(facility, f -> new TreeMap<>(Comparator.comparingInt(Floor::lowest)
                        .thenComparingInt(Floor::highest))).computeIfAbsent(floor, f -> new FloorTally(label)).add(s);
            }
        }
        for (Filing f : dataset.filings()) {
            date(f.filed());
            for (FilingEvent e : f.events()) {
                date(e.when());
            }
            if (f.outcome() == null) {
                filingsWithoutOutcome++;
            } else {
                outcomes.merge(f.outcome(), 1, Integer::sum);
            }
        }
        for (NewsReference n : dataset.news()) {
            date(n.published());
        }
    }

    private void date(@CheckForNull When when) {
        if (when == null) {
            return;
        }
        Optional<When.Point> first = when.isOpenStart() ? Optional.empty() : when.start();
        Optional<When.Point> last = when.isOpenEnd() ? Optional.empty() : when.end().or(when::start);
        if (first.isPresent() && (earliestDay == null || first.get().firstDay().isBefore(earliestDay))) {
            earliestDay = first.get().firstDay();
            earliest = when;
        }
        if (last.isPresent() && (latestDay == null || last.get().lastDay().isAfter(latestDay))) {
            latestDay = last.get().lastDay();
            latest = when;
        }
    }

    /** Prints the numbers, one section after another. */
    void print(PrintWriter out) {
        out.println("Records: " + dataset.size() + " (" + Summary.of(Summary.counts(dataset)) + ")");
        if (earliest == null || latest == null) {
            out.println("Dates: none");
        } else {
            out.println("Dates: " + earliestDay + " to " + latestDay + " (earliest " + earliest.edtf()
                    + (earliest.original() == null ? "" : ", \"" + earliest.original() + "\"") + "; latest "
                    + latest.edtf() + (latest.original() == null ? "" : ", \"" + latest.original() + "\"") + ")");
        }
        if (!dataset.sightings().isEmpty()) {
            out.println("Sightings per floor:");
            List<String> facilities = new ArrayList<>(floors.keySet());
            noFloor.keySet().stream().filter(f -> !floors.containsKey(f)).forEach(facilities::add);
            facilities.sort(Comparator.naturalOrder());
            for (String facility : facilities) {
                out.println("  " + (facility.isEmpty() ? "(no facility given)" : facility));
                floors.getOrDefault(facility, Map.of()).forEach((floor, t) -> floorLine(out, floorName(floor, t.label), t));
                FloorTally rest = noFloor.get(facility);
                if (rest != null) {
                    floorLine(out, "no floor given", rest);
                }
            }
        }
        if (!dataset.filings().isEmpty()) {
            out.println("Filings per outcome:");
            outcomes.forEach((o, n) -> out.println(String.format(Locale.ROOT, "  %-22s %3d",
                    o.name().toLowerCase(Locale.ROOT).replace('_', '-'), n)));
            if (filingsWithoutOutcome > 0) {
                out.println(String.format(Locale.ROOT, "  %-22s %3d", "(no outcome yet)", filingsWithoutOutcome));
            }
        }
    }

    private static void floorLine(PrintWriter out, String floor, FloorTally t) {
        int pad = Math.max(1, FLOOR_COLUMN - displayWidth(floor));
        out.println("    " + floor + " ".repeat(pad) + String.format(Locale.ROOT, "%3d %-10s %s", t.sightings,
                t.sightings == 1 ? "sighting" : "sightings", t.devices()));
    }

    /** Terminal columns of a text: CJK and full-width characters take two, so Japanese floor labels line up. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 ? 2 : 1).sum();
    }

    private static String floorName(Floor floor, @CheckForNull String label) {
        String name = floor.isRange() ? "floors " + floor.lowest() + " to " + floor.highest() : "floor " + floor.lowest();
        return label == null ? name : name + " (" + label + ")";
    }
}
