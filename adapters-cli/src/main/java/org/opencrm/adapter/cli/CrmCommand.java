package org.opencrm.adapter.cli;

import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code crm} root command: global options, shared by every subcommand wherever they are written. */
@Command(name = "crm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "CRM core: customers, purchases and the customer lifecycle.",
        description = "Stores customers and purchases in a pluggable store (SQLite by default) and reports on the "
                + "customer lifecycle. Run 'crm demo' to load the CDNOW demo data and see a report.",
        footer = ExitCodes.HELP)
public final class CrmCommand {

    @Option(names = "--store", scope = ScopeType.INHERIT, paramLabel = "URI",
            description = {"Store URI: sqlite:PATH (default sqlite:./crm.db), memory:, or a plugin's scheme.",
                "Falls back to the CRM_STORE environment variable."})
    String store;

    @Option(names = "--format", scope = ScopeType.INHERIT, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: table).")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--locale", scope = ScopeType.INHERIT, paramLabel = "TAG", defaultValue = "en",
            description = "Language and number format of --format html (an IETF tag: en, zh-CN, de; default: en).")
    String locale;

    @Option(names = "--output", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Where --format html writes the page (default: report-NAME-DATE.html).")
    java.nio.file.Path output;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "No progress output; errors only.")
    boolean quiet;
}
