package org.opencrm.adapter.cli.survey;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm surveys}: what customers answered. */
@Command(name = "surveys", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Records, lists and imports survey responses: satisfaction, repurchase intention, trust, "
                + "commitment and involvement (1-5), likelihood to recommend (0-10) and the number of other providers "
                + "used. `crm report surveys` gives the NPS; `crm report loyalty --model dick-basu|knox|bradt` and "
                + "`crm report quality` use the answers.")
public final class SurveysCommand {
}
