package org.opencrm.adapter.cli.model;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm model}: fit and inspect the customer-value models. */
@Command(name = "model", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Fits the customer-base models (BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma) on the store's "
                + "purchases and shows the stored fits.")
public final class ModelCommand {
}
