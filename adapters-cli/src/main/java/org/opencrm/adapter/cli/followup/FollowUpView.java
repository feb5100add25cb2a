package org.opencrm.adapter.cli.followup;

import java.io.PrintWriter;
import java.util.List;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.formats.FollowUpJson;

/** Follow-ups as a table, CSV or JSON. */
final class FollowUpView {

    private FollowUpView() {
    }

    static void print(PrintWriter out, OutputFormat format, List<FollowUp> followUps) {
        switch (format) {
            case JSON -> Renderer.json(out, followUps.stream().map(FollowUpJson::of).toList());
            case CSV -> Renderer.csv(out, table(followUps));
            case TABLE -> Renderer.table(out, List.of(table(followUps)));
        }
    }

    private static TableView table(List<FollowUp> followUps) {
        return new TableView("Follow-ups", List.of("follow_up_id", "customer_id", "due_on", "owner", "reason", "done_at"),
                followUps.stream().map(f -> List.of(f.id().value(), f.customerId().value(), f.dueOn().toString(),
                        f.owner().orElse(""), f.reason(), f.doneAt().map(Object::toString).orElse(""))).toList());
    }
}
