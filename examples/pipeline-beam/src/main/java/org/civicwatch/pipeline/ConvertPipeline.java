package org.civicwatch.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.CheckForNull;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Requirements;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.civicwatch.CivicWatch;
import org.civicwatch.FormatRegistry;
import org.civicwatch.blog.MatterMerge;
import org.civicwatch.blog.BlogOptions;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Link;
import org.civicwatch.spi.CivicWatchException;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.StandardOptions;

/**
 * The conversion of many inputs as an Apache Beam pipeline. The inputs (files and globs) are matched,
 * each is cut into parts where its format allows ({@link Splitter}), the parts are read in parallel with
 * the installed importers, the records that describe one matter are merged by key ({@link Merge}), and the
 * records are written as sharded JSON Lines by the JSON Lines exporter, with a summary and every problem:
 *
 * <pre>
 * OUTPUT/records-00000-of-00004.jsonl ...   the records, each file a JSON Lines dataset with the info line
 * OUTPUT/summary.tsv                        records per input and per type, problems per input
 * OUTPUT/problems.tsv                       every problem: input, line, column, record, field, message, rejected
 * </pre>
 *
 * <p>Reading is lenient: a bad record, a part that cannot be read or a record that contradicts another is
 * a problem, carried beside the records to {@code problems.tsv}, never dropped. The records written are
 * those a single-machine conversion of the same inputs writes; the info of each file is the first
 * input's, with the sources of all.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.create(options);
 * ConvertPipeline.Outputs out = ConvertPipeline.build(p, options.as(ConvertOptions.class));
 * p.run().waitUntilFinish();
 * }</pre>
 */
public final class ConvertPipeline {
    private static final String RECORDS_PREFIX = "records";
    private static final String RECORDS_SUFFIX = ".jsonl";
    private static final Coder<KV<String, Problem>> PROBLEMS = KvCoder.of(StringUtf8Coder.of(), PipelineCoders.problems());
    private static final Coder<KV<String, DatasetInfo>> INFOS = KvCoder.of(StringUtf8Coder.of(), DatasetInfoCoder.of());
    private static final Coder<KV<String, Long>> COUNTERS = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());

    private ConvertPipeline() {
    }

    /**
     * The collections the pipeline writes, for a caller that adds steps of its own.
     *
     * @param records the merged records
     * @param problems every problem, keyed by the input it is about
     * @param info the info written at the head of every records file
     */
    public record Outputs(PCollection<CivicRecord> records, PCollection<KV<String, Problem>> problems,
                          PCollection<DatasetInfo> info) {
    }

    /**
     * Runs the conversion with options from the command line and exits 0 when the pipeline finished (the
     * problems of the inputs are in {@code problems.tsv}), 2 when it did not.
     *
     * @param args {@code --input=GLOB --output=FOLDER} and the runner's options
     */
    public static void main(String[] args) {
        ConvertOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ConvertOptions.class);
        Pipeline p = Pipeline.create(options);
        build(p, options);
        long start = System.nanoTime();
        PipelineResult.State state = p.run().waitUntilFinish();
        System.out.printf(java.util.Locale.ROOT, "civicwatch pipeline %s in %.1f s; summary in %s%n", state,
                (System.nanoTime() - start) / 1e9, Path.of(options.getOutput(), "summary.tsv"));
        System.exit(state == PipelineResult.State.DONE ? 0 : 2);
    }

    /**
     * Adds the conversion to a pipeline.
     *
     * @param p the pipeline
     * @param options the inputs, output and settings
     * @return the collections written
     */
    public static Outputs build(Pipeline p, ConvertOptions options) {
        return build(p, options, new SameIdMerge());
    }

    /**
     * Adds the conversion to a pipeline, merging records with another rule.
     *
     * @param p the pipeline
     * @param options the inputs, output and settings
     * @param merge how the records of one matter become one
     * @return the collections written
     */
    public static Outputs build(Pipeline p, ConvertOptions options, Merge merge) {
        TupleTag<Split> parts = new TupleTag<>() { };
        TupleTag<ReadRecord> read = new TupleTag<>() { };
        TupleTag<KV<Integer, ReadRecord>> captured = new TupleTag<>() { };
        // filings and incidents read as told by a reader of posts, to be merged across parts and inputs
        TupleTag<ReadRecord> retold = new TupleTag<>() { };
        int groups = options.getGroups();
        TupleTag<KV<String, Problem>> problems = new TupleTag<>() { };
        TupleTag<KV<String, DatasetInfo>> infos = new TupleTag<>() { };
        TupleTag<KV<String, Long>> counters = new TupleTag<>() { };
        TupleTag<CivicRecord> merged = new TupleTag<>() { };

        PCollection<MatchResult.Metadata> files = p
                .apply("Inputs", Create.of(inputs(options.getInput())).withCoder(StringUtf8Coder.of()))
                .apply("Match", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW));

        PCollectionTuple planned = files.apply("Cut into parts", ParDo
                .of(new Plan(options.getFrom(), options.getPartBytes(), parts, problems, counters))
                .withOutputTags(parts, TupleTagList.of(problems).and(counters)));
        PCollectionTuple extracted = planned.get(parts).setCoder(PipelineCoders.splits())
                .apply("Spread parts", Reshuffle.viaRandomKey())
                .apply("Read parts", ParDo.of(new Read(options.getMaxProblems(), groups, read, captured, retold, problems, infos, counters))
                        .withOutputTags(read, TupleTagList.of(captured).and(retold).and(problems).and(infos).and(counters)));

        // a post captured several times, in one archive or in several, is read from its first capture
        PCollectionTuple firstCaptures = extracted.get(captured)
                .setCoder(KvCoder.of(VarIntCoder.of(), PipelineCoders.readRecords()))
                .apply("Group captures", GroupByKey.create())
                .apply("First captures", ParDo.of(new FirstCapture(read, retold, counters))
                        .withOutputTags(read, TupleTagList.of(retold).and(counters)));

        PCollection<ReadRecord> allRead = PCollectionList.of(extracted.get(read).setCoder(PipelineCoders.readRecords()))
                .and(firstCaptures.get(read).setCoder(PipelineCoders.readRecords()))
                .apply("All records", Flatten.pCollections());

        // a filing or incident told in posts read apart is merged as one input's reader merges it, by a key
        // that shards (MatterMerge.key); the ids merged away are turned to the kept one in every record
        TupleTag<CivicRecord> told = new TupleTag<>() { };
        TupleTag<KV<String, String>> renamed = new TupleTag<>() { };
        PCollectionTuple matters = PCollectionList.of(extracted.get(retold).setCoder(PipelineCoders.readRecords()))
                .and(firstCaptures.get(retold).setCoder(PipelineCoders.readRecords()))
                .apply("Retold matters", Flatten.pCollections())
                .apply("Key retold matters", MapElements
                        .into(TypeDescriptors.kvs(TypeDescriptors.integers(), org.apache.beam.sdk.values.TypeDescriptor.of(ReadRecord.class)))
                        .via(r -> KV.of(group(MatterMerge.key(r.record()), groups), r)))
                .setCoder(KvCoder.of(VarIntCoder.of(), PipelineCoders.readRecords()))
                .apply("Group retold matters", GroupByKey.create())
                .apply("Merge retold matters", ParDo.of(new MergeRetold(told, renamed, counters))
                        .withOutputTags(told, TupleTagList.of(renamed).and(counters)));
        PCollectionView<Map<String, String>> renames = matters.get(renamed)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
                .apply("Renamed ids", View.asMap());

        PCollectionTuple mergedTuple = allRead
                .apply("Key by matter", MapElements
                        .into(TypeDescriptors.kvs(TypeDescriptors.integers(), org.apache.beam.sdk.values.TypeDescriptor.of(ReadRecord.class)))
                        .via(r -> KV.of(group(merge.key(r.record()), groups), r)))
                .setCoder(KvCoder.of(VarIntCoder.of(), PipelineCoders.readRecords()))
                .apply("Group matters", GroupByKey.create())
                .apply("Merge matters", ParDo.of(new MergeMatter(merge, merged, problems, counters))
                        .withOutputTags(merged, TupleTagList.of(problems).and(counters)));
        PCollection<CivicRecord> records = PCollectionList.of(mergedTuple.get(merged).setCoder(RecordCoder.of()))
                .and(matters.get(told).setCoder(RecordCoder.of()))
                .apply("Merged records", Flatten.pCollections())
                .apply("Turn references", ParDo.of(new TurnReferences(renames)).withSideInputs(renames))
                .setCoder(RecordCoder.of());

        PCollection<KV<String, Problem>> allProblems = PCollectionList
                .of(planned.get(problems).setCoder(PROBLEMS))
                .and(extracted.get(problems).setCoder(PROBLEMS))
                .and(mergedTuple.get(problems).setCoder(PROBLEMS))
                .apply("All problems", Flatten.pCollections());

        PCollection<DatasetInfo> info = extracted.get(infos).setCoder(INFOS)
                .apply("Merge infos", Combine.globally(new MergeInfos()).withoutDefaults());
        // without inputs, the empty info (held encoded by its coder, not serialized)
        PCollectionView<DatasetInfo> infoView = info.apply("Info for writers",
                View.<DatasetInfo>asSingleton().withDefaultValue(DatasetInfo.EMPTY));

        String output = options.getOutput();
        FileIO.Write<Void, CivicRecord> write = FileIO.<CivicRecord>write()
                .via(Contextful.fn((Void destination, Contextful.Fn.Context c) -> new JsonLinesSink(c.sideInput(infoView)),
                        Requirements.requiresSideInputs(infoView)))
                .to(output).withPrefix(RECORDS_PREFIX).withSuffix(RECORDS_SUFFIX);
        if (options.getShards() > 0) {
            write = write.withNumShards(options.getShards());
        }
        records.apply("Write records", write);

        allProblems.apply("Problems as lines", MapElements.into(TypeDescriptors.strings()).via(ConvertPipeline::problemLine))
                .apply("Write problems", TextIO.write().to(output + "/problems").withSuffix(".tsv").withoutSharding());

        PCollectionList.of(planned.get(counters).setCoder(COUNTERS))
                .and(extracted.get(counters).setCoder(COUNTERS))
                .and(firstCaptures.get(counters).setCoder(COUNTERS))
                .and(mergedTuple.get(counters).setCoder(COUNTERS))
                .and(matters.get(counters).setCoder(COUNTERS))
                .and(allProblems.apply("Count problems", MapElements
                        .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                        .via(kv -> KV.of(Summary.problemsOf(kv.getKey()), 1L))).setCoder(COUNTERS))
                .apply("All counts", Flatten.pCollections())
                .apply("Sum counts", Sum.longsPerKey())
                .apply("Summary lines", Combine.globally(new Summary()).withoutDefaults())
                .apply("Write summary", TextIO.write().to(output + "/summary").withSuffix(".tsv").withoutSharding());
        return new Outputs(records, allProblems, info);
    }

    /**
     * {@return the group a key is merged in: records are shuffled in a bounded number of groups, each
     * holding many keys, rather than one group per key, which runners (the DirectRunner most) pay for
     * by the group} {@link String#hashCode()} is the same on every worker.
     */
    static int group(String key, int groups) {
        return Math.floorMod(key.hashCode(), groups);
    }

    /** {@return the records of one group by their key, in key order} */
    static List<List<ReadRecord>> byKey(Iterable<ReadRecord> group, java.util.function.Function<ReadRecord, String> key) {
        java.util.TreeMap<String, List<ReadRecord>> all = new java.util.TreeMap<>();
        group.forEach(r -> all.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return new ArrayList<>(all.values());
    }

    /** The inputs, with commas inside one option value taken as separators. */
    private static List<String> inputs(List<String> given) {
        List<String> all = new ArrayList<>();
        for (String g : given) {
            for (String part : g.split(",")) {
                if (!part.isBlank()) {
                    all.add(part.trim());
                }
            }
        }
        return all;
    }

    /** A problem as a line of {@code problems.tsv}: input, line, column, record, field, message, rejected. */
    static String problemLine(KV<String, Problem> kv) {
        Problem p = kv.getValue();
        Location l = p.location();
        return String.join("\t", Summary.cell(kv.getKey()), Long.toString(l.line()), Long.toString(l.column()),
                Long.toString(l.record()), Summary.cell(l.field()), Summary.cell(p.message()), Summary.cell(p.rejected()));
    }

    private static FormatRegistry formats() {
        return CivicWatch.formats();
    }

    private static String nameOf(String file) {
        return SameIdMerge.nameOf(file);
    }

    /** Chooses each input's format and cuts it into parts. */
    static final class Plan extends DoFn<MatchResult.Metadata, Split> {
        private static final long serialVersionUID = 1L;
        private final @CheckForNull String from;
        private final long partBytes;
        private final TupleTag<Split> parts;
        private final TupleTag<KV<String, Problem>> problems;
        private final TupleTag<KV<String, Long>> counters;

        Plan(@CheckForNull String from, long partBytes, TupleTag<Split> parts, TupleTag<KV<String, Problem>> problems,
             TupleTag<KV<String, Long>> counters) {
            this.from = from;
            this.partBytes = partBytes;
            this.parts = parts;
            this.problems = problems;
            this.counters = counters;
        }

        @ProcessElement
        public void process(@Element MatchResult.Metadata file, MultiOutputReceiver out) {
            String name = file.resourceId().toString();
            out.get(counters).output(KV.of(Summary.problemsOf(name), 0L));
            out.get(counters).output(KV.of(Summary.recordsOf(name), 0L));
            try {
                Path path = Path.of(name);
                Importer importer = from == null ? formats().importerFor(path) : formats().importer(from);
                String format = importer.descriptor().id();
                Splitter splitter = Splitters.of(format);
                List<Split> cut = splitter == null ? List.of(Split.whole(name, format))
                        : splitter.split(path, format, partBytes);
                cut.forEach(out.get(parts)::output);
            } catch (CivicWatchException | IOException e) {
                out.get(problems).output(KV.of(name, new Problem(Location.of(nameOf(name)), describe(e), null)));
            }
        }
    }

    /** Reads the records of a part, with the problems lenient reading passed over. */
    static final class Read extends DoFn<Split, ReadRecord> {
        private static final long serialVersionUID = 1L;
        private final long maxProblems;
        private final TupleTag<ReadRecord> read;
        private final int groups;
        private final TupleTag<KV<Integer, ReadRecord>> captured;
        private final TupleTag<ReadRecord> retold;
        private final TupleTag<KV<String, Problem>> problems;
        private final TupleTag<KV<String, DatasetInfo>> infos;
        private final TupleTag<KV<String, Long>> counters;

        Read(long maxProblems, int groups, TupleTag<ReadRecord> read, TupleTag<KV<Integer, ReadRecord>> captured,
             TupleTag<ReadRecord> retold, TupleTag<KV<String, Problem>> problems, TupleTag<KV<String, DatasetInfo>> infos,
             TupleTag<KV<String, Long>> counters) {
            this.maxProblems = maxProblems;
            this.groups = groups;
            this.read = read;
            this.captured = captured;
            this.retold = retold;
            this.problems = problems;
            this.infos = infos;
            this.counters = counters;
        }

        @ProcessElement
        public void process(@Element Split part, MultiOutputReceiver out) {
            Path path = Path.of(part.file());
            Importer importer = formats().importer(part.formatId());
            Options options = Options.EMPTY.with(StandardOptions.LENIENT, true)
                    .with(StandardOptions.MAX_PROBLEMS, maxProblems);
            boolean tellsPosts = importer.descriptor().options().contains(BlogOptions.MERGE_MATTERS);
            if (tellsPosts) {
                // the matters told in several posts are merged across all parts, after reading
                options = options.with(BlogOptions.MERGE_MATTERS, false);
            }
            long index = 0;
            RecordReader reader = null;
            try {
                Splitter splitter = Splitters.of(part.formatId());
                reader = part.isWhole() || splitter == null ? importer.open(path, options)
                        : splitter.open(importer, path, part, options);
                boolean captures = splitter != null && splitter.capturesPosts();
                for (CivicRecord r; (r = reader.next()) != null; ) {
                    ReadRecord rr = new ReadRecord(part.file(), part.part(), ++index, reader.location().line(), r);
                    if (captures && r.provenance() != null) {
                        // keyed by the post it was extracted from
                        out.get(captured).output(KV.of(group(r.provenance().source(), groups), rr));
                    } else if (tellsPosts && !MatterMerge.key(r).isEmpty()) {
                        out.get(retold).output(rr);
                    } else {
                        out.get(read).output(rr);
                    }
                }
                if (part.part() == 0) {
                    out.get(infos).output(KV.of(part.file(), reader.info()));
                }
            } catch (DataException e) {
                out.get(problems).output(KV.of(part.file(), new Problem(e.location(), e.detail()
                        + (index > 0 ? " (reading of this part stopped here; " + index + " records before it were kept)" : ""),
                        null)));
            } catch (CivicWatchException | IOException e) {
                out.get(problems).output(KV.of(part.file(), new Problem(Location.of(nameOf(part.file())), describe(e), null)));
            } finally {
                if (reader != null) {
                    for (Problem problem : reader.problems()) {
                        out.get(problems).output(KV.of(part.file(), problem));
                    }
                    try {
                        reader.close();
                    } catch (IOException e) {
                        out.get(problems).output(KV.of(part.file(), new Problem(Location.of(nameOf(part.file())),
                                describe(e), null)));
                    }
                }
            }
            out.get(counters).output(KV.of(Summary.recordsOf(part.file()), index));
        }
    }

    /**
     * The records of one post from its first capture in input order (the first input by path, the first
     * part), as the reader of one archive holding the captures keeps the first; the others are counted.
     */
    static final class FirstCapture extends DoFn<KV<Integer, Iterable<ReadRecord>>, ReadRecord> {
        private static final long serialVersionUID = 1L;
        private final TupleTag<ReadRecord> read;
        private final TupleTag<ReadRecord> retold;
        private final TupleTag<KV<String, Long>> counters;

        FirstCapture(TupleTag<ReadRecord> read, TupleTag<ReadRecord> retold, TupleTag<KV<String, Long>> counters) {
            this.read = read;
            this.retold = retold;
            this.counters = counters;
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<ReadRecord>> group, MultiOutputReceiver out) {
            long later = 0;
            for (List<ReadRecord> all : byKey(group.getValue(), r -> r.record().provenance().source())) {
                ReadRecord first = all.stream().min(ReadRecord.INPUT_ORDER).orElseThrow();
                for (ReadRecord r : all) {
                    if (r.file().equals(first.file()) && r.part() == first.part()) {
                        // captures are of posts: their filings and incidents are merged with those retold
                        out.get(MatterMerge.key(r.record()).isEmpty() ? read : retold).output(r);
                    } else {
                        later++;
                    }
                }
            }
            if (later > 0) {
                out.get(counters).output(KV.of(Summary.CAPTURED, later));
            }
        }
    }

    /** Makes one record of the records with one key. */
    static final class MergeMatter extends DoFn<KV<Integer, Iterable<ReadRecord>>, CivicRecord> {
        private static final long serialVersionUID = 1L;
        private final Merge merge;
        private final TupleTag<CivicRecord> merged;
        private final TupleTag<KV<String, Problem>> problems;
        private final TupleTag<KV<String, Long>> counters;

        MergeMatter(Merge merge, TupleTag<CivicRecord> merged, TupleTag<KV<String, Problem>> problems,
                    TupleTag<KV<String, Long>> counters) {
            this.merge = merge;
            this.merged = merged;
            this.problems = problems;
            this.counters = counters;
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<ReadRecord>> group, MultiOutputReceiver out) {
            for (List<ReadRecord> copies : byKey(group.getValue(), r -> merge.key(r.record()))) {
                copies.sort(ReadRecord.INPUT_ORDER);
                CivicRecord kept = merge.merge(copies, p -> out.get(problems).output(KV.of(inputNamed(copies, p), p)));
                out.get(merged).output(kept);
                out.get(counters).output(KV.of(Summary.typeOf(kept), 1L));
                if (copies.size() > 1) {
                    out.get(counters).output(KV.of(Summary.MERGED, (long) copies.size() - 1));
                }
            }
        }

        /** The input a merge problem is about: the one its location names, else the first. */
        private static String inputNamed(List<ReadRecord> copies, Problem p) {
            return copies.stream().map(ReadRecord::file).filter(f -> nameOf(f).equals(p.location().source()))
                    .reduce((a, b) -> b).orElse(copies.get(0).file());
        }
    }

    /**
     * Merges the filings and incidents of each {@link MatterMerge#key} in input order, as the reader of
     * one input holding all their posts does, and gives the ids merged away with the ids they became.
     */
    static final class MergeRetold extends DoFn<KV<Integer, Iterable<ReadRecord>>, CivicRecord> {
        private static final long serialVersionUID = 1L;
        private final TupleTag<CivicRecord> told;
        private final TupleTag<KV<String, String>> renamed;
        private final TupleTag<KV<String, Long>> counters;

        MergeRetold(TupleTag<CivicRecord> told, TupleTag<KV<String, String>> renamed, TupleTag<KV<String, Long>> counters) {
            this.told = told;
            this.renamed = renamed;
            this.counters = counters;
        }

        @ProcessElement
        public void process(@Element KV<Integer, Iterable<ReadRecord>> group, MultiOutputReceiver out) {
            for (List<ReadRecord> same : byKey(group.getValue(), r -> MatterMerge.key(r.record()))) {
                same.sort(ReadRecord.INPUT_ORDER);
                MatterMerge.Result merged = MatterMerge.merge(same.stream().map(ReadRecord::record).toList());
                for (CivicRecord r : merged.records()) {
                    out.get(told).output(r);
                    out.get(counters).output(KV.of(Summary.typeOf(r), 1L));
                }
                merged.renamed().forEach((from, to) -> out.get(renamed).output(KV.of(from, to)));
                if (same.size() > merged.records().size()) {
                    out.get(counters).output(KV.of(Summary.RETOLD, (long) same.size() - merged.records().size()));
                }
            }
        }
    }

    /** Turns every reference to a record merged away to the record it became. */
    static final class TurnReferences extends DoFn<CivicRecord, CivicRecord> {
        private static final long serialVersionUID = 1L;
        private final PCollectionView<Map<String, String>> renames;

        TurnReferences(PCollectionView<Map<String, String>> renames) {
            this.renames = renames;
        }

        @ProcessElement
        public void process(@Element CivicRecord record, OutputReceiver<CivicRecord> out, ProcessContext c) {
            out.output(MatterMerge.withReferencesTurned(record, c.sideInput(renames)));
        }
    }

    /** The info of the first input (by path), with the sources of all, as a single-machine conversion makes it. */
    static final class MergeInfos extends AllOf<KV<String, DatasetInfo>, DatasetInfo> {
        private static final long serialVersionUID = 1L;

        MergeInfos() {
            super(INFOS, DatasetInfoCoder.of());
        }

        @Override
        DatasetInfo of(List<KV<String, DatasetInfo>> all) {
            List<KV<String, DatasetInfo>> byInput = new ArrayList<>(all);
            byInput.sort((a, b) -> a.getKey().compareTo(b.getKey()));
            if (byInput.isEmpty()) {
                return DatasetInfo.EMPTY;
            }
            Set<Link> sources = new LinkedHashSet<>();
            byInput.forEach(kv -> sources.addAll(kv.getValue().sources()));
            return byInput.get(0).getValue().toBuilder().sources(List.copyOf(sources)).build();
        }
    }

    /**
     * Writes one file of records with the JSON Lines exporter, found through the registry like any other
     * format; the file begins with the merged info.
     */
    static final class JsonLinesSink implements FileIO.Sink<CivicRecord> {
        private static final long serialVersionUID = 1L;
        private final byte[] info;
        private transient @CheckForNull RecordWriter writer;

        JsonLinesSink(DatasetInfo info) {
            try {
                this.info = org.apache.beam.sdk.util.CoderUtils.encodeToByteArray(DatasetInfoCoder.of(), info);
            } catch (org.apache.beam.sdk.coders.CoderException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void open(WritableByteChannel channel) throws IOException {
            OutputStream out = Channels.newOutputStream(channel);
            DatasetInfo decoded = org.apache.beam.sdk.util.CoderUtils.decodeFromByteArray(DatasetInfoCoder.of(), info);
            writer = formats().exporter("jsonl").open(out, decoded, Options.EMPTY);
        }

        @Override
        public void write(CivicRecord record) throws IOException {
            writer.write(record);
        }

        @Override
        public void flush() throws IOException {
            // Closing the writer finishes the file; the channel is the file system's to close.
            writer.close();
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
