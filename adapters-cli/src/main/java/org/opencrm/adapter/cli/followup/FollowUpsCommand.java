package org.opencrm.adapter.cli.followup;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm followups}: scheduled revisits. */
@Command(name = "followups", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Schedules, completes and lists revisits of customers. The system schedules them too: after a "
                + "resolved complaint, and (with `crm followups schedule`) after recent first purchases, each the "
                + "customer's tier's cadence later (configured: follow-ups.cadence-days.*).")
public final class FollowUpsCommand {
}
