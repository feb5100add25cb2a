package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm complaints ...}, {@code crm followups ...} and {@code crm report complaints} on a real SQLite file. */
class ComplaintsCommandLineTest {

    @TempDir
    Path dir;
    private String store;
    private final Crm crm = new Crm();

    @BeforeEach
    void aCustomer() throws Exception {
        store = "--store=sqlite:" + dir.resolve("crm.db");
        Crm.json(store, "customers", "add", "--name", "张伟", "--external-id", "shop:zw");
    }

    @Test
    void aCaseRunsItsCourseSchedulesItsRevisitAndShowsInTheReport() throws Exception {
        Crm.json(store, "complaints", "open", "--external-id", "shop:zw", "--id", "k-1", "--category", "delivery",
                "--severity", "high", "--summary", "包裹丢了", "--at", "2024-05-01T08:00:00Z");
        Crm.Result illegal = crm.run(store, "complaints", "update", "k-1", "--status", "resolved", "--resolution", "x");
        assertThat(illegal.exitCode()).isEqualTo(5);
        assertThat(illegal.err()).contains("'status' cannot go from open to resolved");
        Crm.json(store, "complaints", "update", "k-1", "--status", "in-progress", "--at", "2024-05-01T09:00:00Z");
        Crm.Result resolved = crm.run(store, "complaints", "update", "k-1", "--status", "resolved", "--resolution",
                "resent", "--at", "2024-05-05T08:00:00Z");
        assertThat(resolved.exitCode()).as(resolved.err()).isZero();
        assertThat(resolved.err()).contains("follow-up complaint:k-1:0 scheduled for 2024-05-19");

        JsonNode profile = Crm.json(store, "customers", "show", "--external-id", "shop:zw", "--as-of", "2024-05-04");
        assertThat(profile.at("/standing/relationship/openComplaints").asInt()).isOne();
        assertThat(profile.at("/standing/relationship/overdueComplaints").asInt()).isOne();
        assertThat(profile.at("/standing/relationship/nextFollowUp").isMissingNode()).isTrue();
        assertThat(crm.run(store, "customers", "show", "--external-id", "shop:zw").out())
                .contains("next follow-up", "2024-05-19", "relationship quality");
        Crm.Result timeline = crm.run(store, "customers", "timeline", "--external-id", "shop:zw", "--as-of", "2024-05-31");
        assertThat(timeline.exitCode()).as(timeline.err()).isZero();
        assertThat(timeline.out()).contains("complaint", "包裹丢了", "complaint resolved", "resent", "follow-up");

        JsonNode overdueOnThe4th = Crm.json(store, "complaints", "list", "--overdue", "--as-of", "2024-05-04");
        assertThat(overdueOnThe4th).hasSize(1);
        assertThat(overdueOnThe4th.get(0).get("tier").asText()).isEqualTo("untiered");
        JsonNode report = Crm.json(store, "report", "complaints", "--as-of", "2024-05-31");
        assertThat(report.at("/total/medianResolutionHours").asDouble()).isEqualTo(96.0);
        assertThat(report.at("/total/resolvedWithinSla").asDouble()).isZero();
        Crm.Result csv = crm.run(store, "--format", "csv", "report", "complaints", "--as-of", "2024-05-31", "--section",
                "rows");
        assertThat(csv.out()).contains("untiered", "delivery");

        JsonNode late = Crm.json(store, "followups", "list", "--overdue", "--as-of", "2024-05-20");
        assertThat(late.get(0).get("followUpId").asText()).isEqualTo("complaint:k-1:0");
        Crm.json(store, "followups", "done", "complaint:k-1:0");
        assertThat(Crm.json(store, "followups", "list", "--overdue", "--as-of", "2024-05-20")).isEmpty();
        assertThat(crm.run(store, "followups", "done", "nope").exitCode()).isEqualTo(4);
    }

    @Test
    void firstBuyersAreScheduledOnceAndTheHelpExplainsTheLifecycle() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "purchase_id,customer_id,occurred_at,amount\np-1,zw,2024-12-20,10.00\n");
        Crm.json(store, "import", "purchases", csv.toString(), "--source", "shop");
        JsonNode first = Crm.json(store, "followups", "schedule", "--as-of", "2024-12-31");
        assertThat(first.get("scheduled").asInt()).isOne();
        assertThat(Crm.json(store, "followups", "schedule", "--as-of", "2024-12-31").get("existing").asInt()).isOne();
        assertThat(crm.run("complaints", "update", "--help").out()).contains("in-progress", "reopen");
    }
}
