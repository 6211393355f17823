package org.civicwatch.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.CheckForNull;
import org.civicwatch.FormatRegistry;
import org.civicwatch.blog.BlogOptions;
import org.civicwatch.blog.MatterMerge;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Link;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.StandardOptions;

/**
 * How a command reads its inputs: each with the importer its format calls for, the {@code -o} options
 * that importer takes and, in lenient mode, the problems collected instead of stopping at the first.
 */
final class Reading {
    /** Whether problems stop the read. */
    enum Leniency {
        /** The first problem stops the read. */
        STRICT,
        /** Problems are collected; an importer that cannot read so is refused. */
        LENIENT,
        /** Problems are collected by importers that can read so; the others stop at the first. */
        WHERE_POSSIBLE
    }

    /**
     * One input read, or about to be.
     *
     * @param input the file or folder
     * @param importer the importer, metered
     * @param options its reading options
     * @param retells whether the importer gives each matter as its post tells it, for {@link #merge} to merge
     */
    record Source(Inputs.Input input, MeteredImporter importer, Options options, boolean retells) {
        Source(Inputs.Input input, MeteredImporter importer, Options options) {
            this(input, importer, options, false);
        }

        /** {@return the input read whole, through a registry of its importer, which checks the options} */
        Dataset read() throws IOException {
            return FormatRegistry.of(List.of(importer), List.of()).read(input.path(), importer.descriptor().id(), options);
        }

        /** {@return a reader of the input's records, once its importer has checked the options} */
        org.civicwatch.spi.RecordReader open() throws IOException {
            return importer.open(input.path(), options.requireOnly(importer.descriptor().id(), importer.descriptor().options()));
        }
    }

    /**
     * {@return the source reading with its importer writing what it rejects to the file, when the importer
     * takes {@link StandardOptions#REJECTS} and it is not already given; else the source as it was}
     *
     * @param source an input, read leniently
     * @param rejects the file named with {@code --rejects}
     */
    static Source keepingRejects(Source source, java.nio.file.Path rejects) {
        if (source.importer().descriptor().options().contains(StandardOptions.REJECTS)
                && source.options().get(StandardOptions.REJECTS) == null) {
            return new Source(source.input(), source.importer(),
                    source.options().with(StandardOptions.REJECTS, rejects.toString()), source.retells());
        }
        return source;
    }

    private final FormatRegistry formats;
    private final @CheckForNull String from;
    private final Map<String, String> given;
    private final Leniency leniency;
    private final @CheckForNull Long maxProblems;
    private final List<Problem> problems = new ArrayList<>();
    /** Where the problems go as they are found: kept in {@link #problems}, unless a command takes them itself. */
    private org.civicwatch.spi.RejectedSink sink = problems::add;

    /**
     * The way to read.
     *
     * @param formats the installed formats
     * @param from the format named with {@code --from}, or null to recognise each input's
     * @param given the {@code -o} options of the command
     * @param leniency whether problems are collected rather than stopping the read
     * @param maxProblems in lenient mode, the most problems collected, or null for the importer's default
     */
    Reading(FormatRegistry formats, @CheckForNull String from, Map<String, String> given, Leniency leniency,
            @CheckForNull Long maxProblems) {
        this.formats = formats;
        this.from = from;
        this.given = new LinkedHashMap<>(given);
        this.leniency = leniency;
        this.maxProblems = maxProblems;
    }

    /**
     * Hands each problem, as lenient reading passes over it, to {@code taker} instead of keeping it, so that a
     * command telling them as they come holds none of them: {@link #problems} then stays empty. Set it before
     * {@link #sources}.
     *
     * @param taker what takes the problems
     * @return this
     */
    Reading handingProblemsTo(org.civicwatch.spi.RejectedSink taker) {
        this.sink = taker;
        return this;
    }

    /**
     * {@return each input with its importer}, checking that every {@code -o} option is taken by one of
     * these importers or one of the given exporters
     *
     * @param inputs the inputs
     * @param writers the descriptors of the command's exporters, which take the other {@code -o} options
     * @param progress what counts the reading
     */
    List<Source> sources(Inputs inputs, List<FormatDescriptor> writers, Progress progress) throws IOException {
        List<MeteredImporter> importers = new ArrayList<>();
        for (Inputs.Input in : inputs.list()) {
            importers.add(new MeteredImporter(Plugins.importer(formats, in, from), progress));
        }
        Plugins.requireAccepted(given, importers.stream().map(Importer::descriptor).toList(), writers);
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < importers.size(); i++) {
            MeteredImporter importer = importers.get(i);
            Options options = Plugins.options(importer.descriptor(), given);
            boolean retells = false;
            if (importers.size() > 1 && !given.containsKey(BlogOptions.MERGE_MATTERS.name())
                    && importer.descriptor().options().contains(BlogOptions.MERGE_MATTERS)) {
                // Posts of several inputs may tell one matter: each input gives it as told, and the inputs'
                // records are merged together (mergeMatters), as one input holding every post would merge them.
                options = options.with(BlogOptions.MERGE_MATTERS, false);
                retells = true;
            }
            if (leniency == Leniency.LENIENT
                    || leniency == Leniency.WHERE_POSSIBLE && Plugins.readsLeniently(importer.descriptor())) {
                options = Plugins.lenient(importer.descriptor(), options, sink, maxProblems);
            }
            sources.add(new Source(inputs.list().get(i), importer, options, retells));
        }
        return sources;
    }

    /** {@return the problems lenient reading passed over so far, in order} */
    List<Problem> problems() {
        return problems;
    }

    /**
     * Several inputs as one dataset.
     *
     * @param dataset the first input's info with every input's sources, and the records of all, in order
     * @param repeated how many records were read again, identical, and kept once (a post on a month page
     *     and on a category page)
     * @param retold how many filings and incidents retold a matter told before and were merged into it
     */
    record Merged(Dataset dataset, int repeated, int retold) {
    }

    /**
     * {@return the datasets of several inputs as one}
     *
     * @param names the inputs' names, for messages
     * @param datasets the datasets, one per name
     * @param retold for each dataset, whether it gives each matter as its post tells it ({@link Source#retells}):
     *     the matters these tell in several posts become one record each
     * @throws DataException if two inputs hold different records with the same id
     */
    static Merged merge(List<String> names, List<Dataset> datasets, List<Boolean> retold) {
        if (datasets.size() == 1 && !retold.get(0)) {
            return new Merged(datasets.get(0), 0, 0);
        }
        Map<String, CivicRecord> byId = new HashMap<>();
        Map<String, String> firstSeen = new HashMap<>();
        List<CivicRecord> records = new ArrayList<>();
        Set<CivicRecord> asTold = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Link> sources = new LinkedHashSet<>();
        int repeated = 0;
        for (int i = 0; i < datasets.size(); i++) {
            Dataset d = datasets.get(i);
            String name = names.get(i);
            sources.addAll(d.info().sources());
            long index = 0;
            for (CivicRecord r : (Iterable<CivicRecord>) d.records()::iterator) {
                index++;
                CivicRecord earlier = byId.putIfAbsent(r.id(), r);
                if (earlier == null) {
                    firstSeen.put(r.id(), name);
                    records.add(r);
                    if (retold.get(i)) {
                        asTold.add(r);
                    }
                } else if (earlier.equals(r)) {
                    repeated++;
                } else {
                    String where = firstSeen.get(r.id());
                    throw new DataException(Location.of(name).inRecord(index).atField("id"), "the id '" + r.id()
                            + "' is also the id of another record in " + (where.equals(name) ? "this input" : where)
                            + "; ids must be unique in the dataset written. Convert the inputs one by one, or leave"
                            + " out the one that contradicts the other.");
                }
            }
        }
        int before = records.size();
        if (!asTold.isEmpty()) {
            records = mergeMatters(records, asTold::contains);
        }
        DatasetInfo info = datasets.get(0).info().toBuilder().sources(List.copyOf(sources)).build();
        return new Merged(Dataset.of(info, records), repeated, before - records.size());
    }

    /**
     * The records with each matter told in several posts merged, in input order, by the blog library's rule
     * ({@link MatterMerge}): a merged record stands where the record it keeps the id of stood, and every
     * reference to a record merged away is turned to the one it became.
     *
     * @param asTold which records were given as their post tells them; only these are merged
     */
    static List<CivicRecord> mergeMatters(List<CivicRecord> records, java.util.function.Predicate<CivicRecord> asTold) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String key = asTold.test(records.get(i)) ? MatterMerge.key(records.get(i)) : "";
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        CivicRecord[] at = records.toArray(new CivicRecord[0]);
        Map<String, String> renamed = new HashMap<>();
        for (List<Integer> told : byKey.values()) {
            // A matter told once goes through the merge too: it drops the link to the post telling it, which a
            // reader giving each matter as told adds, as a reader merging one input does.
            MatterMerge.Result merged = MatterMerge.merge(told.stream().map(records::get).toList());
            renamed.putAll(merged.renamed());
            // Each record kept stands where the record of its id stood; a record under an id none of its group had
            // takes the first place left, and the places left empty were the records merged away.
            Map<String, Integer> place = new LinkedHashMap<>();
            told.forEach(i -> place.put(records.get(i).id(), i));
            List<CivicRecord> unplaced = new ArrayList<>();
            for (CivicRecord r : merged.records()) {
                Integer i = place.remove(r.id());
                if (i == null) {
                    unplaced.add(r);
                } else {
                    at[i] = r;
                }
            }
            for (Integer i : place.values()) {
                at[i] = unplaced.isEmpty() ? null : unplaced.remove(0);
            }
        }
        List<CivicRecord> out = new ArrayList<>(records.size());
        for (CivicRecord r : at) {
            if (r != null) {
                out.add(MatterMerge.withReferencesTurned(r, renamed));
            }
        }
        return out;
    }
}
