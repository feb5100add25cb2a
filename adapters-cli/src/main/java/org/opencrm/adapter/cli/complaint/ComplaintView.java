package org.opencrm.adapter.cli.complaint;

import java.io.PrintWriter;
import java.util.List;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.application.port.in.complaint.ComplaintStanding;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.formats.ComplaintJson;

/** Complaint cases as a table, CSV or JSON (the API's shape). */
final class ComplaintView {

    private ComplaintView() {
    }

    static void print(PrintWriter out, OutputFormat format, List<ComplaintStanding> cases) {
        switch (format) {
            case JSON -> Renderer.json(out, cases.stream().map(ComplaintJson::of).toList());
            case CSV -> Renderer.csv(out, table(cases));
            case TABLE -> Renderer.table(out, List.of(table(cases)));
        }
    }

    static void printOne(PrintWriter out, OutputFormat format, Complaint c) {
        switch (format) {
            case JSON -> Renderer.json(out, ComplaintJson.of(c));
            case CSV, TABLE -> {
                TableView t = new TableView("Complaint", List.of("complaint_id", "customer_id", "status", "opened_at",
                        "category", "severity", "summary", "resolved_at", "resolution"),
                        List.of(List.of(c.id().value(), c.customerId().value(), c.status().code(),
                                c.openedAt().toString(), c.category(), c.severity().code(), c.summary(),
                                c.resolvedAt().map(Object::toString).orElse(""), c.resolution().orElse(""))));
                if (format == OutputFormat.CSV) {
                    Renderer.csv(out, t);
                } else {
                    Renderer.table(out, List.of(t));
                }
            }
        }
    }

    private static TableView table(List<ComplaintStanding> cases) {
        return new TableView("Complaints", List.of("complaint_id", "customer_id", "status", "opened_at", "category",
                "severity", "tier", "due_by", "overdue", "summary"),
                cases.stream().map(s -> {
                    Complaint c = s.complaint();
                    return List.of(c.id().value(), c.customerId().value(), c.status().code(), c.openedAt().toString(),
                            c.category(), c.severity().code(), s.tier().map(Enum::name).orElse("untiered"),
                            s.dueBy().toString(), s.overdue() ? "yes" : "no", c.summary());
                }).toList());
    }
}
