package org.opencrm.adapter.cli.interaction;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm interactions}: contacts with customers. */
@Command(name = "interactions", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Records, lists and imports contacts with customers (calls, e-mails, visits, chats, social "
                + "messages, letters), threaded by the earlier contact each one continues.")
public final class InteractionsCommand {
}
