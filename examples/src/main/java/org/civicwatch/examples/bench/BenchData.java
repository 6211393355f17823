package org.civicwatch.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.civicwatch.testkit.RandomDatasets;
import org.civicwatch.samples.SampleData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The benchmark's input, made before anything is timed.
 *
 * <p>{@link Corpus#SAMPLE} copies the records of {@link SampleData} (realistic Japanese records of every
 * type) again and again under new ids, batch after batch, with {@code related} and {@code precededBy}
 * pointing into the same batch, so references still resolve. {@link Corpus#RANDOM} is
 * {@link RandomDatasets#generate(long, int)}: awkward values, some strings thousands of characters long.
 * Records always come grouped by type, in the order {@link Dataset#records()} gives, as writers of grouped
 * formats require.
 */
final class BenchData {
    private BenchData() {
    }

    /** Which records the benchmark writes and reads. */
    enum Corpus {
        /** Copies of the sample dataset's records under new ids. */
        SAMPLE,
        /** Random datasets full of awkward values. */
        RANDOM;

        String describe() {
            return this == SAMPLE ? "copies of SampleData records" : "RandomDatasets.generate (awkward values)";
        }
    }

    /** The generated records, held in memory for timing writes. */
    static List<CivicRecord> records(Corpus corpus, long seed, int n) {
        if (corpus == Corpus.RANDOM) {
            // generate(seed, perType) gives 4 × perType records: round up and keep the first n (grouped by type).
            Dataset d = RandomDatasets.generate(seed, (n + 3) / 4);
            return d.records().limit(n).toList();
        }
        List<CivicRecord> out = new ArrayList<>(n);
        sampleCopies(n).forEachRemaining(out::add);
        return out;
    }

    /**
     * {@code n} copies of the sample dataset's records made one at a time, grouped by type: for writing a
     * large file without holding its records.
     */
    static Iterator<CivicRecord> sampleCopies(int n) {
        return new SampleCopies(n, null);
    }

    /**
     * {@code n} copies of the sample dataset's sightings made one at a time, {@code related} pointing at
     * sightings of the same copy: a large file of one record type (a CSV file).
     */
    static Iterator<CivicRecord> sightingCopies(int n) {
        return new SampleCopies(n, RecordType.SIGHTING);
    }

    private static final class SampleCopies implements Iterator<CivicRecord> {
        private final List<CivicRecord> templates;
        private final Map<String, Integer> indexOfId = new HashMap<>();
        private final int fullBatches;
        private final int partial; // the last batch holds the first `partial` templates only
        private final int batches;
        private int type;
        private int batch;
        private int template;
        private CivicRecord next;

        SampleCopies(int n, @CheckForNull RecordType only) {
            templates = SampleData.gunmaPrefecturalOffice().records().filter(r -> only == null || r.recordType() == only)
                    .toList();
            if (n < 0) {
                throw new IllegalArgumentException("record count must be 0 or more, got " + n);
            }
            for (int i = 0; i < templates.size(); i++) {
                indexOfId.put(templates.get(i).id(), i);
            }
            fullBatches = n / templates.size();
            partial = n % templates.size();
            batches = fullBatches + (partial > 0 ? 1 : 0);
            advance();
        }

        private boolean included(int templateIndex, int inBatch) {
            return inBatch < fullBatches || templateIndex < partial;
        }

        private void advance() {
            next = null;
            RecordType[] types = RecordType.values();
            while (type < types.length) {
                while (batch < batches) {
                    while (template < templates.size()) {
                        int t = template++;
                        if (templates.get(t).recordType() == types[type] && included(t, batch)) {
                            next = copy(templates.get(t), batch);
                            return;
                        }
                    }
                    template = 0;
                    batch++;
                }
                batch = 0;
                type++;
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private CivicRecord copy(CivicRecord original, int inBatch) {
            ObjectSchema schema = FieldCatalog.schemaOf(original);
            Map<String, Object> tree = new LinkedHashMap<>(schema.toTree(original));
            tree.put("id", copyId(original.id(), inBatch));
            Object related = tree.get("related");
            if (related instanceof List<?> ids) {
                List<String> kept = new ArrayList<>();
                for (Object id : ids) {
                    Integer i = indexOfId.get((String) id);
                    if (i != null && included(i, inBatch)) {
                        kept.add(copyId((String) id, inBatch));
                    }
                }
                tree.put("related", kept);
            }
            if (tree.get("precededBy") instanceof String before) {
                Integer i = indexOfId.get(before);
                if (i != null && included(i, inBatch)) {
                    tree.put("precededBy", copyId(before, inBatch));
                } else {
                    tree.remove("precededBy");
                }
            }
            return (CivicRecord) schema.create(tree);
        }

        private static String copyId(String id, int inBatch) {
            return id + "-b" + inBatch;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public CivicRecord next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            CivicRecord r = next;
            advance();
            return r;
        }
    }

    /**
     * Writes a goo blog month page holding {@code posts} entries, each the post of {@code seedPage} under
     * its own permalink (so the records extracted from each get their own ids), built with jsoup.
     *
     * @return the page's size in bytes
     */
    static long blogMonthPage(Path seedPage, int posts, Path target) throws IOException {
        Document page = Jsoup.parse(seedPage.toFile(), "UTF-8");
        Element article = page.selectFirst("main > article");
        Element permalinkAnchor = article == null ? null : article.selectFirst("h3 a[href]");
        if (article == null || permalinkAnchor == null) {
            throw new IOException(seedPage + ": no goo blog entry (main > article with an h3 link) to repeat");
        }
        String permalink = permalinkAnchor.attr("href");
        String key = permalink.substring(permalink.lastIndexOf('/') + 1);
        String blog = permalink.substring(0, permalink.indexOf("/e/"));
        String monthUrl = blog + "/m/201706";
        for (Element e : page.select("meta[property=og:url]")) {
            e.attr("content", monthUrl);
        }
        for (Element e : page.select("link[rel=canonical]")) {
            e.attr("href", monthUrl);
        }
        for (Element e : page.select("meta[property=og:type]")) {
            e.attr("content", "blog");
        }
        Element before = article;
        for (int i = 1; i < posts; i++) {
            Element copy = article.clone();
            String newKey = String.format(Locale.ROOT, "%0" + key.length() + "x", i);
            for (Element a : copy.select("a[href]")) {
                a.attr("href", a.attr("href").replace(key, newKey));
            }
            before.after(copy);
            before = copy;
        }
        byte[] bytes = page.outerHtml().getBytes(StandardCharsets.UTF_8);
        Files.write(target, bytes);
        return bytes.length;
    }
}
