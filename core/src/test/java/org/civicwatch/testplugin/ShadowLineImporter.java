package org.civicwatch.testplugin;

import org.civicwatch.spi.FormatDescriptor;

/** A second provider claiming the test format's id, with a higher priority: it must win, and be reported. */
public class ShadowLineImporter extends LineImporter {

    @Override
    public FormatDescriptor descriptor() {
        return LineFormat.DESCRIPTOR.toBuilder().name("Test lines (override)").priority(10).build();
    }
}
