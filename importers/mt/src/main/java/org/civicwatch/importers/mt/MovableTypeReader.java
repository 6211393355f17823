package org.civicwatch.importers.mt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.blog.BlogSettings;
import org.civicwatch.blog.PostExtractor;
import org.civicwatch.blog.PostFragment;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.When;
import org.civicwatch.spi.Cancellation;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.Problems;
import org.civicwatch.spi.RecordReader;

/** Reads an export entry by entry, holding one entry and its records at a time. */
final class MovableTypeReader implements RecordReader {
    // MT writes 12-hour times with AM/PM; some exports use 24-hour times without them
    private static final DateTimeFormatter TWELVE = DateTimeFormatter.ofPattern("MM/dd/uuuu hh:mm:ss a", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TWENTY_FOUR = DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm:ss",
            Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final String source;
    private final MtParser parser;
    private final Problems problems;
    private final PostExtractor extractor;
    @CheckForNull
    private final String baseUrl;
    private final boolean drafts;
    private final boolean comments;
    @CheckForNull
    private final String blogTitle;
    private final Deque<CivicRecord> pending = new ArrayDeque<>();
    private final Map<String, Long> tallies = new LinkedHashMap<>();
    private long entries;
    private long returned;
    private boolean closed;
    private boolean ended;

    MovableTypeReader(InputStream in, String source, Options options) {
        BlogSettings settings = BlogSettings.of(options);
        String mode = options.require(MovableTypeImporter.COMMENTS);
        if (!mode.equals("apart") && !mode.equals("skip")) {
            throw new OptionException("option '" + MovableTypeImporter.COMMENTS.name() + "': cannot use \"" + mode
                    + "\"; valid are apart, skip");
        }
        this.source = source;
        this.problems = new Problems(options);
        this.extractor = new PostExtractor(settings, source, problems);
        this.baseUrl = settings.baseUrl();
        this.drafts = options.require(MovableTypeImporter.DRAFTS);
        this.comments = mode.equals("apart");
        this.blogTitle = options.get(MovableTypeImporter.BLOG_TITLE);
        Charset charset = settings.charsetOr(StandardCharsets.UTF_8);
        this.parser = new MtParser(new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))),
                source, settings.maxInputBytes());
        for (String t : List.of("posts", "comments", "drafts skipped", "entries skipped")) {
            tallies.put(t, 0L);
        }
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        if (closed) {
            throw new IOException("the reader of " + source + " is closed");
        }
        while (pending.isEmpty()) {
            if (ended) {
                return null;
            }
            Cancellation.check("reading the entries of " + source);
            MtEntry entry;
            try {
                entry = parser.next();
            } catch (DataException e) {
                skipped(e);
                parser.skipEntry();
                continue;
            }
            if (entry == null) {
                ended = true;
                pending.addAll(extractor.mergedAtEnd());
                continue;
            }
            try {
                read(entry);
            } catch (DataException e) {
                skipped(e);  // the entry was read to its end: nothing to pass over
            }
        }
        returned++;
        return pending.poll();
    }

    /** Strictly, the error stops the read; leniently, the entry is skipped, reported and counted. */
    private void skipped(DataException e) {
        problems.report(e, null);
        tallies.merge("entries skipped", 1L, Long::sum);
    }

    private void read(MtEntry entry) throws IOException {
        entries++;
        String status = entry.field("STATUS");
        if (status != null && status.equalsIgnoreCase("draft") && !drafts) {
            tallies.merge("drafts skipped", 1L, Long::sum);
            return;
        }
        When published = date(entry.field("DATE"), entry, entry.lineOf("DATE"));
        String permalink = permalink(entry);
        String category = entry.field("PRIMARY CATEGORY") != null ? entry.field("PRIMARY CATEGORY")
                : entry.field("CATEGORY");
        boolean breaks = !"0".equals(entry.field("CONVERT BREAKS"));
        List<MtEntry.Section> body = entry.sections("BODY");
        List<MtEntry.Section> extended = entry.sections("EXTENDED BODY");
        if (body.isEmpty()) {
            throw new DataException(Location.at(source, entry.line(), 0), "entry " + entry.name() + ": it has no BODY"
                    + " section; every entry holds one, after the line " + MtParser.SECTION_END);
        }
        MtEntry.Section b = body.get(0);
        StringBuilder html = new StringBuilder(b.text());
        if (!extended.isEmpty()) {
            // blank lines stand for the lines between, so that body lines keep their lines in the file
            MtEntry.Section x = extended.get(0);
            long bodyEnd = b.line() + b.text().lines().count() - 1;
            html.append("\n".repeat((int) Math.max(2, x.line() - bodyEnd))).append(x.text());
        }
        var post = new PostFragment(html.toString(), permalink, published, entry.field("TITLE"), category, blogTitle,
                (int) b.line(), breaks).post();
        tallies.merge("posts", 1L, Long::sum);
        // one matter retold in several entries is one record: held, merged, till the end of the file
        pending.addAll(extractor.recordsMerging(List.of(post), source, p -> null));
        if (comments) {
            int n = 0;
            for (MtEntry.Section c : entry.sections("COMMENT")) {
                n++;
                When said = date(c.fields().get("DATE"), entry, c.line() - 1);
                var comment = new PostFragment(c.text(), permalink + "#comment-" + n, said, entry.field("TITLE"),
                        category, blogTitle, (int) c.line(), breaks).post();
                tallies.merge("comments", 1L, Long::sum);
                pending.addAll(extractor.records(comment));
            }
        }
    }

    /** The entry's URL on the blog (goo blog's {@code /e/BASENAME} under the base URL), or a name in the file. */
    private String permalink(MtEntry entry) {
        String basename = entry.field("BASENAME");
        if (baseUrl != null && basename != null && basename.matches("[A-Za-z0-9_-]+")) {
            return baseUrl.replaceFirst("/+$", "") + "/e/" + basename;
        }
        return source + "#" + (basename != null ? basename : "entry-" + entries);
    }

    @CheckForNull
    private When date(@CheckForNull String text, MtEntry entry, long line) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        try {
            LocalDateTime local = t.endsWith("AM") || t.endsWith("PM") ? LocalDateTime.parse(t, TWELVE)
                    : LocalDateTime.parse(t, TWENTY_FOUR);
            // the export writes the blog's local time, Japan time for goo blog
            return When.ofSecond(local.atOffset(When.JAPAN));
        } catch (DateTimeParseException e) {
            throw new DataException(Location.at(source, line, 0).atField("DATE"), "entry " + entry.name()
                    + ": cannot read DATE \"" + text.strip() + "\": expected MM/DD/YYYY hh:mm:ss AM or PM"
                    + " (06/13/2017 11:48:00 PM)", e);
        }
    }

    /** {@return how many posts and comments were read, and drafts and broken entries skipped, so far} */
    @Override
    public Map<String, Long> tallies() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(tallies));
    }

    @Override
    public DatasetInfo info() {
        return new DatasetInfo(blogTitle, null, null, null, null, null, List.of());
    }

    /** True: the info is the options', known before the first entry. */
    @Override
    public boolean infoComplete() {
        return true;
    }

    @Override
    public Location location() {
        return Location.at(source, parser.line(), 0).inRecord(returned);
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
