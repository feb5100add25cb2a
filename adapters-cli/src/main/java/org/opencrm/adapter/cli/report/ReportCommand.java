package org.opencrm.adapter.cli.report;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm report}: the reports operators run. */
@Command(name = "report", description = "Reports on the customer base, as of a date.", footer = ExitCodes.HELP,
        mixinStandardHelpOptions = true)
public final class ReportCommand {
}
