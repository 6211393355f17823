package org.civicwatch.blog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Link;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Provenance;

/**
 * What the extractors found in one post so far, with ids and provenance made in one way for all.
 * Record ids are the post's key, the record type and a running number ({@code 1674-3fa2c1d0.sighting-2}),
 * so re-importing a post gives the same ids.
 */
public final class Extraction {
    private final PostText post;
    private final String locatorPrefix;
    private final BiConsumer<PostText.Block, RuntimeException> onFailure;
    private final List<CivicRecord> records = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();

    /**
     * @param post the post read
     * @param onFailure told of an extractor failing on a block (the lenient mode's problem, or a throw)
     */
    public Extraction(PostText post, BiConsumer<PostText.Block, RuntimeException> onFailure) {
        this(post, "", onFailure);
    }

    /**
     * @param post the post read
     * @param locatorPrefix put before every provenance locator: the capture a post was read from (a web
     *     archive's record, a Wayback page), empty for none
     * @param onFailure told of an extractor failing on a block (the lenient mode's problem, or a throw)
     */
    public Extraction(PostText post, String locatorPrefix, BiConsumer<PostText.Block, RuntimeException> onFailure) {
        this.post = post;
        this.locatorPrefix = locatorPrefix;
        this.onFailure = onFailure;
    }

    /** An extraction that rethrows failures, for tests. */
    public static Extraction strict(PostText post) {
        return new Extraction(post, (block, e) -> {
            throw e;
        });
    }

    /** The next id for a record of a type ({@code sighting}). */
    public String nextId(String type) {
        int n = counters.merge(type, 1, Integer::sum);
        return post.key() + "." + type + "-" + n;
    }

    /** Provenance for a record made from a block, quoting {@code quote}. */
    public Provenance provenance(PostText.Block block, String quote, Extractor by, double confidence) {
        return new Provenance(post.permalink(), locatorPrefix + block.locator(), quote, by.id(), confidence);
    }

    /** Adds a record. */
    public void add(CivicRecord record) {
        records.add(record);
    }

    /** Adds a link found in the post (an item of a list of earlier posts). */
    public void addLink(Link link) {
        links.add(link);
    }

    /** {@return the record added last, or null before any} */
    @javax.annotation.CheckForNull
    public CivicRecord last() {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }

    /** {@return how many records were added so far} */
    public int size() {
        return records.size();
    }

    /**
     * {@return the records added since there were this many, in the order found}
     *
     * @param from a {@link #size()} taken before
     */
    public List<CivicRecord> since(int from) {
        return List.copyOf(records.subList(from, records.size()));
    }

    /** The records so far, in the order found. */
    public List<CivicRecord> records() {
        return List.copyOf(records);
    }

    /** The links so far. */
    public List<Link> links() {
        return List.copyOf(links);
    }

    /** The news references so far. */
    public List<NewsReference> news() {
        return records.stream().filter(NewsReference.class::isInstance).map(NewsReference.class::cast).toList();
    }

    /** Replaces a record found earlier (same id) by a new version, e.g. one with more related ids. */
    public void replace(CivicRecord updated) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).id().equals(updated.id())) {
                records.set(i, updated);
                return;
            }
        }
        throw new IllegalArgumentException("no record " + updated.id() + " to replace");
    }

    /** Removes a record found earlier, e.g. one another record turned out to tell. */
    public void remove(String id) {
        records.removeIf(r -> r.id().equals(id));
    }

    /**
     * Runs one extractor's work on one block: a model rule or text the parsers reject is reported as a
     * failure on that block, and the extraction goes on with the next.
     */
    public void guard(PostText.Block block, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {  // a heuristic failing on odd prose is a located problem, never a crash
            onFailure.accept(block, e);
        }
    }
}
