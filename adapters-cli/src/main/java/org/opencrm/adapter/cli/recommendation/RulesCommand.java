package org.opencrm.adapter.cli.recommendation;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm rules}: market-basket association rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Mines association rules (\"who buys A also buys B\") from the purchase line items and stores "
                + "them for the cross-sell and up-sell offers of crm nba; crm report rules shows them.")
public final class RulesCommand {
}
