package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm report ... --segment NAME} on a real SQLite store: the segment's members counted, one truth kept. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentReportsCommandLineTest {

    private static final String AS_OF = "2024-12-31";

    @TempDir
    static Path dir;
    private String store;
    private final Crm crm = new Crm();
    private long champions;

    /** A generated store with value fits, and the saved segment of the RFM map's Champions. */
    @BeforeAll
    void aStoreWithFitsAndASegment() throws Exception {
        store = "--store=sqlite:" + dir.resolve("crm.db");
        Path csv = dir.resolve("purchases.csv");
        ok("bench", "generate", "--customers", "800", "--purchases", "6000", "--out", csv.toString());
        ok("import", "purchases", csv.toString());
        for (String end : new String[] {"2024-06-30", AS_OF}) {
            ok("model", "fit", "--calibration-end", end);
            ok("model", "fit", "--model", "gamma-gamma", "--calibration-end", end);
        }
        ok("segments", "save", "champions", "rfm_segment = 'Champions'");
        champions = Crm.json(store, "segments", "members", "champions", "--as-of", AS_OF).get("count").asLong();
        assertThat(champions).isPositive();
    }

    private void ok(String... args) {
        Crm.Result r = crm.run(Stream.concat(Stream.of(store, "--quiet"), Stream.of(args)).toArray(String[]::new));
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
    }

    @Test
    void eachReportCountsTheMembersOnly() throws Exception {
        JsonNode rfm = Crm.json(store, "report", "rfm", "--as-of", AS_OF, "--segment", "champions");
        assertThat(rfm.get("customers").asLong()).isEqualTo(champions);
        for (JsonNode row : rfm.get("segments")) {
            assertThat(row.get("customers").asLong()).as(row.get("segment").asText())
                    .isEqualTo(row.get("segment").asText().equals("Champions") ? champions : 0);
        }
        JsonNode whole = Crm.json(store, "report", "rfm", "--as-of", AS_OF);
        assertThat(rfm.get("recency")).as("the whole base's cut points").isEqualTo(whole.get("recency"));
        assertThat(Crm.json(store, "report", "lifecycle", "--as-of", AS_OF, "--segment", "champions").get("customers")
                .asLong()).isEqualTo(champions);
        assertThat(Crm.json(store, "report", "churn", "--as-of", AS_OF, "--segment", "champions").get("customers")
                .asLong()).isEqualTo(champions);
        assertThat(Crm.json(store, "report", "loyalty", "--as-of", AS_OF, "--segment", "champions").get("customers")
                .asLong()).isEqualTo(champions);
        JsonNode tiers = Crm.json(store, "report", "tiers", "--from", "2024-06-30", "--to", AS_OF, "--segment",
                "champions");
        long inTiers = 0;
        for (JsonNode size : tiers.get("sizesTo")) {
            inTiers += size.asLong();
        }
        assertThat(inTiers).isEqualTo(champions);
    }

    @Test
    void aMembersTierIsTheWholeBasesTier() throws Exception {
        JsonNode value = Crm.json(store, "report", "value", "--as-of", AS_OF, "--segment", "champions");
        assertThat(value.get("customers").asLong()).isEqualTo(champions);
        for (JsonNode tier : value.get("tiers")) {
            String name = tier.get("tier").asText().toLowerCase(java.util.Locale.ROOT);
            long listed = Crm.json(store, "segments", "members", "--as-of", AS_OF, "--where",
                    "rfm_segment = 'Champions' and tier = " + name).get("count").asLong();
            assertThat(tier.get("customers").asLong()).as(name).isEqualTo(listed);
        }
    }

    @Test
    void everyReportOfTheBaseTakesASegment() {
        for (String report : new String[] {"surveys", "complaints", "quality", "6i", "value-types", "acquisition",
            "prospects"}) {
            Crm.Result r = crm.run(store, "--format", "json", "report", report, "--as-of", AS_OF, "--segment",
                    "champions");
            assertThat(r.exitCode()).as(report + ": " + r.err()).isZero();
        }
        for (String model : new String[] {"dick-basu", "knox", "bradt"}) {
            Crm.Result r = crm.run(store, "--format", "json", "report", "loyalty", "--model", model, "--as-of", AS_OF,
                    "--segment", "champions");
            assertThat(r.exitCode()).as(model + ": " + r.err()).isZero();
            assertThat(r.out()).contains("\"customers\" : " + champions);
        }
        Crm.Result sixI = crm.run(store, "--format", "json", "report", "6i", "--as-of", AS_OF, "--segment", "champions");
        assertThat(sixI.out()).contains("a measure of the whole portfolio's effort against its value");
    }

    @Test
    void anUnknownSegmentIsNotFound() {
        Crm.Result r = crm.run(store, "report", "lifecycle", "--as-of", AS_OF, "--segment", "nope");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("nope").doesNotContain("Exception");
    }
}
