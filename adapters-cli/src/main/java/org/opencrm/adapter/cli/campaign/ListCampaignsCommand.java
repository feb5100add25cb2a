package org.opencrm.adapter.cli.campaign;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.campaign.CampaignReportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm campaigns list}. */
@Command(name = "list", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Lists the campaigns, newest start first.")
public final class ListCampaignsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final CampaignReportUseCase campaigns;

    @Inject
    public ListCampaignsCommand(CampaignReportUseCase campaigns) {
        this.campaigns = Objects.requireNonNull(campaigns);
    }

    @Override
    public Integer call() {
        CampaignView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), campaigns.campaigns());
        return ExitCodes.OK;
    }
}
