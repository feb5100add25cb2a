package org.opencrm.adapter.cli.campaign;

import java.io.PrintWriter;
import java.util.List;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.formats.CampaignJson;

/** Campaigns as a table, CSV or JSON (the API's shape). */
final class CampaignView {

    private CampaignView() {
    }

    static void print(PrintWriter out, OutputFormat format, List<Campaign> campaigns) {
        TableView table = new TableView("Campaigns", List.of("campaign_id", "name", "segment", "segment_version",
                "channel", "started_on", "control_fraction", "seed", "cost_per_contact", "fixed_cost",
                "excluded_without_consent", "offer"), campaigns.stream().map(c -> List.of(c.id().value(), c.name(),
                c.segment(), Integer.toString(c.segmentVersion()), c.channel().code(), c.startedOn().toString(),
                Double.toString(c.controlFraction()), Long.toString(c.seed()), c.costPerContact().toString(),
                c.fixedCost().toString(), Long.toString(c.excludedWithoutConsent()), c.offer())).toList());
        switch (format) {
            case JSON -> Renderer.json(out, campaigns.stream().map(CampaignJson::of).toList());
            case CSV -> Renderer.csv(out, table);
            case TABLE -> Renderer.table(out, List.of(table));
        }
    }
}
