package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.campaign.CampaignReportUseCase;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.formats.CampaignReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm report campaign}. */
@Command(name = "campaign", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "One campaign against its control group: each group's members, responders, converters and "
                + "revenue; the cost (contacts x cost per contact + fixed cost); ROI on the contacted group's revenue "
                + "and on the revenue added over control; the lift of the response and conversion rates with "
                + "Newcombe's 95% interval (hybrid score, from Wilson intervals), and of revenue per member with a "
                + "bootstrap 95% interval (2,000 resamples drawn with the campaign's seed); and the same per "
                + "relationship tier and per RFM segment as they were at the start (tiers need value fits "
                + "calibrated by then). Exit code 4 for an unknown campaign.")
public final class CampaignReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CAMPAIGN_ID")
    String campaign;

    @Option(names = "--section", paramLabel = "lift|breakdown",
            description = "What --format csv writes: the lift table (default) or the per tier and segment table.")
    String section;

    private final CampaignReportUseCase reports;

    @Inject
    public CampaignReportCommand(CampaignReportUseCase reports) {
        this.reports = Objects.requireNonNull(reports);
    }

    @Override
    public Integer call() {
        if (section != null && !List.of("lift", "breakdown").contains(section)) {
            throw new IllegalArgumentException("'section' must be one of [lift, breakdown], got '" + section + "'");
        }
        CampaignReportJson r = CampaignReportJson.of(reports.report(CampaignId.of(campaign)));
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> groups = new ArrayList<>();
        for (var g : List.of(r.treated(), r.control())) {
            groups.add(List.of(g == r.treated() ? "contacted" : "control", Long.toString(g.members()),
                    Long.toString(g.responded()), Renderer.fixed(g.responseRate(), 4), Long.toString(g.converted()),
                    Renderer.fixed(g.conversionRate(), 4), g.revenue().toString()));
        }
        TableView groupTable = new TableView("Groups", List.of("group", "members", "responded", "response_rate",
                "converted", "conversion_rate", "revenue"), groups);
        List<List<String>> lifts = new ArrayList<>();
        if (r.responseLift() != null) {
            lifts.add(lift("response rate", r.responseLift()));
            lifts.add(lift("conversion rate", r.conversionLift()));
            lifts.add(List.of("revenue per member", Renderer.fixed(r.revenueLift().difference(), 2),
                    Renderer.fixed(r.revenueLift().lower(), 2), Renderer.fixed(r.revenueLift().upper(), 2),
                    r.revenueLift().lower() > 0 ? "yes" : "no"));
        }
        CampaignReportJson.PurchasesJson bought = r.attributedPurchases();
        if (bought.buyingLift() != null) {
            lifts.add(lift("bought in the window", bought.buyingLift()));
        }
        TableView boughtTable = new TableView("Bought in the attribution window (" + r.campaign().attributionDays()
                + " days from the start)", List.of("group", "buyers", "revenue"), List.of(
                List.of("contacted", Long.toString(bought.treatedBuyers()), bought.treatedRevenue().toString()),
                List.of("control", Long.toString(bought.controlBuyers()), bought.controlRevenue().toString())));
        TableView liftTable = new TableView("Lift over control (95% intervals)", List.of("measure", "difference",
                "lower", "upper", "above_zero"), lifts);
        List<List<String>> kinds = new ArrayList<>();
        for (CampaignReportJson.BreakdownJson b : r.breakdown()) {
            CampaignReportJson.LiftJson l = b.responseLift();
            kinds.add(List.of(b.dimension(), b.value(), Long.toString(b.treated().members()),
                    Renderer.fixed(b.treated().responseRate(), 4), Long.toString(b.control().members()),
                    Renderer.fixed(b.control().responseRate(), 4), l == null ? "no control" : Renderer.fixed(
                            l.difference(), 4), l == null ? "" : Renderer.fixed(l.lower(), 4),
                    l == null ? "" : Renderer.fixed(l.upper(), 4)));
        }
        TableView kindTable = new TableView("Per tier and RFM segment at the start (response rate, 95% intervals)",
                List.of("by", "kind", "contacted", "response_rate", "control", "control_rate", "lift", "lower",
                        "upper"), kinds);
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.csv(out, "breakdown".equals(section) ? kindTable : liftTable);
            case TABLE -> {
                out.printf("Campaign %s (%s) on %s v%d via %s, started %s: cost %s, ROI %s, incremental ROI %s%n%n",
                        r.campaign().campaignId(), r.campaign().name(), r.campaign().segment(),
                        r.campaign().segmentVersion(), r.campaign().channel(), r.campaign().startedOn(), r.cost(),
                        r.roi() == null ? "no data" : Renderer.fixed(r.roi(), 3),
                        r.incrementalRoi() == null ? "no data" : Renderer.fixed(r.incrementalRoi(), 3));
                Renderer.table(out, List.of(groupTable, boughtTable, liftTable, kindTable));
                if (r.responseLift() == null) {
                    out.println("note: no control group (the segment was too small to hold anyone out): no lift");
                }
                r.notes().forEach(n -> out.println("note: " + n));
            }
        }
        return ExitCodes.OK;
    }

    private static List<String> lift(String measure, CampaignReportJson.LiftJson l) {
        return List.of(measure, Renderer.fixed(l.difference(), 4), Renderer.fixed(l.lower(), 4),
                Renderer.fixed(l.upper(), 4), l.significant() ? "yes" : "no");
    }
}
