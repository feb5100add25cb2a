package org.opencrm.adapter.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code crm --version}: the version from the jar manifest, else the one the build wrote beside the classes,
 * else "development".
 */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = CrmCommand.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = fromBuild();
        }
        return new String[] {"crm " + (version == null ? "development" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }

    private static String fromBuild() {
        try (java.io.InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return null;
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            String v = p.getProperty("version");
            return v == null || v.startsWith("${") ? null : v;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
