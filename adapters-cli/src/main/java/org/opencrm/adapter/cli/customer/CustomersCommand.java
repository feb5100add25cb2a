package org.opencrm.adapter.cli.customer;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm customers}: one customer at a time. */
@Command(name = "customers", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Adds, shows and lists customers, shows one customer's timeline, finds candidate duplicates and "
                + "merges two records of one person.")
public final class CustomersCommand {
}
