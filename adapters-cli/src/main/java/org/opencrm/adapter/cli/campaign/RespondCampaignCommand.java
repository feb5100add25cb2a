package org.opencrm.adapter.cli.campaign;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.campaign.CampaignReportUseCase;
import org.opencrm.application.port.in.campaign.RecordCampaignResponseUseCase;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.formats.CampaignResponseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm campaigns respond}. */
@Command(name = "respond", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Records a member's response to campaign CAMPAIGN_ID, once: --responded, --converted (bought "
                + "what was offered; implies responded) and the --revenue it brought, in the campaign's currency. "
                + "Control members respond too (they bought anyway). The same response again changes nothing; a "
                + "different one for the same member, or one for a customer not in the campaign, is refused (exit 5).")
public final class RespondCampaignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CAMPAIGN_ID")
    String campaign;

    @Option(names = "--customer", required = true, paramLabel = "ID", description = "The member's customer id.")
    String customer;

    @Option(names = "--responded", description = "The member responded.")
    boolean responded;

    @Option(names = "--converted", description = "The member bought what was offered.")
    boolean converted;

    @Option(names = "--revenue", paramLabel = "AMOUNT", description = "Revenue the response brought (default: 0).")
    BigDecimal revenue;

    @Option(names = "--at", paramLabel = "INSTANT", description = "When, ISO-8601 (default: now).")
    Instant at;

    private final RecordCampaignResponseUseCase respond;
    private final CampaignReportUseCase campaigns;

    @Inject
    public RespondCampaignCommand(RecordCampaignResponseUseCase respond, CampaignReportUseCase campaigns) {
        this.respond = Objects.requireNonNull(respond);
        this.campaigns = Objects.requireNonNull(campaigns);
    }

    @Override
    public Integer call() {
        CampaignId id = CampaignId.of(campaign);
        Optional<Money> money = Optional.ofNullable(revenue).map(r -> Money.of(r,
                campaigns.campaign(id).costPerContact().currency()));
        RecordCampaignResponseUseCase.Result r = respond.record(new RecordCampaignResponseUseCase.Command(id,
                CustomerId.of(customer), responded || converted, converted, money, Optional.ofNullable(at)));
        CampaignResponse x = r.response();
        if (GlobalOptions.format(spec) == OutputFormat.JSON) {
            Renderer.json(spec.commandLine().getOut(), CampaignResponseJson.of(x));
        } else {
            spec.commandLine().getOut().printf("%s %s: responded %s, converted %s, revenue %s%n",
                    r.created() ? "recorded" : "already recorded", x.customer().value(), x.responded(), x.converted(),
                    x.revenue());
        }
        return ExitCodes.OK;
    }
}
