package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm rules mine}, {@code crm report rules} and {@code crm nba} with the real wiring on a real SQLite file. */
class NextBestActionCommandLineTest {

    @TempDir
    Path dir;
    private String store;
    private final Crm crm = new Crm();

    /**
     * Baskets by 2024-06-30: ann {茶, cup}, bob {茶, cup} (two purchases, one day), cy {茶}, dee {cake}; ann's July
     * basket is after the date. 茶 is in 3 of 4 baskets, cup in 2, both in 2: cup -> 茶 confidence 1, lift 4/3;
     * 茶 -> cup confidence 2/3, lift 4/3.
     */
    @BeforeEach
    void purchasesWithLineItems() throws Exception {
        store = "--store=sqlite:" + dir.resolve("crm.db");
        Path csv = dir.resolve("purchases.csv");
        Files.writeString(csv, "purchase_id,customer_id,occurred_at,amount,product_id,category,quantity,unit_price\n"
                + "p1,ann,2024-06-01,10.00,茶,tea,1,10.00\n"
                + "p2,ann,2024-06-01,4.00,cup,tea,1,4.00\n"
                + "p3,bob,2024-06-02,10.00,茶,tea,1,10.00\n"
                + "p4,bob,2024-06-02,8.00,cup,tea,2,4.00\n"
                + "p5,cy,2024-06-03,10.00,茶,tea,1,10.00\n"
                + "p6,dee,2024-06-04,6.00,cake,bakery,1,6.00\n"
                + "p7,ann,2024-07-01,6.00,cake,bakery,1,6.00\n", StandardCharsets.UTF_8);
        assertThat(crm.run(store, "import", "purchases", csv.toString()).exitCode()).isZero();
    }

    @Test
    void rulesAreMinedStoredAndReportedAsOfADate() throws Exception {
        Crm.Result none = crm.run(store, "report", "rules", "--as-of", "2024-06-30");
        assertThat(none.exitCode()).isEqualTo(5);
        assertThat(none.err()).contains("crm rules mine --as-of 2024-06-30");

        assertThat(crm.run(store, "rules", "mine", "--as-of", "2024-06-30").out())
                .contains("Mined 2 rules over 3 products from 4 baskets (6 lines) up to 2024-06-30; stored.");
        JsonNode r = Crm.json(store, "report", "rules", "--as-of", "2024-12-31");
        assertThat(r.get("asOf").asText()).isEqualTo("2024-06-30");
        assertThat(r.get("baskets").asInt()).isEqualTo(4);
        assertThat(r.at("/rules/0/antecedent").asText()).isEqualTo("cup");
        assertThat(r.at("/rules/0/consequent").asText()).isEqualTo("茶");
        assertThat(r.at("/rules/0/support").asDouble()).isEqualTo(0.5);
        assertThat(r.at("/rules/0/confidence").asDouble()).isEqualTo(1.0);
        assertThat(r.at("/rules/0/lift").asDouble()).isEqualTo(1.333333);
        assertThat(r.at("/rules/1/confidence").asDouble()).isEqualTo(0.666667);
        assertThat(r.at("/rules/1/consequentMeanPrice/USD").asText()).isEqualTo("4.00");
        assertThat(crm.run(store, "--format", "csv", "report", "rules", "--as-of", "2024-06-30").out())
                .startsWith("antecedent,consequent,support,confidence,lift,");

        Crm.Result bad = crm.run(store, "rules", "mine", "--min-confidence", "1.5");
        assertThat(bad.exitCode()).isEqualTo(5);
        assertThat(bad.err()).contains("minConfidence").doesNotContain("Exception");
    }

    @Test
    void nextBestActionsForACustomerAndForEveryone() throws Exception {
        Crm.json(store, "rules", "mine", "--as-of", "2024-06-30");
        JsonNode cy = Crm.json(store, "nba", "--external-id", "default:cy", "--as-of", "2024-06-30");
        assertThat(cy.get("rulesAsOf").asText()).isEqualTo("2024-06-30");
        assertThat(cy.at("/actions/0/action").asText()).isEqualTo("cross-sell");
        assertThat(cy.at("/actions/0/subject").asText()).isEqualTo("cup");
        // P = 2/3 (no value fits: P(alive) taken as 1) x the cup's mean price 4.00.
        assertThat(cy.at("/actions/0/expectedValue/USD").asText()).isEqualTo("2.67");
        assertThat(cy.at("/actions/0/figures/rule").asText()).isEqualTo("茶 -> cup");
        assertThat(cy.get("notes").toString()).contains("crm model fit");

        Crm.Result csv = crm.run(store, "--format", "csv", "nba", "--segment", "all", "--as-of", "2024-06-30");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).startsWith("customerId,rank,action,subject,reason,");
        // dee bought cake alone by the date, ann and bob both products: only cy has an offer.
        assertThat(csv.out().lines().skip(1)).hasSize(1).allSatisfy(l -> assertThat(l).contains(",1,cross-sell,cup,"));
        assertThat(crm.run(store, "nba", "--external-id", "default:cy", "--as-of", "2024-06-30").out())
                .contains("cross-sell", "2.67 USD", "茶 -> cup");
    }

    @Test
    void badRequestsAreRefusedWithAnExitCodeAndOneLine() {
        Crm.Result neither = crm.run(store, "nba");
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("give either a customer");
        Crm.Result nobody = crm.run(store, "nba", "nobody");
        assertThat(nobody.exitCode()).isEqualTo(4);
        Crm.Result noSegment = crm.run(store, "nba", "--segment", "no-such-segment");
        assertThat(noSegment.exitCode()).isEqualTo(4);
        assertThat(noSegment.err()).contains("no-such-segment").doesNotContain("Exception");
    }
}
