package org.civicwatch.importers.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.annotation.CheckForNull;
import org.civicwatch.spi.Cancellation;

/**
 * Lines of UTF-8 text, as {@link ByteLines} reads them, each with what a decoder made of it worked out ahead
 * on other threads: the lines are read here in runs ({@link LineBatch}), a few runs ahead, and every run is
 * decoded on a thread of a small shared pool while the reading thread goes on with the lines before it. The
 * lines, their numbers and what reading them threw come out in input order, exactly as {@link ByteLines}
 * gives them, so a reader can still read any line again its own way and say where it went wrong.
 *
 * <p>The decoder must be free of side effects and safe to call from several threads at once. The system
 * property {@value #PROPERTY} sets how many threads decode (at most {@value #MOST_THREADS}); {@code 0}
 * decodes on the reading thread, which is also what happens on a machine with one processor.
 */
public final class DecodedLines implements AutoCloseable {
    /** The system property giving the number of decoding threads; {@code 0} turns them off. */
    public static final String PROPERTY = "civicwatch.decodeThreads";
    static final int MOST_THREADS = 4;
    private static final String DOING = "decoding lines";
    private static final int THREADS = threads();
    private static volatile @CheckForNull ExecutorService pool;

    private final ByteLines lines;
    private final LineBatch.Decoder decoder;
    private final boolean ahead;
    private final int depth;
    private final ArrayDeque<Future<LineBatch>> window = new ArrayDeque<>();
    private final ArrayDeque<LineBatch> free = new ArrayDeque<>();
    private @CheckForNull LineBatch current;
    private boolean inputDone;

    /**
     * @param in the bytes, read only when {@link #next} is called
     * @param maxLine the most chars a line may have
     * @param maxTotal the most chars the whole text may have
     * @param decoder what each line is decoded to ({@link #decoded}), for lines that need no check of their
     *     UTF-8 but the decoding (see {@link ByteLines#plainUtf8})
     */
    public DecodedLines(InputStream in, long maxLine, long maxTotal, LineBatch.Decoder decoder) {
        this(in, maxLine, maxTotal, decoder, THREADS);
    }

    /** As the public constructor, with runs decoded ahead by {@code threads} threads of the pool, or none. */
    DecodedLines(InputStream in, long maxLine, long maxTotal, LineBatch.Decoder decoder, int threads) {
        this.lines = new ByteLines(in, maxLine, maxTotal);
        this.decoder = decoder;
        this.ahead = threads > 0;
        this.depth = ahead ? 2 * threads : 1;
    }

    private static int threads() {
        int processors = Runtime.getRuntime().availableProcessors();
        String set = System.getProperty(PROPERTY);
        int n = processors - 1;
        if (set != null) {
            try {
                n = Integer.parseInt(set.trim());
            } catch (NumberFormatException e) {
                n = processors - 1;
            }
        }
        return Math.max(0, Math.min(MOST_THREADS, n));
    }

    private static ExecutorService pool() {
        ExecutorService p = pool;
        if (p == null) {
            synchronized (DecodedLines.class) {
                p = pool;
                if (p == null) {
                    AtomicInteger count = new AtomicInteger();
                    ThreadPoolExecutor made = new ThreadPoolExecutor(Math.max(1, THREADS), Math.max(1, THREADS), 2, TimeUnit.SECONDS,
                            new LinkedBlockingQueue<>(), task -> {
                                Thread t = new Thread(task, "civicwatch-decode-" + count.incrementAndGet());
                                t.setDaemon(true);
                                return t;
                            });
                    made.allowCoreThreadTimeOut(true);
                    pool = p = made;
                }
            }
        }
        return p;
    }

    /**
     * Moves to the next line, as {@link ByteLines#next} does.
     *
     * @return false at the end of the input
     * @throws IOException what {@link ByteLines#next} throws, at the same line; an
     *     {@link java.io.InterruptedIOException} if the thread is interrupted while it waits for a run
     */
    public boolean next() throws IOException {
        while (true) {
            LineBatch b = current;
            if (b != null) {
                if (b.next()) {
                    return true;
                }
                if (!b.spent()) {
                    return false;
                }
                free.push(b);
            }
            current = take();
        }
    }

    /** The next run, decoded; the runs after it are read and handed to the pool meanwhile. */
    private LineBatch take() throws IOException {
        fillWindow();
        Future<LineBatch> next = window.poll();
        if (next == null) {
            throw new IllegalStateException("no run after a run that was not the last");
        }
        LineBatch b;
        try {
            b = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            Cancellation.check(DOING);
            throw new IllegalStateException("unreachable", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
        fillWindow();
        return b;
    }

    private void fillWindow() {
        while (!inputDone && window.size() < depth) {
            LineBatch b = free.isEmpty() ? new LineBatch() : free.pop();
            b.fill(lines);
            inputDone = b.last();
            if (ahead) {
                window.add(pool().submit(() -> b.decode(decoder)));
            } else {
                window.add(CompletableFuture.completedFuture(b.decode(decoder)));
            }
        }
    }

    private LineBatch line() {
        LineBatch b = current;
        if (b == null) {
            throw new IllegalStateException("no line read yet");
        }
        return b;
    }

    /** As {@link ByteLines#lineNumber}; 0 before the first line. */
    public long lineNumber() {
        return current == null ? 0 : current.lineNumber();
    }

    /** As {@link ByteLines#plainUtf8}. */
    public boolean plainUtf8() {
        return line().plainUtf8();
    }

    /** As {@link ByteLines#requireUtf8}. */
    public void requireUtf8() throws java.nio.charset.CharacterCodingException {
        line().requireUtf8();
    }

    /** {@return what the decoder made of the line, null if nothing or if it was not decoded (not plain UTF-8)} */
    @CheckForNull
    public Object decoded() {
        return line().decoded();
    }

    /** As {@link ByteLines#blank}. */
    public boolean blank() {
        return line().blank();
    }

    /** As {@link ByteLines#text}. */
    public String text() {
        return line().text();
    }

    /** Drops the runs still being decoded; reading ends here. */
    @Override
    public void close() {
        for (Future<LineBatch> f : window) {
            f.cancel(false);
        }
        window.clear();
        inputDone = true;
    }
}
