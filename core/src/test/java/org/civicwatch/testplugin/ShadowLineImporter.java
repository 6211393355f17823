package org.civicwatch.testplugin;

import org.civicwatch.spi.FormatDescriptor;

/** A second provider claiming the test format's id, with a higher priority: it must win, and be reported. */
public class ShadowLineImporter extends LineImporter {

    @Override
    public FormatDescriptor descriptor() {
        FormatDescriptor d = LineFormat.DESCRIPTOR;
        return new FormatDescriptor(d.id(), "Test lines (override)", d.mediaType(), d.extensions(), d.options(), 10,
                d.description());
    }
}
