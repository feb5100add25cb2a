package org.opencrm.adapter.cli.segment;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.application.port.in.segment.SegmentMembersUseCase;
import org.opencrm.domain.segment.Segment;
import org.opencrm.formats.SegmentJson;
import org.opencrm.formats.SegmentMembersJson;

/** Segments and their members as a table, CSV or JSON (the API's shapes). */
final class SegmentView {

    private SegmentView() {
    }

    static void print(PrintWriter out, OutputFormat format, List<Segment> segments) {
        TableView table = new TableView("Segments", List.of("name", "version", "saved_at", "expression"),
                segments.stream().map(s -> List.of(s.name(), Integer.toString(s.version()), s.savedAt().toString(),
                        s.expression())).toList());
        switch (format) {
            case JSON -> Renderer.json(out, segments.stream().map(SegmentJson::of).toList());
            case CSV -> Renderer.csv(out, table);
            case TABLE -> Renderer.table(out, List.of(table));
        }
    }

    static void printMembers(PrintWriter out, OutputFormat format, SegmentMembersUseCase.Members m) {
        SegmentMembersJson json = SegmentMembersJson.of(m);
        List<Integer> windows = new ArrayList<>();
        json.members().stream().filter(x -> x.windows() != null).findFirst()
                .ifPresent(x -> windows.addAll(x.windows().keySet()));
        List<String> columns = new ArrayList<>(List.of("customer_id", "name", "stage", "tier", "loyalty", "rfm",
                "rfm_segment", "p_alive", "clv"));
        windows.forEach(d -> {
            columns.add("purchases_" + d + "d");
            columns.add("spend_" + d + "d");
        });
        List<List<String>> rows = new ArrayList<>();
        for (SegmentMembersJson.Member x : json.members()) {
            List<String> row = new ArrayList<>(List.of(x.customerId(), x.name(), text(x.stage()), text(x.tier()),
                    text(x.loyalty()), text(x.rfm()), text(x.rfmSegment()),
                    x.probabilityAlive() == null ? "" : Renderer.fixed(x.probabilityAlive(), 4),
                    x.clv() == null ? "" : x.clv().toPlainString()));
            for (int d : windows) {
                SegmentMembersJson.Window w = x.windows().get(d);
                row.add(Long.toString(w.purchaseDays()));
                row.add(w.spend().toPlainString());
            }
            rows.add(row);
        }
        TableView table = new TableView("Members", columns, rows);
        switch (format) {
            case JSON -> Renderer.json(out, json);
            case CSV -> Renderer.csv(out, table);
            case TABLE -> {
                Segment s = m.segment();
                out.printf("Segment %s version %d as of %s: %d of %d customers%n  %s%n%n", s.name(), s.version(),
                        m.asOf(), m.members().size(), m.base(), s.expression());
                Renderer.table(out, List.of(table));
                m.notes().forEach(n -> out.println("note: " + n));
                out.flush();
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
