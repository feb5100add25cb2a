package org.opencrm.adapter.cli.interaction;

import java.io.PrintWriter;
import java.util.List;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;
import org.opencrm.formats.InteractionJson;

/** Interactions as a table, CSV (the import's columns, so a listing can be imported again) or JSON. */
final class InteractionView {

    private InteractionView() {
    }

    static void print(PrintWriter out, OutputFormat format, List<Interaction> interactions) {
        switch (format) {
            case JSON -> Renderer.json(out, interactions.stream().map(InteractionJson::of).toList());
            case CSV -> Renderer.csv(out, table(interactions));
            case TABLE -> Renderer.table(out, List.of(table(interactions)));
        }
    }

    private static TableView table(List<Interaction> interactions) {
        List<List<String>> rows = interactions.stream().map(i -> List.of(i.id().value(), i.customerId().value(),
                i.channel().code(), i.direction().code(), i.type(), i.summary(), i.occurredAt().toString(),
                i.outcome().orElse(""), i.owner().orElse(""), i.continues().map(InteractionId::value).orElse("")))
                .toList();
        return new TableView("Interactions", List.of("interaction_id", "customer_id", "channel", "direction", "type",
                "summary", "occurred_at", "outcome", "owner", "continues"), rows);
    }
}
