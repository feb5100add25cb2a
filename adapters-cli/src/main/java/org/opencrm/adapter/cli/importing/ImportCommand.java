package org.opencrm.adapter.cli.importing;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm import}: bulk loading from CSV files. */
@Command(name = "import", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Loads customers or purchases from a CSV file with a header row. Imports are idempotent: "
                + "re-running a file stores nothing twice, and a run that was cut off (even by kill -9) is "
                + "completed by running it again.")
public final class ImportCommand {
}
