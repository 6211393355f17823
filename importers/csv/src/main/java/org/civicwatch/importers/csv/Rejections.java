package org.civicwatch.importers.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.Problems;

/**
 * Where a read's bad input goes: every problem to the read's {@link Problems} (which throws in strict mode),
 * and in lenient mode each rejected row, verbatim, to a rejects file when one is asked for: for a lone file
 * the file named, for a data package one file per table in the folder named, each starting with its
 * table's header and written in the input's charset.
 */
final class Rejections implements Closeable {
    private final Problems problems;
    private final @CheckForNull Path target;
    private final boolean folder;
    private final Map<String, Writer> files = new LinkedHashMap<>();

    Rejections(Problems problems, @CheckForNull Path target, boolean folder) {
        this.problems = problems;
        this.target = problems.lenient() ? target : null;
        this.folder = folder;
    }

    /** {@return whether reading goes on after a problem} */
    boolean lenient() {
        return problems.lenient();
    }

    /**
     * Reports a problem of the input as a whole, or one with no row to set aside.
     *
     * @throws DataException in strict mode, or past the bound on problems
     */
    void report(DataException e) {
        problems.report(e, null);
    }

    /**
     * Reports a rejected row and sets its text aside.
     *
     * @param from the file it was read from
     * @param e what is wrong
     * @param raw the row's text as in the file, or null when not kept
     * @throws DataException in strict mode, or past the bound on problems
     * @throws IOException if the rejects file cannot be written
     */
    void reject(CsvRows from, DataException e, @CheckForNull String raw) throws IOException {
        problems.report(e, raw);
        if (target != null && raw != null) {
            file(from).write(raw);
        }
    }

    private Writer file(CsvRows from) throws IOException {
        String name = folder ? from.name() : "";
        Writer w = files.get(name);
        if (w == null) {
            Path path = folder ? target.resolve(Path.of(from.name()).getFileName()) : target;
            if (folder) {
                Files.createDirectories(target);
            }
            w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), from.charset()));
            w.write(from.rawHeader());
            files.put(name, w);
        }
        return w;
    }

    /** {@return the problems seen so far} */
    List<Problem> list() {
        return problems.list();
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Writer w : files.values()) {
            try {
                w.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        files.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
