package org.opencrm.adapter.cli.campaign;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm campaigns}: direct-marketing campaigns with control groups. */
@Command(name = "campaigns", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Starts campaigns from saved segments (members snapshotted at the start, those without consent "
                + "for the channel left out, a control group held out at random with a seed), records members' "
                + "responses one by one or from a CSV file, and lists campaigns; crm report campaign ID measures one "
                + "against its control group.")
public final class CampaignsCommand {
}
