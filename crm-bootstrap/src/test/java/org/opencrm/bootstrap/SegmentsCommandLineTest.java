package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm segments save|list|show|members} with the real wiring on a real SQLite file. */
class SegmentsCommandLineTest {

    @TempDir
    Path dir;
    private String store;
    private final Crm crm = new Crm();

    @BeforeEach
    void customersWithPurchases() throws Exception {
        store = "--store=sqlite:" + dir.resolve("crm.db");
        Path csv = dir.resolve("purchases.csv");
        Files.writeString(csv, "purchase_id,customer_id,occurred_at,amount,customer_name\n"
                + "p1,ann,2024-05-01,100.00,张伟\n"
                + "p2,ann,2024-06-30,50.00,张伟\n"
                + "p3,bob,2023-02-01,500.00,Bob\n", StandardCharsets.UTF_8);
        assertThat(crm.run(store, "import", "purchases", csv.toString()).exitCode()).isZero();
        Crm.json(store, "customers", "add", "--name", "Cy", "--external-id", "default:cy", "--attr", "city=北京",
                "--created-at", "2024-01-01T00:00:00Z");
    }

    @Test
    void aSegmentIsSavedVersionedAndItsMembersListedAsOfADate() throws Exception {
        JsonNode saved = Crm.json(store, "segments", "save", "recent-spenders", "spend(90d) > 100 and stage != lapsed");
        assertThat(saved.get(0).get("version").asInt()).isOne();
        Crm.Result same = crm.run(store, "segments", "save", "recent-spenders", "spend(90d) > 100 and stage != lapsed");
        assertThat(same.err()).contains("unchanged: recent-spenders version 1");

        JsonNode members = Crm.json(store, "segments", "members", "recent-spenders", "--as-of", "2024-06-30");
        assertThat(members.get("base").asInt()).isEqualTo(3);
        assertThat(members.get("count").asInt()).isOne();
        assertThat(members.at("/members/0/name").asText()).isEqualTo("张伟");
        assertThat(members.at("/members/0/windows/90/spend").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(members.at("/members/0/windows/90/purchaseDays").asInt()).isEqualTo(2);

        Crm.json(store, "segments", "save", "recent-spenders", "spend(90d) > 1000");
        assertThat(Crm.json(store, "segments", "members", "recent-spenders", "--as-of", "2024-06-30").get("count")
                .asInt()).isZero();
        assertThat(Crm.json(store, "segments", "members", "recent-spenders", "--version", "1", "--as-of",
                "2024-06-30").get("count").asInt()).isOne();
        assertThat(Crm.json(store, "segments", "show", "recent-spenders")).hasSize(2);
        Crm.json(store, "segments", "save", "prospects", "stage = prospect");
        assertThat(Crm.json(store, "segments", "list")).extracting(s -> s.get("name").asText())
                .containsExactly("prospects", "recent-spenders");
        assertThat(crm.run(store, "--format", "csv", "segments", "members", "prospects", "--as-of", "2024-06-30")
                .out()).startsWith("customer_id,name,stage,tier,loyalty,rfm,rfm_segment,p_alive,clv").contains("Cy,prospect");
        assertThat(crm.run(store, "segments", "members", "prospects", "--as-of", "2024-06-30").out())
                .contains("Segment prospects version 1 as of 2024-06-30: 1 of 3 customers");

        JsonNode unsaved = Crm.json(store, "segments", "members", "--where", "purchases(3650d) >= 1", "--as-of",
                "2024-06-30");
        assertThat(unsaved.at("/segment/name").asText()).isEqualTo("unsaved");
        assertThat(unsaved.get("count").asInt()).isEqualTo(2);
        assertThat(Crm.json(store, "segments", "list")).hasSize(2);
        // A condition on the profile alone is evaluated by the store (SQL), with the same answer.
        JsonNode inBeijing = Crm.json(store, "segments", "members", "--where", "attr.city = '北京' and source = unknown",
                "--as-of", "2024-06-30");
        assertThat(inBeijing.get("base").asInt()).isEqualTo(3);
        assertThat(inBeijing.get("members")).extracting(m -> m.get("name").asText()).containsExactly("Cy");
        Crm.Result both = crm.run(store, "segments", "members", "prospects", "--where", "tier = major");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give either a segment NAME or --where CONDITION");
    }

    @Test
    void acquisitionEconomicsCountTheConvertedBySource() throws Exception {
        JsonNode r = Crm.json(store, "report", "acquisition", "--as-of", "2024-06-30");
        assertThat(r.get("sources")).hasSize(1);
        assertThat(r.at("/sources/0/source").asText()).isEqualTo("unknown");
        assertThat(r.at("/sources/0/customers").asInt()).isEqualTo(3);
        assertThat(r.at("/sources/0/converted").asInt()).isEqualTo(2);
        assertThat(r.at("/sources/0/acquisitionCost").isMissingNode()).isTrue();
        assertThat(r.get("notes").toString()).contains("no CLV");
        assertThat(crm.run(store, "report", "acquisition", "--as-of", "2024-06-30").out())
                .contains("Acquisition economics as of 2024-06-30", "unknown");
        Crm.Result prospects = crm.run(store, "report", "prospects", "--as-of", "2024-06-30");
        assertThat(prospects.exitCode()).isEqualTo(5);
        assertThat(prospects.err()).contains("prospect scoring learns from the strategic and major customers",
                "crm model fit");
    }

    @Test
    void badConditionsAndUnknownSegmentsAreRefusedClearly() {
        Crm.Result bad = crm.run(store, "segments", "save", "x", "spend(90d) > 100 and stage = gone");
        assertThat(bad.exitCode()).isEqualTo(5);
        assertThat(bad.err()).contains("'expression' column 30: expected one of prospect, new");
        Crm.Result name = crm.run(store, "segments", "save", "Big Ones", "tier = major");
        assertThat(name.exitCode()).isEqualTo(5);
        assertThat(name.err()).contains("'name' must be 1..64 lower-case letters");
        Crm.Result unknown = crm.run(store, "segments", "members", "nope");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("no segment nope");
        assertThat(crm.run(store, "segments", "show", "x", "--version", "2").exitCode()).isEqualTo(4);
    }
}
