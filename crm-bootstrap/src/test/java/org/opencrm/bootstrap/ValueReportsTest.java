package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The value reports end to end on the CDNOW demo in SQLite: value, churn, tiers and loyalty. */
class ValueReportsTest {

    private static final long CUSTOMERS = 23_570;

    @TempDir
    static Path dir;

    private static String store;

    @BeforeAll
    static void loadAndFit() {
        store = "--store=sqlite:" + dir.resolve("crm.db");
        assertThat(new Crm().run(store, "--quiet", "demo").exitCode()).isZero();
        assertThat(new Crm().run(store, "model", "fit", "--calibration-end", "1998-06-30").exitCode()).isZero();
        // Without a spend model there is no CLV: refused, naming the fit to run.
        Crm.Result refused = new Crm().run(store, "report", "value", "--as-of", "1998-06-30");
        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("no fit of gamma-gamma yet; run 'crm model fit --model gamma-gamma");
        assertThat(new Crm().run(store, "model", "fit", "--model", "gamma-gamma", "--calibration-end", "1998-06-30")
                .exitCode()).isZero();
    }

    private static JsonNode json(String... args) throws Exception {
        return Crm.json(store, args);
    }

    @Test
    void valueReportSplitsTheWholeBaseIntoGridCellsAndTiers() throws Exception {
        JsonNode r = json("report", "value", "--as-of", "1998-06-30");
        assertThat(r.get("customers").asLong()).isEqualTo(CUSTOMERS);
        // Margin 1: historical value is all revenue (2,500,315.63 summed from the raw file), current the last year's.
        assertThat(r.at("/totals/historical").asDouble()).isCloseTo(2_500_315.63, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.at("/totals/current").asDouble()).isCloseTo(1_069_356.50, org.assertj.core.data.Offset.offset(0.01));
        long inGrid = 0;
        for (JsonNode cell : r.get("grid")) {
            inGrid += cell.get("customers").asLong();
        }
        assertThat(inGrid).isEqualTo(CUSTOMERS);
        long inTiers = 0;
        double clv = 0;
        double resources = 0;
        for (JsonNode tier : r.get("tiers")) {
            inTiers += tier.get("customers").asLong();
            clv += tier.get("clv").asDouble();
            resources += tier.get("resourceShare").asDouble();
        }
        assertThat(inTiers).isEqualTo(CUSTOMERS);
        assertThat(clv).isCloseTo(r.at("/totals/clv").asDouble(), org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(resources).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        // Strategic customers are both the most valuable so far and the most promising.
        JsonNode strategic = r.get("tiers").get(0);
        assertThat(strategic.get("tier").asText()).isEqualTo("STRATEGIC");
        assertThat(strategic.get("clv").asDouble() / strategic.get("customers").asLong())
                .isGreaterThan(r.at("/totals/clvMean").asDouble());
        assertThat(r.at("/clvDistribution/p50").asDouble()).isLessThan(r.at("/clvDistribution/p90").asDouble());

        // Margin and resource shares are assumptions the operator sets.
        JsonNode half = json("report", "value", "--as-of", "1998-06-30", "--margin", "0.5",
                "--resource-shares", "strategic=0.5,major=0.3,transactional=0.2,risk=0");
        assertThat(half.at("/totals/historical").asDouble()).isCloseTo(1_250_157.815, org.assertj.core.data.Offset.offset(0.01));
        assertThat(half.at("/totals/clv").asDouble()).isCloseTo(r.at("/totals/clv").asDouble() / 2,
                org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(half.get("tiers").get(0).get("resourceShare").asDouble()).isEqualTo(0.5);

        Crm.Result bad = new Crm().run(store, "report", "value", "--resource-shares", "gold=1");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("'--resource-shares': 'gold' is not a tier");
        assertThat(new Crm().run(store, "report", "value", "--margin", "1.5").err()).contains("'margin' must be in (0, 1]");
    }

    @Test
    void churnReportListsTheMostValuableSlippingCustomersFirst() throws Exception {
        JsonNode r = json("report", "churn", "--as-of", "1998-06-30", "--limit", "50");
        assertThat(r.get("alive").asLong() + r.get("atRisk").asLong() + r.get("lapsed").asLong()).isEqualTo(CUSTOMERS);
        assertThat(r.get("atRisk").asLong()).isPositive();
        assertThat(r.get("rows")).hasSize(50);
        double previous = Double.MAX_VALUE;
        for (JsonNode row : r.get("rows")) {
            assertThat(row.get("probabilityAlive").asDouble()).isLessThan(0.5);
            assertThat(row.get("historicalValue").asDouble()).isLessThanOrEqualTo(previous);
            assertThat(row.get("name").asText()).startsWith("CDNOW customer ");
            previous = row.get("historicalValue").asDouble();
        }
        // A stricter threshold can only shrink the at-risk group.
        JsonNode strict = json("report", "churn", "--as-of", "1998-06-30", "--at-risk-below", "0.3",
                "--lapsed-below", "0.1");
        assertThat(strict.get("atRisk").asLong() + strict.get("lapsed").asLong())
                .isLessThan(r.get("atRisk").asLong() + r.get("lapsed").asLong());
        assertThat(new Crm().run(store, "report", "churn", "--at-risk-below", "0.1", "--lapsed-below", "0.3").err())
                .contains("need 0 < 'lapsedBelow' < 'atRiskBelow' < 1");
    }

    @Test
    void tierReportCountsEveryMoveBetweenTwoDates() throws Exception {
        JsonNode r = json("report", "tiers", "--from", "1997-12-31", "--to", "1998-06-30");
        long moved = r.get("upgrades").asLong() + r.get("downgrades").asLong() + r.get("unchanged").asLong();
        // Every CDNOW customer made a first purchase in the first quarter of 1997: all are present at both dates.
        assertThat(moved).isEqualTo(CUSTOMERS);
        assertThat(r.get("entered").asLong()).isZero();
        long fromMoves = 0;
        for (JsonNode m : r.get("moves")) {
            fromMoves += m.get("customers").asLong();
        }
        assertThat(fromMoves).isEqualTo(CUSTOMERS);
        assertThat(r.get("upgrades").asLong()).isPositive();
        assertThat(r.get("downgrades").asLong()).isPositive();

        // Before the first purchases, nobody is in a tier: the history starts empty.
        JsonNode history = json("report", "tiers", "--from", "1996-12-31", "--to", "1998-06-30",
                "--external-id", "cdnow:00001", "--every", "6");
        assertThat(history.get("steps")).hasSize(4);
        assertThat(history.get("steps").get(0).has("tier")).isFalse();
        assertThat(history.get("steps").get(3).get("tier").asText()).isNotBlank();
        assertThat(new Crm().run(store, "report", "tiers", "--from", "1998-06-30", "--to", "1998-01-01").err())
                .contains("'from' 1998-06-30 must be before 'to' 1998-01-01");
        assertThat(new Crm().run(store, "report", "tiers", "--from", "1998-01-01", "--to", "1998-06-30",
                "--external-id", "cdnow:nobody").exitCode()).isEqualTo(4);
    }

    @Test
    void loyaltyReportPutsEveryCustomerInOneOfFourClasses() throws Exception {
        JsonNode r = json("report", "loyalty", "--model", "reinartz-kumar", "--as-of", "1998-06-30");
        long total = 0;
        for (JsonNode c : r.get("classes")) {
            total += c.get("customers").asLong();
        }
        assertThat(total).isEqualTo(CUSTOMERS);
        JsonNode friends = r.get("classes").get(0);
        JsonNode strangers = r.get("classes").get(3);
        assertThat(friends.get("class").asText()).isEqualTo("TRUE_FRIENDS");
        assertThat(strangers.get("class").asText()).isEqualTo("STRANGERS");
        assertThat(friends.get("meanClv").asDouble()).isGreaterThan(r.get("clvCut").asDouble())
                .isGreaterThan(strangers.get("meanClv").asDouble());
        assertThat(friends.get("meanLifetimeDays").asDouble()).isGreaterThan(strangers.get("meanLifetimeDays").asDouble());
        assertThat(new Crm().run(store, "report", "loyalty", "--model", "rfm").err())
                .contains("'--model' must be reinartz-kumar");
    }
}
