package org.civicwatch.importers.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.Options;

/** The test pages beside this class, read through the importer. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A fixture's bytes. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture read as a dataset. */
    public static Dataset read(String name, Options options) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new BlogHtmlImporter().read(in, name, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture read with default options. */
    public static Dataset read(String name) {
        return read(name, Options.EMPTY);
    }
}
