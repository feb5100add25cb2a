package org.opencrm.adapter.cli.complaint;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm complaints}: complaint cases. */
@Command(name = "complaints", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Opens, moves and lists complaint cases. A case goes open -> in-progress -> resolved -> closed; "
                + "a resolved or closed case may be reopened. Each must be resolved within its customer's tier's "
                + "deadline (configured: complaints.sla-hours.*); resolving schedules a follow-up.")
public final class ComplaintsCommand {
}
