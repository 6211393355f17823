package org.civicwatch.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;

/**
 * Cuts the inputs of a format into parts that workers read independently, and reads such a part. Found by
 * {@link java.util.ServiceLoader}: a format that can be split adds itself by providing one (JSON Lines
 * by line ranges comes with the pipeline), and an input of a format no splitter claims is read whole.
 * Nothing here is Beam's, so a splitter can live beside its format.
 *
 * <p>A part's reader reports locations as the whole input's reader would (the input's name, the lines
 * of the input), so a problem names the place in the file, not in the part.
 */
public interface Splitter {

    /**
     * {@return whether this cuts inputs of a format}
     *
     * @param formatId the format's id ({@code jsonl})
     */
    boolean splits(String formatId);

    /**
     * Cuts an input into parts of about {@code partBytes} bytes each, at places its format allows.
     *
     * @param file the input
     * @param formatId its format
     * @param partBytes the size a part should have; the last may be smaller and a part larger where the
     *     format allows no cut
     * @return the parts, in input order, together the whole input
     * @throws IOException if the input cannot be read
     */
    List<Split> split(Path file, String formatId, long partBytes) throws IOException;

    /**
     * Opens a reader over one part; closing it closes what it opened.
     *
     * @param importer the format's importer
     * @param file the input
     * @param part a part {@link #split} made of it
     * @param options reading options the importer accepts
     * @return the reader of the part's records
     * @throws IOException if the input cannot be read
     */
    RecordReader open(Importer importer, Path file, Split part, Options options) throws IOException;

    /**
     * {@return whether one post may be read from several parts or inputs (a web archive's captures of it),
     * of which the pipeline keeps the records of the first capture in input order, as the reader of the
     * captures in one input does}
     */
    default boolean capturesPosts() {
        return false;
    }
}
