package org.opencrm.adapter.cli.customer;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.customer.MergeCustomersUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.formats.CustomerMergeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm customers merge}: two records of one person become one. */
@Command(name = "merge", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Merges ABSORBED into SURVIVOR in one transaction: every purchase, interaction, complaint, "
                + "follow-up, survey response and external id of ABSORBED moves to SURVIVOR; SURVIVOR's empty "
                + "fields (contact points, attributes, an unknown acquisition source) are filled from ABSORBED, its "
                + "own values and marketing consent are kept; ABSORBED's id and external ids keep resolving to "
                + "SURVIVOR on the command line, over REST and in imports. The merge is logged (crm customers show "
                + "lists it). Running it again answers the first merge. Exit code 4 if either customer is unknown, "
                + "5 if they are one and the same or either was merged away already.")
public final class MergeCustomersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SURVIVOR", description = "Id of the customer record that stays.")
    String survivor;

    @Parameters(index = "1", paramLabel = "ABSORBED", description = "Id of the record merged into it.")
    String absorbed;

    private final MergeCustomersUseCase merge;

    @Inject
    public MergeCustomersCommand(MergeCustomersUseCase merge) {
        this.merge = Objects.requireNonNull(merge);
    }

    @Override
    public Integer call() {
        CustomerMerge m = merge.merge(new MergeCustomersUseCase.Command(CustomerId.of(survivor),
                CustomerId.of(absorbed)));
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, CustomerMergeJson.of(m));
            case CSV -> Renderer.csv(out, CustomerView.merges(List.of(m)));
            case TABLE -> {
                out.println("Merged " + m.absorbed().value() + " (" + m.absorbedName() + ") into "
                        + m.survivor().value() + ".");
                Renderer.table(out, List.of(CustomerView.merges(List.of(m))));
            }
        }
        return ExitCodes.OK;
    }
}
