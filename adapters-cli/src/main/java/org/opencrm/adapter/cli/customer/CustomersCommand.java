package org.opencrm.adapter.cli.customer;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm customers}: one customer at a time. */
@Command(name = "customers", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Adds, shows and lists customers, and shows one customer's timeline.")
public final class CustomersCommand {
}
