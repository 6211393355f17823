package org.civicwatch.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of the command, from its jar's manifest. */
final class Version implements IVersionProvider {
    /** Creates the provider; picocli calls this. */
    Version() {
    }

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"civicwatch " + (v == null ? "(development build)" : v),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
