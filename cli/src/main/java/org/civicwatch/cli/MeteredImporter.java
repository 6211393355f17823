package org.civicwatch.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.ForwardingRecordReader;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;

/**
 * An importer as the command uses it: the plugin's own, with the records and bytes it reads counted
 * for the progress bar and the report. It changes nothing the plugin reads or says.
 */
final class MeteredImporter implements Importer {
    private final Importer plugin;
    private final Progress progress;
    private final boolean opensFilesAsStreams;
    private final Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
    private Map<String, Long> tallies = Map.of();
    private List<Problem> problems = List.of();

    MeteredImporter(Importer plugin, Progress progress) {
        this.plugin = plugin;
        this.progress = progress;
        this.opensFilesAsStreams = opensFilesAsStreams(plugin);
    }

    /** {@return the plugin underneath} */
    Importer plugin() {
        return plugin;
    }

    /** {@return the records of each type that the last reader opened has returned} */
    Map<RecordType, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /**
     * {@return what the last reader opened counted besides records (an archive's posts, captures skipped), and
     * the warnings and problems it passed over, as a phrase; empty for formats that count nothing besides records}
     */
    String tallies() {
        return tallies.isEmpty() ? "" : Progress.tallies(tallies, problems);
    }

    /** {@return the warnings of the last reader opened (read on, strict or lenient: a damaged archive record)} */
    List<Problem> warnings() {
        return problems.stream().filter(Problem::warning).toList();
    }

    private void started() {
        progress.startInput();
        counts.clear();
        tallies = Map.of();
        problems = List.of();
    }

    @Override
    public FormatDescriptor descriptor() {
        return plugin.descriptor();
    }

    @Override
    public Detection detect(byte[] head, @CheckForNull String fileName) {
        return plugin.detect(head, fileName);
    }

    @Override
    public boolean readsDirectories() {
        return plugin.readsDirectories();
    }

    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
        return metered(in, sourceName, options, null);
    }

    @Override
    public RecordReader open(Path path, Options options) throws IOException {
        if (!opensFilesAsStreams || !Files.isRegularFile(path)) {
            // A plugin with its own way of opening files (a zip, a folder) is counted by records only.
            started();
            return new Metered(plugin.open(path, options), null);
        }
        InputStream file = Files.newInputStream(path);
        try {
            Path name = path.getFileName();
            return metered(file, name == null ? path.toString() : name.toString(), options, file);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private RecordReader metered(InputStream in, String sourceName, Options options, @CheckForNull InputStream owned)
            throws IOException {
        started();
        return new Metered(plugin.open(new CountingStream(in, progress), sourceName, options), owned);
    }

    /** Whether the plugin opens a file as {@link Importer}'s default does: as a stream named after the file. */
    private static boolean opensFilesAsStreams(Importer plugin) {
        try {
            return plugin.getClass().getMethod("open", Path.class, Options.class).getDeclaringClass() == Importer.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Counts each record read; closes the file it was opened on, if any. */
    private final class Metered extends ForwardingRecordReader {
        private final @CheckForNull InputStream owned;

        Metered(RecordReader reader, @CheckForNull InputStream owned) {
            super(reader);
            this.owned = owned;
            progress.reading(this);
        }

        @Override
        @CheckForNull
        public CivicRecord next() throws IOException {
            CivicRecord r = super.next();
            if (r != null) {
                counts.merge(r.recordType(), 1L, Long::sum);
                progress.record();
            }
            return r;
        }

        @Override
        public void close() throws IOException {
            try {
                // what it counted is kept for the report, which comes after the reader is closed
                tallies = Collections.unmodifiableMap(new LinkedHashMap<>(tallies()));
                problems = List.copyOf(problems());
                super.close();
            } finally {
                if (owned != null) {
                    owned.close();
                }
            }
        }
    }

    /** Counts the bytes a plugin reads. */
    private static final class CountingStream extends FilterInputStream {
        private final Progress progress;

        CountingStream(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.bytes(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                progress.bytes(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            progress.bytes(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
