package org.civicwatch.cli;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;

/**
 * The progress bar of a conversion, on standard error: records and bytes read, the rate and, when the
 * input's size is known, the time left. It appears only on a terminal, and only once a conversion has
 * run for a while, so short runs and redirected output see nothing of it.
 *
 * <p>It is counted and drawn by the thread that reads the input, which in a conversion reading ahead of
 * its writing is the conversion's reading thread; the command's thread uses it only before that thread starts
 * and after it ended (joined), so the counters need no synchronisation.
 */
final class Progress {
    /** A conversion shorter than this shows no bar at all. */
    static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 20;
    /** The clock is read only after this many bytes or records, so that counting costs next to nothing. */
    private static final long BYTES_PER_LOOK = 16_384;
    private static final long RECORDS_PER_LOOK = 64;

    private final Terminal terminal;
    private final boolean shown;
    private final long totalBytes;
    private final long started;
    private long bytesBefore;
    private long bytes;
    private long recordsBefore;
    private long records;
    private long lastDrawn;
    private long bytesUnseen;
    private long recordsUnseen;
    private int drawnWidth;
    /** The reader of the input being read, for what it counts besides records (posts, captures skipped). */
    private RecordReader reading;

    /**
     * A progress bar over inputs of a known total size, or of unknown size.
     *
     * @param terminal where it is drawn
     * @param enabled false for {@code --quiet}
     * @param totalBytes the inputs' total size, or -1 when unknown (standard input)
     */
    Progress(Terminal terminal, boolean enabled, long totalBytes) {
        this.terminal = terminal;
        this.shown = enabled && terminal.errIsTerminal();
        this.totalBytes = totalBytes;
        this.started = terminal.nanoTime();
        this.lastDrawn = started - REDRAW_NANOS;
    }

    /** {@return a bar that never draws} */
    static Progress none(Terminal terminal) {
        return new Progress(terminal, false, -1);
    }

    /**
     * Starts reading one input (again, when a conversion reads its input a second time): what was
     * counted for it so far no longer counts.
     */
    void startInput() {
        bytes = bytesBefore;
        records = recordsBefore;
    }

    /** The reader of the input now read, whose tallies and problems the bar shows. */
    void reading(RecordReader reader) {
        this.reading = reader;
    }

    /** Ends one input: what it counted stays counted. */
    void endInput() {
        bytesBefore = bytes;
        recordsBefore = records;
    }

    /** Counts bytes read. */
    void bytes(long n) {
        bytes += n;
        bytesUnseen += n;
        if (bytesUnseen >= BYTES_PER_LOOK) {
            bytesUnseen = 0;
            draw();
        }
    }

    /** Counts one record read. */
    void record() {
        records++;
        if (++recordsUnseen >= RECORDS_PER_LOOK) {
            recordsUnseen = 0;
            draw();
        }
    }

    /** {@return the records read by the inputs so far} */
    long records() {
        return records;
    }

    /** Removes the bar, leaving the line clean for the messages after it. */
    void finish() {
        if (shown && drawnWidth > 0) {
            terminal.err().print("\r" + " ".repeat(drawnWidth) + "\r");
            terminal.err().flush();
            drawnWidth = 0;
        }
    }

    private void draw() {
        if (!shown) {
            return;
        }
        long now = terminal.nanoTime();
        if (now - started < DELAY_NANOS || now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        String line = line(now);
        // Pad over the previous line, which may have been longer.
        String padded = line.length() < drawnWidth ? line + " ".repeat(drawnWidth - line.length()) : line;
        terminal.err().print("\r" + padded);
        terminal.err().flush();
        drawnWidth = line.length();
    }

    /** The bar as it reads at a moment: {@code [#####.....] 25%  1200 records  5.0 MB of 20.0 MB  2.5 MB/s  6 s left}. */
    String line(long now) {
        double seconds = Math.max(now - started, 1) / 1e9;
        StringBuilder s = new StringBuilder();
        if (totalBytes > 0) {
            double done = Math.min(1.0, (double) bytes / totalBytes);
            int filled = (int) Math.round(done * BAR_WIDTH);
            s.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%%  ", Math.round(done * 100)));
        }
        s.append(records).append(records == 1 ? " record" : " records");
        if (bytes > 0) {
            s.append("  ").append(size(bytes));
            if (totalBytes > 0) {
                s.append(" of ").append(size(totalBytes));
            }
            double rate = bytes / seconds;
            s.append("  ").append(size((long) rate)).append("/s");
            if (totalBytes > bytes && rate > 0) {
                s.append("  ").append(duration((long) Math.ceil((totalBytes - bytes) / rate))).append(" left");
            }
        } else {
            s.append(String.format(Locale.ROOT, "  %.0f records/s", records / seconds));
        }
        if (reading != null && !reading.tallies().isEmpty()) {
            String counted = tallies(reading.tallies(), reading.problems());
            if (!counted.isEmpty()) {
                s.append("  (").append(counted).append(')');
            }
        }
        return s.toString();
    }

    /**
     * {@return what a reader counted besides records, as a phrase: {@code 9800 posts, 212 captures skipped,
     * 1 warning, 2 problems}; counts of none left out, but for posts}
     */
    static String tallies(Map<String, Long> tallies, List<Problem> all) {
        long warnings = all.stream().filter(Problem::warning).count();
        long problems = all.size() - warnings;
        StringBuilder s = new StringBuilder();
        tallies.forEach((name, n) -> {
            if (n > 0 || name.equals("posts")) {
                s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(n == 1 ? singular(name) : name);
            }
        });
        if (warnings > 0) {
            s.append(s.length() == 0 ? "" : ", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        if (problems > 0) {
            s.append(s.length() == 0 ? "" : ", ").append(problems).append(problems == 1 ? " problem" : " problems");
        }
        return s.toString();
    }

    /** {@code posts} to {@code post}, {@code captures skipped} to {@code capture skipped}. */
    private static String singular(String name) {
        int space = name.indexOf(' ');
        String head = space < 0 ? name : name.substring(0, space);
        String singular = head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        return singular + (space < 0 ? "" : name.substring(space));
    }

    static String size(long bytes) {
        if (bytes < 1_000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
