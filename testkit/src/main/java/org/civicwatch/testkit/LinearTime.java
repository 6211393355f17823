package org.civicwatch.testkit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Proves, without a clock, that regular expressions read text in time linear in its length: each pattern
 * is run over adversarial inputs of growing size through a {@link CharSequence} that counts its
 * {@code charAt} calls, and a pattern whose reads grow faster than the input is reported.
 *
 * <p>The inputs are runs of one unit repeated: the characters and words of the pattern itself (a pattern
 * written {@code \p{IsHan}+条例} meets a run of 条例 and of 条), common Japanese characters, spaces of
 * every width, digits and list marks. That is where Java's backtracking matcher goes quadratic: a
 * {@code find} that scans a whole run from every start position.
 *
 * <pre>{@code
 * LinearTime.Report r = LinearTime.check(LinearTime.patternsOf(MyExtractor.class));
 * r.assertLinear();
 * }</pre>
 */
public final class LinearTime {
    /** The characters every pattern meets in runs, besides its own. */
    private static final List<String> COMMON_UNITS = List.of("あ", "ア", "ー", "漢", "平成", "法", "第", "　", " ", "\t",
            "\n", "*", "＊", "1", "１", "一", "、", "。", "の", "に", "は", "(", "（", "【", "・", "○", "■", ":", "／",
            "a", "-", ".", "ｱ");
    /**
     * What follows a run: nothing, or the marks that stop a pattern that reads to a comma, a full stop or
     * the end of the text ({@code [^、]*$}) just short of matching.
     */
    private static final List<String> ENDS = List.of("", "、。x");
    /** Input lengths, in units: the reads at the largest must stay within a linear bound of the smallest. */
    private static final int SMALL = 100;
    private static final int LARGE = 800;
    /** How much faster than the input the reads may grow before a pattern is called non-linear. */
    private static final double SLACK = 2.0;
    /**
     * Reads per character allowed for the small input: far above what a linear pattern needs (a bounded
     * run that backtracks through many alternatives), low enough to stop an exponential one quickly.
     */
    private static final int SMALL_BUDGET = 5_000;

    private LinearTime() {
    }

    /**
     * A text that counts how often it is read, one character at a time.
     */
    public static final class CountingText implements CharSequence {
        private final String text;
        private final long budget;
        private long reads;

        /**
         * Wraps a text.
         *
         * @param text the text to count reads of
         */
        public CountingText(String text) {
            this(text, Long.MAX_VALUE);
        }

        private CountingText(String text, long budget) {
            this.text = text;
            this.budget = budget;
        }

        private void read(long n) {
            reads += n;
            if (reads > budget) {
                throw new OverBudget();
            }
        }

        /** {@return how many characters have been read so far} */
        public long reads() {
            return reads;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            read(1);
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            read(end - start);
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            read(text.length());
            return text;
        }
    }

    /** Stops a read that has already shown itself more than linear, so that a check costs linear time. */
    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    /**
     * One pattern that read an input in more than linear time.
     *
     * @param pattern where the pattern is declared ({@code SightingExtractor.SENTENCE})
     * @param regex the pattern's text
     * @param unit the repeated unit of the input that showed it
     * @param smallReads characters read for the small input
     * @param largeReads characters read for the input {@code LARGE / SMALL} times as long, up to where
     *     reading was stopped as already more than linear; -1 when the small input was stopped already
     */
    public record Finding(String pattern, String regex, String unit, long smallReads, long largeReads) {
        @Override
        public String toString() {
            String run = pattern + " /" + regex + "/ over a run of \"" + unit.replace("\n", "\\n").replace("\t", "\\t")
                    + "\": ";
            return largeReads < 0 ? run + "over " + smallReads + " reads at only " + SMALL + " units"
                    : run + smallReads + " reads at " + SMALL + " units, " + largeReads + " at " + LARGE
                    + " or more (linear would be about " + smallReads * (LARGE / SMALL) + ")";
        }
    }

    /**
     * What a check found.
     *
     * @param patterns how many patterns were checked
     * @param inputs how many inputs each met, summed over the patterns
     * @param findings the patterns that read more than linearly, with the input that showed it
     */
    public record Report(int patterns, int inputs, List<Finding> findings) {
        /** Checks the lists. */
        public Report {
            findings = List.copyOf(findings);
        }

        /**
         * Fails when a pattern read an input in more than linear time.
         *
         * @throws AssertionError listing every such pattern and input
         */
        public void assertLinear() {
            if (!findings.isEmpty()) {
                throw new AssertionError(findings.size() + " pattern/input pairs read in more than linear time:\n  "
                        + findings.stream().map(Finding::toString).collect(Collectors.joining("\n  ")));
            }
        }
    }

    /**
     * Every {@link Pattern} held in a static field of the classes, or in a field of their enum constants,
     * by name ({@code SightingExtractor.SENTENCE}, {@code FilingChain.Rule.DISMISSED.pattern}).
     *
     * @param classes the classes to look in; nested classes are included
     * @return the patterns by where they are declared
     * @throws IllegalStateException if a field cannot be read
     */
    public static Map<String, Pattern> patternsOf(Class<?>... classes) {
        Map<String, Pattern> found = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            collect(c, c.getSimpleName(), found);
        }
        return found;
    }

    private static void collect(Class<?> c, String name, Map<String, Pattern> found) {
        for (Field f : c.getDeclaredFields()) {
            try {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                    f.setAccessible(true);
                    found.put(name + "." + f.getName(), (Pattern) f.get(null));
                } else if (f.isEnumConstant()) {
                    f.setAccessible(true);
                    Object constant = f.get(null);
                    for (Field inner : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(inner.getModifiers()) && inner.getType() == Pattern.class) {
                            inner.setAccessible(true);
                            found.put(name + "." + f.getName() + "." + inner.getName(), (Pattern) inner.get(constant));
                        }
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + name + "." + f.getName() + ": " + e, e);
            }
        }
        for (Class<?> nested : c.getDeclaredClasses()) {
            collect(nested, name + "." + nested.getSimpleName(), found);
        }
    }

    /**
     * Runs each pattern over runs of common units and of its own characters and words, as
     * {@code find()} does over a whole text, and reports those whose reads grow faster than the input.
     *
     * @param patterns the patterns by name
     * @return what was found
     */
    public static Report check(Map<String, Pattern> patterns) {
        return check(patterns, List.of());
    }

    /**
     * As {@link #check(Map)}, with more units to repeat (words a caller knows to be dangerous).
     *
     * @param patterns the patterns by name
     * @param extraUnits more units every pattern meets in runs
     * @return what was found
     */
    public static Report check(Map<String, Pattern> patterns, Collection<String> extraUnits) {
        List<Finding> findings = new ArrayList<>();
        int inputs = 0;
        for (Map.Entry<String, Pattern> p : patterns.entrySet()) {
            for (String unit : unitsFor(p.getValue(), extraUnits)) {
                for (String end : ENDS) {
                    inputs++;
                    probe(p.getKey(), p.getValue(), unit, end).ifPresent(findings::add);
                }
            }
        }
        return new Report(patterns.size(), inputs, findings);
    }

    /** Reads a small and a large run of a unit; a finding when the large one costs more than linear. */
    private static Optional<Finding> probe(String name, Pattern pattern, String unit, String end) {
        // Even the small input is read under a budget: a pattern can be far worse than quadratic.
        CountingText small = new CountingText(unit.repeat(SMALL) + end, (long) SMALL * unit.length() * SMALL_BUDGET);
        try {
            reads(pattern, small);
        } catch (OverBudget e) {
            return Optional.of(new Finding(name, pattern.pattern(), unit + end, small.reads(), -1));
        }
        long budget = (long) (small.reads() * (double) (LARGE / SMALL) * SLACK) + (long) LARGE * unit.length();
        CountingText large = new CountingText(unit.repeat(LARGE) + end, budget);
        try {
            reads(pattern, large);
            return Optional.empty();
        } catch (OverBudget e) {
            return Optional.of(new Finding(name, pattern.pattern(), unit + end, small.reads(), large.reads()));
        }
    }

    /** The units a pattern meets: the common ones, then each non-ASCII word of the pattern and its characters. */
    private static Set<String> unitsFor(Pattern pattern, Collection<String> extra) {
        Set<String> units = new LinkedHashSet<>(COMMON_UNITS);
        units.addAll(extra);
        Matcher words = Pattern.compile("[^\\x00-\\x7F]+").matcher(pattern.pattern());
        while (words.find()) {
            String w = words.group();
            units.add(w);
            w.codePoints().forEach(cp -> units.add(new String(Character.toChars(cp))));
            // A word followed by a character often stands in a run with it: 条例第, 職員ら.
            if (words.end() < pattern.pattern().length()) {
                units.add(w + pattern.pattern().charAt(words.end()));
            }
        }
        return units;
    }

    /** Reads the text as {@code find()} over the whole of it, {@code matches()} and {@code lookingAt()} do. */
    private static void reads(Pattern pattern, CountingText counted) {
        Matcher m = pattern.matcher(counted);
        while (m.find()) {
            if (m.end() == m.start() && m.end() == counted.length()) {
                break;
            }
        }
        m.reset();
        m.matches();
        m.reset();
        m.lookingAt();
    }
}
