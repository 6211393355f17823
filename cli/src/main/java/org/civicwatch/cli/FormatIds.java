package org.civicwatch.cli;

import java.util.Iterator;
import org.civicwatch.CivicWatch;

/** The ids of the installed formats, for the help of {@code --from} and {@code --to} and for shell completion. */
final class FormatIds {
    private FormatIds() {
    }

    /** The formats that can be read. */
    static final class Readable implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CivicWatch.formats().importers().stream().map(i -> i.descriptor().id()).iterator();
        }
    }

    /** The formats that can be written. */
    static final class Writable implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CivicWatch.formats().exporters().stream().map(e -> e.descriptor().id()).iterator();
        }
    }
}
