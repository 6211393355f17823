package org.civicwatch.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.DatasetInfo;

/** Carries a dataset's info between the steps of a pipeline, in the form of {@link RecordCoder}. */
public final class DatasetInfoCoder extends ExactCoder<DatasetInfo> {
    private static final DatasetInfoCoder INSTANCE = new DatasetInfoCoder();

    private DatasetInfoCoder() {
    }

    /** {@return the coder} */
    public static DatasetInfoCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(DatasetInfo value, OutputStream out) throws IOException {
        if (value == null) {
            throw new CoderException("cannot encode a null dataset info");
        }
        CatalogEncoding.encode(FieldCatalog.DATASET_INFO, value, out);
    }

    @Override
    public DatasetInfo decode(InputStream in) throws IOException {
        return CatalogEncoding.decode(FieldCatalog.DATASET_INFO, in);
    }
}
