package org.civicwatch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.Cancellation;
import org.civicwatch.spi.RecordReader;

/**
 * Reads records one thread ahead of the thread that writes them: a thread of its own calls the reader's
 * {@link RecordReader#next()} and hands the records over in small batches through a queue of a few batches, so
 * that memory stays bounded and the cost of handing over is spread over many records; {@link #next()} gives
 * them to the writing thread in the order read.
 *
 * <p>The reading thread behaves as if the reading were done on the writing thread: what the reader throws
 * ({@link IOException}, {@link RuntimeException}, {@link Error}) is thrown by {@link #next()}, the same object,
 * once the records read before it are written; an interrupt of the writing thread stops the reading thread at
 * its next record and {@link #next()} throws the {@link InterruptedIOException} of {@link Cancellation},
 * leaving the interrupt status set; an interrupt the reader gives its own thread (a plugin cancelling) is
 * carried over to the writing thread in the same way. {@link #close()} stops the reading thread and waits for
 * it to end, so nothing reads after the conversion returned or failed, and what the reader holds
 * (its info, problems, tallies, a rejects file it writes) is seen whole by the writing thread afterwards.
 *
 * <p>Only the reading thread touches the reader between {@link #start} and the end of that thread.
 */
final class ReadAhead implements AutoCloseable {
    /** The system property that turns reading ahead off when {@code false}. */
    static final String PROPERTY = "civicwatch.readAhead";
    static final String THREAD_NAME = "civicwatch-read-ahead";
    private static final int BATCH = 256;
    private static final int BATCHES = 4;
    private static final long LOOK_MILLIS = 100;
    private static final String DOING = "converting records";

    /** Records read, and whether the reading ended after them. */
    private static final class Batch {
        final CivicRecord[] records = new CivicRecord[BATCH];
        int size;
        boolean last;
    }

    private final RecordReader reader;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    /** Set by the writing thread before it interrupts the reading thread to stop it. */
    private volatile boolean stopping;
    /** What the reader threw, set before the last batch is handed over. */
    private volatile @CheckForNull Throwable failure;
    /** Whether the reading thread was interrupted by the reader itself, to be carried over. */
    private volatile boolean interrupted;
    private @CheckForNull Batch batch;
    private int at;
    private boolean ended;

    private ReadAhead(RecordReader reader) {
        this.reader = reader;
        Thread writing = Thread.currentThread();
        this.thread = new Thread(this::read, THREAD_NAME);
        thread.setDaemon(true);
        thread.setContextClassLoader(writing.getContextClassLoader());
    }

    /** {@return whether conversions read ahead here: more than one processor, and not turned off} */
    static boolean enabled() {
        return Runtime.getRuntime().availableProcessors() > 1
                && !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim());
    }

    /** Starts reading the rest of the reader's records on a thread of their own. */
    static ReadAhead start(RecordReader reader) {
        ReadAhead ahead = new ReadAhead(reader);
        ahead.thread.start();
        return ahead;
    }

    /** The reading thread: fills batches until the reader ends, fails, or is stopped. */
    private void read() {
        Batch b = null;
        try {
            b = new Batch();
            while (true) {
                CivicRecord r = reader.next();
                if (r != null) {
                    b.records[b.size++] = r;
                }
                boolean stop = Thread.currentThread().isInterrupted();
                if (r == null || stop || b.size == BATCH) {
                    b.last = r == null || stop;
                    if (stop && !stopping) {
                        interrupted = true;
                    }
                    if (!hand(b) || b.last) {
                        return;
                    }
                    b = new Batch();
                }
            }
        } catch (Throwable e) {
            // the interrupt a plugin gave its own thread before it threw (its own cancellation check)
            interrupted = !stopping && Thread.currentThread().isInterrupted();
            failure = e;
            if (b == null) {
                b = new Batch();
            }
            // the records read before the failure are written first, as on one thread
            b.last = true;
            hand(b);
        }
    }

    /** Hands a batch over; {@return false when the writing thread stopped the reading meanwhile} */
    private boolean hand(Batch b) {
        try {
            queue.put(b);
            return true;
        } catch (InterruptedException e) {
            if (!stopping) {
                interrupted = true;
            }
            return false;
        }
    }

    /**
     * {@return the next record read, {@code null} at the end of the input}
     *
     * @throws IOException what the reader threw, or an {@link InterruptedIOException} once the writing
     *         thread (or the reading thread, by the reader) was interrupted
     */
    @CheckForNull
    CivicRecord next() throws IOException {
        while (batch == null || at == batch.size) {
            if (batch != null && batch.last || ended) {
                end();
                return null;
            }
            batch = take();
            at = 0;
        }
        CivicRecord r = batch.records[at];
        batch.records[at++] = null;
        return r;
    }

    private Batch take() throws IOException {
        try {
            while (true) {
                Batch b = queue.poll(LOOK_MILLIS, TimeUnit.MILLISECONDS);
                if (b != null) {
                    return b;
                }
                if (!thread.isAlive()) {
                    b = queue.poll();
                    if (b != null) {
                        return b;
                    }
                    // it ended without handing over its end: out of memory as it did
                    ended = true;
                    Batch none = new Batch();
                    none.last = true;
                    return none;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            Cancellation.check(DOING);
            throw new IllegalStateException("unreachable", e);
        }
    }

    /** The end of the records: waits for the reading thread, then says how it ended. */
    private void end() throws IOException {
        ended = true;
        join();
        if (interrupted) {
            interrupted = false;
            Thread.currentThread().interrupt();
        }
        Throwable e = failure;
        if (e != null) {
            failure = null;
            throw ReadAhead.<RuntimeException>sneaky(e);
        }
        Cancellation.check(DOING);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable e) throws T {
        throw (T) e;
    }

    /** Stops the reading thread, if it still reads, and waits for it to end; the interrupt status is kept. */
    @Override
    public void close() {
        if (thread.isAlive()) {
            stopping = true;
            thread.interrupt();
        }
        join();
    }

    private void join() {
        boolean interruptedHere = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interruptedHere = true;
            }
        }
        if (interruptedHere) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@return whether the reading thread still runs} */
    boolean reading() {
        return thread.isAlive();
    }
}
