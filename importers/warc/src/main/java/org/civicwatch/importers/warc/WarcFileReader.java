package org.civicwatch.importers.warc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.CheckForNull;
import org.civicwatch.blog.BlogPage;
import org.civicwatch.blog.BlogPost;
import org.civicwatch.blog.BlogSettings;
import org.civicwatch.blog.Permalinks;
import org.civicwatch.blog.PostExtractor;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Cancellation;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.Problems;
import org.civicwatch.spi.RecordReader;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Reads a WARC (or ARC) file record by record: one gzip member (or, uncompressed, one record) is open at a
 * time, one page parsed at a time; what is kept across pages is the set of permalinks read, the ids of the
 * records whose pages were read (for revisits), one merged record per filing or incident that a later post
 * may retell, and, when the file was counted first, the number of captures of each page.
 */
final class WarcFileReader implements RecordReader, WarcRecords.Visitor {
    static final List<String> TALLIES = List.of("pages", "posts", "captures skipped", "revisits skipped",
            "non-HTML skipped", "damaged");

    private final String source;
    private final BlogSettings settings;
    private final Problems problems;
    private final PostExtractor extractor;
    private final WarcRecords records;
    @CheckForNull
    private final Map<String, Integer> captures;
    private final Deque<CivicRecord> pending = new ArrayDeque<>();
    private final Set<String> permalinks = new HashSet<>();
    private final Set<String> pagesRead = new HashSet<>();
    private final Map<String, Long> tallies = new LinkedHashMap<>();
    private long returned;
    private boolean ended;
    private boolean closed;
    @CheckForNull
    private Closeable file;

    /**
     * @param captures the captures (responses, resources and revisits) of each page, by its normalised URL,
     *     from a first pass over the file; null when the file can be read only once
     */
    WarcFileReader(InputStream in, String source, Options options, @CheckForNull Map<String, Integer> captures)
            throws IOException {
        this.source = source;
        this.settings = BlogSettings.of(options);
        this.problems = new Problems(options);
        this.extractor = new PostExtractor(settings, source, problems);
        this.captures = captures;
        TALLIES.forEach(t -> tallies.put(t, 0L));
        this.records = new WarcRecords(in, maxMemberBytes(settings));
    }

    static long maxMemberBytes(BlogSettings settings) {
        return settings.maxInputBytes() + 64 * 1024;
    }

    /**
     * {@return the captures of each page in a file, by its normalised URL: what a second pass needs to say
     * how many times a post was captured}
     */
    static Map<String, Integer> countCaptures(InputStream in, Options options) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        WarcRecords all = new WarcRecords(in, maxMemberBytes(BlogSettings.of(options)));
        WarcRecords.Visitor counter = new WarcRecords.Visitor() {
            @Override
            public void record(WarcRecord record, long offset) {
                String target = record instanceof WarcResponse || record instanceof WarcResource
                        || record instanceof WarcRevisit ? record.headers().first("WARC-Target-URI").orElse(null) : null;
                if (target != null) {
                    counts.merge(key(target), 1, Integer::sum);
                }
            }

            @Override
            public void damaged(long offset, String what) {
                // told by the pass that reads the records
            }
        };
        while (all.step(counter)) {
            Cancellation.check("counting the captures in a web archive");
        }
        return counts;
    }

    private static String key(String url) {
        String n = Permalinks.normalize(url);
        return n == null ? url : n;
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        if (closed) {
            throw new IOException("the reader of " + source + " is closed");
        }
        while (pending.isEmpty() && !ended) {
            Cancellation.check("reading the records of " + source);
            if (!records.step(this)) {
                ended = true;
                // the filings and incidents a later page might have retold, merged
                pending.addAll(extractor.mergedAtEnd());
            }
        }
        CivicRecord r = pending.poll();
        if (r != null) {
            returned++;
        }
        return r;
    }

    /** Damage is a warning, strict or lenient: the record is lost, the rest of the file is read. */
    @Override
    public void damaged(long at, String what) {
        tallies.merge("damaged", 1L, Long::sum);
        // the record index says which record would have come next; the byte offset says where, in words
        problems.warn(new DataException(Location.of(source).inRecord(returned + 1), "at byte offset " + at + ", " + what
                + "; the rest of the file is read"), null);
    }

    @Override
    public void record(WarcRecord record, long at) throws IOException {
        if (record instanceof WarcRevisit revisit) {
            // a revisit says the page was as an earlier capture: that capture's posts are read already, or
            // it is not in this file
            boolean resolved = revisit.refersTo().map(id -> pagesRead.contains(id.toString())).orElse(false);
            tallies.merge(resolved ? "captures skipped" : "revisits skipped", 1L, Long::sum);
            return;
        }
        if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
            return;  // warcinfo, request and metadata records hold no page
        }
        byte[] body;
        MediaType type;
        String target;
        try {
            if (record instanceof WarcResponse response) {
                HttpResponse http = response.http();
                type = http.contentType();
                target = response.target();
                if (!isHtml(type)) {
                    tallies.merge("non-HTML skipped", 1L, Long::sum);
                    return;
                }
                if (http.status() != 200) {
                    tallies.merge("captures skipped", 1L, Long::sum);
                    return;
                }
                body = bounded(http.bodyDecoded().stream());
            } else {
                WarcResource resource = (WarcResource) record;
                type = resource.contentType();
                target = resource.target();
                if (!isHtml(type)) {
                    tallies.merge("non-HTML skipped", 1L, Long::sum);
                    return;
                }
                body = bounded(resource.body().stream());
            }
        } catch (IOException | RuntimeException e) {
            damaged(at, "the " + name(record) + " is broken: " + e.getMessage());
            return;
        }
        // problems in the page name the file and the record, by its id and URL
        String from = source + ", " + name(record) + " of " + target;
        BlogPage page;
        try {
            page = BlogPage.read(body, target, type.parameters().get("charset"), from, settings, problems);
        } catch (DataException e) {
            problems.report(e, null);
            return;
        }
        if (record.headers().first("WARC-Record-ID").isPresent()) {
            pagesRead.add(record.id().toString());
        }
        tallies.merge("pages", 1L, Long::sum);
        String captured = name(record) + " of " + target + " captured " + record.date();
        List<BlogPost> fresh = new ArrayList<>();
        for (BlogPost post : page.posts()) {
            if (!permalinks.add(key(post.permalink()))) {
                tallies.merge("captures skipped", 1L, Long::sum);
                continue;
            }
            tallies.merge("posts", 1L, Long::sum);
            fresh.add(post);
        }
        // one capture names the posts of its page; each post says how many times its own page was captured
        pending.addAll(extractor.recordsMerging(fresh, from, post -> {
            int n = captures == null ? 0 : captures.getOrDefault(key(post.permalink()), 0);
            return n > 1 ? captured + " (its page was captured " + n + " times)" : captured;
        }));
        page.embedded().ifPresent(d -> d.records().forEach(pending::add));
    }

    /** {@return a record as messages name it: {@code WARC record <urn:uuid:...>}, or an ARC record, which has no id} */
    private static String name(WarcRecord record) {
        return record.headers().first("WARC-Record-ID").isPresent() ? "WARC record " + record.id() : "ARC record";
    }

    private static boolean isHtml(@CheckForNull MediaType type) {
        if (type == null) {
            return false;
        }
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** At most one byte more than a page may have: the blog library tells a page past the limit. */
    private byte[] bounded(InputStream in) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, settings.maxInputBytes() + 1));
    }

    /** {@return what was read and skipped so far: pages, posts, captures and revisits skipped, non-HTML, damage} */
    @Override
    public Map<String, Long> tallies() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(tallies));
    }

    @Override
    public DatasetInfo info() {
        return new DatasetInfo(null, null, null, null, null, null, List.of());
    }

    /** True: the info of an archive says nothing the records do not. */
    @Override
    public boolean infoComplete() {
        return true;
    }

    @Override
    public Location location() {
        // the byte offset is no line or column: messages that need it say it in words
        return Location.of(source).inRecord(returned);
    }

    @Override
    public List<Problem> problems() {
        return problems.list();
    }

    /** {@return this reader, which now closes the file when it is closed} */
    WarcFileReader closing(Closeable file) {
        this.file = file;
        return this;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (file != null) {
            file.close();
        }
    }
}
