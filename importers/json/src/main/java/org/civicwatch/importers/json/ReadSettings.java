package org.civicwatch.importers.json;

import org.civicwatch.spi.Options;

/**
 * What a JSON reader is told by the options it was opened with, read once by the importer's
 * {@code open}: readers take this, never the options or the importer's constants.
 *
 * @param reading the options of {@link org.civicwatch.spi.Problems}: lenient mode, the bound on problems
 *     and the sink for rejected input
 * @param maxRecordLength the most chars a record may span ({@link JsonImporter#MAX_RECORD_LENGTH})
 * @param maxDocumentLength the most chars the input may have ({@link JsonImporter#MAX_DOCUMENT_LENGTH})
 */
record ReadSettings(Options reading, long maxRecordLength, long maxDocumentLength) {

    /** The settings the options give, defaults for those not set. */
    static ReadSettings of(Options options) {
        return new ReadSettings(options, options.require(JsonImporter.MAX_RECORD_LENGTH),
                options.require(JsonImporter.MAX_DOCUMENT_LENGTH));
    }
}
