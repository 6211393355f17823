package org.civicwatch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.internal.AtomicFiles;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.Cancellation;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.RecordWriter;

/**
 * Converting from one format to another. A file is converted record by record, reading the input
 * once, so memory does not grow with it; what the writer needs, its exporter declares:
 *
 * <ul>
 * <li>A writer that puts the dataset info first ({@link Exporter#takesLateInfo()} false) is opened
 *     once the reader's info is complete ({@link RecordReader#infoComplete()}, or the end of the input);
 *     the records read before wait in a temporary file. A writer that takes late info is opened at once
 *     and given the complete info once, at the end, if it changed.</li>
 * <li>A writer that needs records grouped by type ({@link Exporter#needsRecordsGrouped()}) gets the
 *     incidents as they come and the other types from temporary files, type by type, at the end.</li>
 * </ul>
 *
 * Once the writer is open, on a machine with more than one processor, the records are read one thread ahead of
 * the writing ({@link ReadAhead}; the system property {@code civicwatch.readAhead=false} turns that off): the
 * conversion behaves as it does on one thread, with the same output, exceptions and cancellation.
 *
 * The lenient reader's rejects go to the sink the read options name, each once, as the input is read
 * once. The output appears only when the whole conversion succeeded.
 */
final class Conversion {
    private Conversion() {
    }

    /**
     * Converts a file or folder into another, options checked before anything is read; the report warns
     * when no record was read from an input that is not empty ({@link Converted}).
     */
    static Converted convert(Path in, Importer importer, Options readOptions, Path out, Exporter exporter,
                             Options writeOptions) throws IOException {
        Readers.check(importer, readOptions);
        Writers.check(exporter, writeOptions);
        long[] records = new long[1];
        List<Problem> problems = new ArrayList<>();
        AtomicFiles.replace(out, temporary -> {
            try (RecordReader reader = Readers.open(importer, in, readOptions)) {
                records[0] = copy(reader, importer.descriptor().id(), exporter, temporary, writeOptions);
                problems.addAll(reader.problems());
            }
        });
        String name = FormatChoice.fileName(in);
        Converted.nothingRead(in, name, importer.descriptor(), records[0], Converted.NAME_THE_FORMAT)
                .ifPresent(problems::add);
        return new Converted(name, importer.descriptor().id(), records[0], problems);
    }

    /**
     * Converts a stream into another, both left open. The dataset is read whole before it is written,
     * so that bad input leaves nothing written to the caller's output.
     */
    static Converted convert(InputStream in, String sourceName, Importer importer, Options readOptions,
                             OutputStream out, Exporter exporter, Options writeOptions) throws IOException {
        Readers.check(importer, readOptions);
        Writers.check(exporter, writeOptions);
        PushbackInputStream input = new PushbackInputStream(in, 1);
        int first = input.read();
        if (first >= 0) {
            input.unread(first);
        }
        Dataset dataset = Readers.read(importer, input, sourceName, readOptions);
        Writers.write(exporter, dataset, out, writeOptions);
        List<Problem> problems = new ArrayList<>();
        if (dataset.size() == 0 && first >= 0) {
            problems.add(Converted.nothingRead(sourceName, importer.descriptor(), Converted.NAME_THE_FORMAT));
        }
        return new Converted(sourceName, importer.descriptor().id(), dataset.size(), problems);
    }

    /** Copies every record from the reader to a writer of the target; {@return how many} */
    private static long copy(RecordReader reader, String importerId, Exporter exporter, Path target,
                             Options writeOptions) throws IOException {
        boolean late = exporter.takesLateInfo();
        long count = 0;
        try (RecordSpool early = RecordSpool.beside(target)) {
            CivicRecord r = reader.next();
            while (r != null && !late && !reader.infoComplete()) {
                Cancellation.check("converting records");
                early.add(r);
                r = reader.next();
            }
            DatasetInfo opened = reader.info();
            try (RecordWriter writer = Writers.open(exporter, target, opened, writeOptions);
                 Grouping grouping = exporter.needsRecordsGrouped() ? new Grouping(writer, target) : null) {
                RecordSpool.Sink sink = grouping == null ? writer::write : grouping::write;
                count = early.size();
                early.drainTo(sink);
                try (ReadAhead ahead = r != null && ReadAhead.enabled() ? ReadAhead.start(reader) : null) {
                    Next next = ahead == null ? reader::next : ahead::next;
                    for (; r != null; r = next.record()) {
                        Cancellation.check("converting records");
                        sink.accept(r);
                        count++;
                    }
                }
                if (grouping != null) {
                    grouping.finish();
                }
                DatasetInfo complete = reader.info();
                if (!complete.equals(opened)) {
                    if (!late) {
                        throw new IllegalStateException("importer '" + importerId + "' said its dataset info was"
                                + " complete (RecordReader.infoComplete()), then changed it: the output would have"
                                + " the wrong info");
                    }
                    writer.lateInfo(complete);
                }
            }
        }
        return count;
    }

    /** Where the records after the early ones come from: the reader, or the thread reading ahead of it. */
    private interface Next {
        @CheckForNull
        CivicRecord record() throws IOException;
    }

    /**
     * Hands records to a writer grouped by type: incidents (the first type) straight through, the other
     * types held back, one spool each, until {@link #finish()} writes them in type order.
     */
    private static final class Grouping implements Closeable {
        private final RecordWriter writer;
        private final RecordSpool[] waiting = new RecordSpool[RecordType.values().length];

        private final Path target;

        Grouping(RecordWriter writer, Path target) {
            this.writer = writer;
            this.target = target;
        }

        void write(CivicRecord record) throws IOException {
            int type = record.recordType().ordinal();
            if (type == 0) {
                writer.write(record);
                return;
            }
            if (waiting[type] == null) {
                waiting[type] = RecordSpool.beside(target);
            }
            waiting[type].add(record);
        }

        void finish() throws IOException {
            for (RecordSpool spool : waiting) {
                if (spool != null) {
                    spool.drainTo(writer::write);
                }
            }
        }

        @Override
        public void close() throws IOException {
            IOException failure = null;
            for (RecordSpool spool : waiting) {
                try {
                    if (spool != null) {
                        spool.close();
                    }
                } catch (IOException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
