package org.civicwatch.importers.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Reads a WARC file record by record: one gzip member (or, uncompressed, the whole file) is open at a
 * time, one page parsed at a time; what is kept across pages is the set of permalinks read, and the ids of
 * the records whose pages were read (for revisits).
 */
final class WarcFileReader implements RecordReader {
    static final List<String> TALLIES = List.of("pages", "posts", "captures skipped", "revisits skipped",
            "non-HTML skipped", "damaged");

    private final String source;
    private final BlogSettings settings;
    private final Problems problems;
    private final PostExtractor extractor;
    @CheckForNull
    private final GzipMembers members;
    @CheckForNull
    private WarcReader plain;
    private final Deque<CivicRecord> pending = new ArrayDeque<>();
    private final Set<String> permalinks = new HashSet<>();
    private final Set<String> pagesRead = new HashSet<>();
    private final Map<String, Long> tallies = new LinkedHashMap<>();
    private long offset;
    private long returned;
    private boolean ended;
    private boolean closed;

    WarcFileReader(InputStream in, String source, Options options) throws IOException {
        this.source = source;
        this.settings = BlogSettings.of(options);
        this.problems = new Problems(options);
        this.extractor = new PostExtractor(settings, source, problems);
        TALLIES.forEach(t -> tallies.put(t, 0L));
        PushbackInputStream head = new PushbackInputStream(in, 3);
        byte[] magic = head.readNBytes(3);
        head.unread(magic);
        if (GzipMembers.isGzip(magic)) {
            members = new GzipMembers(head, settings.maxInputBytes() + 64 * 1024);
        } else {
            members = null;
            plain = new WarcReader(head);
        }
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        if (closed) {
            throw new IOException("the reader of " + source + " is closed");
        }
        while (pending.isEmpty() && !ended) {
            Cancellation.check("reading the records of " + source);
            if (members != null) {
                GzipMembers.Member m = members.next();
                if (m == null) {
                    ended = true;
                } else if (m.data() == null) {
                    damaged(m.offset(), "a gzip member is damaged: " + m.damage() + "; the record in it is lost");
                } else {
                    offset = m.offset();
                    readAll(new WarcReader(new ByteArrayInputStream(m.data())), m.offset());
                }
            } else {
                readOne(plain);
            }
        }
        CivicRecord r = pending.poll();
        if (r != null) {
            returned++;
        }
        return r;
    }

    /** The records of one gzip member (one, as WARC writers compress them). */
    private void readAll(WarcReader reader, long memberOffset) throws IOException {
        try (reader) {
            for (Optional<WarcRecord> r; (r = reader.next()).isPresent(); ) {
                record(r.get(), memberOffset);
            }
        } catch (IOException | RuntimeException e) {
            damaged(memberOffset, "a WARC record is broken: " + e.getMessage());
        }
    }

    /** The next record of an uncompressed file; a broken one ends the read, as nothing marks where the next begins. */
    private void readOne(WarcReader reader) {
        long at = reader.position();
        try {
            Optional<WarcRecord> r = reader.next();
            if (r.isEmpty()) {
                ended = true;
                return;
            }
            at = reader.position();
            offset = at;
            record(r.get(), at);
        } catch (IOException | RuntimeException e) {
            ended = true;
            damaged(at, "a WARC record is broken: " + e.getMessage() + "; the rest of this uncompressed file cannot be"
                    + " found again (gzip-compressed files can)");
        }
    }

    private void damaged(long at, String what) {
        tallies.merge("damaged", 1L, Long::sum);
        // the record index says which record would have come next; the byte offset says where, in words
        problems.report(new DataException(Location.of(source).inRecord(returned + 1), "at byte offset " + at + ", " + what
                + ". Read leniently to skip it and read the rest of the file"), null);
    }

    private void record(WarcRecord record, long at) throws IOException {
        String from = source + ": byte offset " + at;
        if (record instanceof WarcRevisit revisit) {
            // a revisit says the page was as an earlier capture: that capture's posts are read already, or
            // it is not in this file
            boolean resolved = revisit.refersTo().map(id -> pagesRead.contains(id.toString())).orElse(false);
            tallies.merge(resolved ? "captures skipped" : "revisits skipped", 1L, Long::sum);
            return;
        }
        byte[] body;
        MediaType type;
        String target;
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
        } else if (record instanceof WarcResource resource) {
            type = resource.contentType();
            target = resource.target();
            if (!isHtml(type)) {
                tallies.merge("non-HTML skipped", 1L, Long::sum);
                return;
            }
            body = bounded(resource.body().stream());
        } else {
            return;  // warcinfo, request and metadata records hold no page
        }
        String capture = "WARC record " + record.id() + " of " + target + " captured " + record.date();
        BlogPage page;
        try {
            page = BlogPage.read(body, target, type.parameters().get("charset"), from, settings, problems);
        } catch (DataException e) {
            problems.report(e, null);
            return;
        }
        pagesRead.add(record.id().toString());
        tallies.merge("pages", 1L, Long::sum);
        for (BlogPost post : page.posts()) {
            String key = Permalinks.normalize(post.permalink()) == null ? post.permalink()
                    : Permalinks.normalize(post.permalink());
            if (!permalinks.add(key)) {
                tallies.merge("captures skipped", 1L, Long::sum);
                continue;
            }
            tallies.merge("posts", 1L, Long::sum);
            pending.addAll(extractor.records(post, from, capture));
        }
        page.embedded().ifPresent(d -> d.records().forEach(pending::add));
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
    Map<String, Long> tallies() {
        return Map.copyOf(tallies);
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

    @Override
    public void close() throws IOException {
        closed = true;
    }
}
