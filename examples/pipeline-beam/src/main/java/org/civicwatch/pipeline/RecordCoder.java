package org.civicwatch.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.RecordType;

/**
 * Carries a record of any type between the steps of a pipeline: a byte naming its type, then its fields
 * in the order of the {@linkplain FieldCatalog field catalog}. Built from the catalog alone, it carries
 * every field of every record type and needs no Java serialization. Equal records encode to equal bytes,
 * so it is deterministic.
 *
 * <pre>{@code
 * PCollection<CivicRecord> records = ...;
 * records.setCoder(RecordCoder.of());
 * }</pre>
 */
public final class RecordCoder extends ExactCoder<CivicRecord> {
    private static final RecordCoder INSTANCE = new RecordCoder();
    private static final RecordType[] TYPES = RecordType.values();

    private RecordCoder() {
    }

    /** {@return the coder} */
    public static RecordCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(CivicRecord value, OutputStream out) throws IOException {
        if (value == null) {
            throw new CoderException("cannot encode a null record");
        }
        out.write(value.recordType().ordinal());
        CatalogEncoding.encode(FieldCatalog.schemaOf(value), value, out);
    }

    @Override
    public CivicRecord decode(InputStream in) throws IOException {
        int type = in.read();
        if (type < 0 || type >= TYPES.length) {
            throw new CoderException(type < 0 ? "the encoded record ends before its type"
                    : "unknown record type " + type + ": not a civicwatch record");
        }
        return CatalogEncoding.decode(FieldCatalog.schema(TYPES[type]), in);
    }
}
