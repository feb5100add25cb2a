package org.opencrm.adapter.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code crm --version}: the version from the jar manifest, or "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = CrmCommand.class.getPackage().getImplementationVersion();
        return new String[] {"crm " + (version == null ? "development" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
