package org.opencrm.adapter.cli.campaign;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.campaign.StartCampaignUseCase;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm campaigns start}. */
@Command(name = "start", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Starts campaign NAME on a saved segment: its members as of the start date are snapshotted "
                + "once (the snapshot never changes), members without marketing consent for the channel (email, "
                + "phone) are left out and counted, and --control of them are held out at random with --seed (the "
                + "same seed draws the same control group). Exit code 4 for an unknown segment, 5 for a segment with "
                + "no one to contact or a control fraction outside (0, 0.5].")
public final class StartCampaignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "What the campaign is called.")
    String name;

    @Option(names = "--segment", required = true, description = "The saved segment it is drawn from.")
    String segment;

    @Option(names = "--segment-version", paramLabel = "N", description = "That version (default: the latest).")
    Integer segmentVersion;

    @Option(names = "--channel", required = true, description = "email, phone, letter, visit, chat or social.")
    String channel;

    @Option(names = "--offer", required = true, description = "What is offered.")
    String offer;

    @Option(names = "--cost-per-contact", required = true, paramLabel = "AMOUNT", description = "Cost of one contact.")
    BigDecimal costPerContact;

    @Option(names = "--fixed-cost", paramLabel = "AMOUNT", defaultValue = "0",
            description = "Cost of the campaign whatever its size (default: ${DEFAULT-VALUE}).")
    BigDecimal fixedCost;

    @Option(names = "--currency", paramLabel = "ISO", defaultValue = "USD",
            description = "Currency of the costs and revenues (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--control", paramLabel = "FRACTION", defaultValue = "0.1",
            description = "Share held out as the control group, more than 0 and at most 0.5 (default: ${DEFAULT-VALUE}).")
    double control;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random control group (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "Start date: the segment is evaluated then "
            + "(default: today).")
    LocalDate startOn;

    @Option(names = "--attribution-days", defaultValue = "30",
            description = "Days after the start within which responses count (default: ${DEFAULT-VALUE}).")
    int attributionDays;

    @Option(names = "--id", paramLabel = "CAMPAIGN_ID", description = "The campaign's id (default: a new one).")
    String id;

    private final StartCampaignUseCase start;

    @Inject
    public StartCampaignCommand(StartCampaignUseCase start) {
        this.start = Objects.requireNonNull(start);
    }

    @Override
    public Integer call() {
        StartCampaignUseCase.Started s = start.start(new StartCampaignUseCase.Command(
                Optional.ofNullable(id).map(CampaignId::of), name, segment, Optional.ofNullable(segmentVersion),
                ContactChannel.ofCode(channel), offer, Money.of(costPerContact, Money.currency(currency)),
                Money.of(fixedCost, Money.currency(currency)), control, seed, Optional.ofNullable(startOn),
                attributionDays));
        if (GlobalOptions.format(spec) == OutputFormat.TABLE) {
            ContactChannel ch = s.campaign().channel();
            boolean needsConsent = ch == ContactChannel.EMAIL || ch == ContactChannel.PHONE;
            spec.commandLine().getErr().printf("started %s: %d to contact, %d held out%s%n", s.campaign().id().value(),
                    s.treated(), s.control(), needsConsent ? ", " + s.campaign().excludedWithoutConsent()
                            + " left out without " + ch.code() + " consent" : "");
        }
        CampaignView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), List.of(s.campaign()));
        return ExitCodes.OK;
    }
}
