package org.civicwatch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.RecordType;

/**
 * Records held back in a temporary file, in the order added, so that memory holds one record however
 * many wait: a conversion keeps here what it cannot write yet. Each record is stored as its catalog tree
 * ({@link org.civicwatch.catalog.ObjectSchema#toTree}), which reads back as an equal record. The file is
 * created with the first record and deleted by {@link #close()}.
 */
final class RecordSpool implements Closeable {
    private static final int MAP = 'M';
    private static final int LIST = 'L';
    private static final int TEXT = 'S';
    private static final int WHOLE = 'J';
    private static final int DECIMAL = 'D';
    private static final int TRUE = 'T';
    private static final int FALSE = 'F';

    /** What takes the records back. */
    @FunctionalInterface
    interface Sink {
        void accept(CivicRecord record) throws IOException;
    }

    private final @CheckForNull Path folder;
    private final String prefix;
    private @CheckForNull Path file;
    private @CheckForNull DataOutputStream out;
    private long size;

    /** A spool in the system's temporary folder. */
    RecordSpool() {
        this(null);
    }

    /** A spool in the given folder, or in the system's temporary folder when null. */
    RecordSpool(@CheckForNull Path folder) {
        this(folder, "civicwatch-spool-");
    }

    /**
     * A spool in the given folder whose file name starts with a prefix that says whose it is, such as
     * {@code .out.json.civicwatch-partial-PID-RANDOM.json.civicwatch-spool-} beside a conversion's
     * temporary output, so that the next run writing that output removes it if this one is killed.
     */
    RecordSpool(Path folder, String prefix) {
        this.folder = folder;
        this.prefix = prefix;
    }

    /** {@return a spool beside a file being written, named after it} */
    static RecordSpool beside(Path target) {
        Path absolute = target.toAbsolutePath();
        return new RecordSpool(absolute.getParent(), "." + absolute.getFileName() + ".civicwatch-spool-");
    }

    /** {@return how many records wait} */
    long size() {
        return size;
    }

    /** Holds back one record. */
    void add(CivicRecord record) throws IOException {
        if (out == null) {
            file = folder == null ? Files.createTempFile(prefix, ".bin") : Files.createTempFile(folder, prefix, ".bin");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
        }
        out.writeByte(record.recordType().ordinal());
        write(out, FieldCatalog.schemaOf(record).toTree(record));
        size++;
    }

    /** Hands every record held to a sink, in the order added, and empties the spool. */
    void drainTo(Sink sink) throws IOException {
        if (out == null) {
            return;
        }
        out.close();
        out = null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (long i = 0; i < size; i++) {
                RecordType type = RecordType.values()[in.readUnsignedByte()];
                @SuppressWarnings("unchecked")
                Map<String, Object> tree = (Map<String, Object>) read(in);
                sink.accept(FieldCatalog.schema(type).create(tree));
            }
        } finally {
            size = 0;
            delete();
        }
    }

    @Override
    public void close() throws IOException {
        try (Closeable o = out) {
            out = null;
        } finally {
            delete();
        }
    }

    private void delete() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
            file = null;
        }
    }

    private static void write(DataOutputStream out, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                writeText(out, (String) e.getKey());
                write(out, e.getValue());
            }
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, item);
            }
        } else if (value instanceof Long l) {
            out.writeByte(WHOLE);
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte(DECIMAL);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else {
            out.writeByte(TEXT);
            writeText(out, (String) value);
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        // writeUTF stops at 64 KiB; a summary may be longer.
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static Object read(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case MAP: {
                int n = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = readText(in);
                    map.put(key, read(in));
                }
                return map;
            }
            case LIST: {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(read(in));
                }
                return list;
            }
            case WHOLE:
                return in.readLong();
            case DECIMAL:
                return in.readDouble();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case TEXT:
                return readText(in);
            default:
                throw new EOFException("the spool file is damaged: unknown tag " + tag);
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
