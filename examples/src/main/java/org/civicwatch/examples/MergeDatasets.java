package org.civicwatch.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicwatch.CivicWatch;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;

/**
 * Merges datasets read from any installed formats into one, written in the format of the output's
 * extension: {@code MergeDatasets OUTPUT INPUT...}. A survey kept as JSON, the records extracted from
 * the group's blog and a city's camera list become one dataset.
 *
 * <p>A record read twice (the same id and the same content) is kept once. Two different records with
 * one id are a conflict: the first is kept and the other reported, never silently lost. The info is the
 * first input's, each field it lacks taken from the next input that has it, and the sources of all.
 */
public final class MergeDatasets {
    private MergeDatasets() {
    }

    /** Merges the inputs into the output; exits 1 with a one-line message on bad input. */
    public static void main(String[] args) {
        Programs.run(args, 2, "MergeDatasets OUTPUT INPUT...", () -> run(Path.of(args[0]),
                Arrays.stream(args).skip(1).map(Path::of).toList(), System.out));
    }

    /**
     * What merging gave: the dataset, and what it passed over.
     *
     * @param dataset the merged dataset
     * @param repeated how many records were read again, identical, and kept once
     * @param conflicts one sentence for each record left out because another with its id came first
     */
    public record Merge(Dataset dataset, int repeated, List<String> conflicts) {
        /**
         * Copies the conflicts.
         *
         * @param dataset the merged dataset
         * @param repeated how many records were read again, identical, and kept once
         * @param conflicts one sentence for each record left out because another with its id came first
         */
        public Merge {
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * Reads every input, merges them, prints what happened and writes the result.
     *
     * @param output the file to write; its extension names the format
     * @param inputs the files to read, first first
     * @param log where to print
     * @return the merge
     * @throws IOException if an input cannot be read or the output written
     */
    public static Merge run(Path output, List<Path> inputs, PrintStream log) throws IOException {
        List<Dataset> datasets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path in : inputs) {
            datasets.add(CivicWatch.read(in));
            names.add(in.getFileName().toString());
            log.println(in.getFileName() + ": " + datasets.get(datasets.size() - 1).size() + " records");
        }
        Merge merge = merge(datasets, names);
        merge.conflicts().forEach(c -> log.println("conflict: " + c));
        merge.dataset().validate().forEach(p -> log.println("warning: " + p));
        CivicWatch.write(merge.dataset(), output);
        log.println("merged " + merge.dataset().size() + " records (" + merge.repeated() + " read again) into "
                + output.getFileName());
        return merge;
    }

    /**
     * Merges datasets, first first.
     *
     * @param datasets the datasets
     * @param names a name for each, for the conflicts
     * @return the merge
     */
    public static Merge merge(List<Dataset> datasets, List<String> names) {
        Map<String, CivicRecord> byId = new LinkedHashMap<>();
        Map<String, String> firstFrom = new LinkedHashMap<>();
        int repeated = 0;
        List<String> conflicts = new ArrayList<>();
        for (int i = 0; i < datasets.size(); i++) {
            for (CivicRecord r : (Iterable<CivicRecord>) datasets.get(i).records()::iterator) {
                CivicRecord before = byId.putIfAbsent(r.id(), r);
                if (before == null) {
                    firstFrom.put(r.id(), names.get(i));
                } else if (before.equals(r)) {
                    repeated++;
                } else {
                    conflicts.add(r.recordType().singular() + " '" + r.id() + "' in " + names.get(i) + " differs from the "
                            + before.recordType().singular() + " of that id in " + firstFrom.get(r.id())
                            + "; the first is kept");
                }
            }
        }
        DatasetInfo info = info(datasets.stream().map(Dataset::info).toList());
        return new Merge(Dataset.of(info, byId.values()), repeated, conflicts);
    }

    /**
     * Each field of the first info that has it (a date with its original text), and every source once.
     * It goes through the field catalog, so a field added to the info later is merged too.
     */
    static DatasetInfo info(List<DatasetInfo> infos) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (DatasetInfo info : infos) {
            Map<String, Object> tree = FieldCatalog.DATASET_INFO.toTree(info);
            for (Field f : FieldCatalog.DATASET_INFO.fields()) {
                Object value = tree.get(f.name());
                if (value instanceof List<?> items) {
                    @SuppressWarnings("unchecked")
                    List<Object> all = (List<Object>) merged.computeIfAbsent(f.name(), k -> new ArrayList<>());
                    items.stream().filter(item -> !all.contains(item)).forEach(all::add);
                } else if (value != null && !merged.containsKey(f.name())) {
                    merged.put(f.name(), value);
                    if (f.originalName() != null && tree.containsKey(f.originalName())) {
                        merged.put(f.originalName(), tree.get(f.originalName()));
                    }
                }
            }
        }
        return FieldCatalog.DATASET_INFO.create(merged);
    }
}
