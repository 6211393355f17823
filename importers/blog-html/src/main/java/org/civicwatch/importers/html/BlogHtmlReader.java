package org.civicwatch.importers.html;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.blog.BlogPage;
import org.civicwatch.blog.BlogPost;
import org.civicwatch.blog.BlogSettings;
import org.civicwatch.blog.PostExtractor;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.Problems;
import org.civicwatch.spi.RecordReader;

/**
 * Reads one page: parses it whole (its size is bounded by an option), then extracts its posts, merging one
 * matter told in several of them, and yields the records one at a time.
 */
final class BlogHtmlReader implements RecordReader {
    private final String source;
    private final Problems problems;
    private final BlogPage page;
    private final PostExtractor extractor;
    private final Deque<CivicRecord> pending = new ArrayDeque<>();
    private boolean extracted;
    private long returned;
    private boolean closed;

    BlogHtmlReader(InputStream in, String source, BlogSettings settings) throws IOException {
        this.source = source;
        this.problems = new Problems(settings.options());
        this.page = BlogPage.read(in, source, settings, problems);
        this.extractor = new PostExtractor(settings, source, problems);
        page.embedded().ifPresent(d -> d.records().forEach(pending::add));
    }

    /** The posts found on the page (none when it carries an embedded dataset). */
    List<BlogPost> posts() {
        return page.posts();
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        if (closed) {
            throw new IOException("the reader of " + source + " is closed");
        }
        if (!extracted) {
            // the page is read whole (its size is bounded): one matter retold in several posts is one record
            extracted = true;
            pending.addAll(extractor.records(page.posts(), page.capture()));
        }
        CivicRecord r = pending.poll();
        if (r != null) {
            returned++;
        }
        return r;
    }

    @Override
    public DatasetInfo info() {
        return page.info();
    }

    /** True: the info comes from the whole page, parsed when the reader opens. */
    @Override
    public boolean infoComplete() {
        return true;
    }

    @Override
    public Location location() {
        return Location.of(source).inRecord(returned);
    }

    @Override
    public List<Problem> problems() {
        return problems.list();
    }

    @Override
    public void close() {
        closed = true;
    }
}
