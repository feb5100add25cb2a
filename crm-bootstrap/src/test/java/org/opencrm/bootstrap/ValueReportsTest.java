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
        // The default purchase model is the churn policy's: MBG/NBD.
        assertThat(new Crm().run(store, "model", "fit", "--calibration-end", "1998-06-30").out()).contains("mbgnbd");
        // Without a spend model there is no CLV: refused, naming the fit to run.
        Crm.Result refused = new Crm().run(store, "report", "value", "--as-of", "1998-06-30");
        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("no fit of gamma-gamma calibrated on or before 1998-06-30; "
                + "run 'crm model fit --model gamma-gamma --calibration-end 1998-06-30'");
        assertThat(new Crm().run(store, "model", "fit", "--model", "gamma-gamma", "--calibration-end", "1998-06-30")
                .exitCode()).isZero();
        // Fits at the end of 1997 too, so the tiers of 1997-12-31 are valued without look-ahead.
        for (String model : new String[] {"mbgnbd", "gamma-gamma"}) {
            assertThat(new Crm().run(store, "model", "fit", "--model", model, "--calibration-end", "1997-12-31")
                    .exitCode()).isZero();
        }
    }

    private static JsonNode json(String... args) throws Exception {
        return Crm.json(store, args);
    }

    @Test
    void valueReportSplitsTheWholeBaseIntoGridCellsAndTiers() throws Exception {
        JsonNode r = json("report", "value", "--as-of", "1998-06-30");
        assertThat(r.get("customers").asLong()).isEqualTo(CUSTOMERS);
        // Margin 1: historical value is all revenue (2,500,315.63 summed from the raw file), current the last year's.
        assertThat(r.at("/historicalTotal/USD").asText()).isEqualTo("2500315.63");
        assertThat(r.at("/currentTotal/USD").asText()).isEqualTo("1069356.50");
        assertThat(r.at("/purchaseModel/calibrationEnd").asText()).isEqualTo("1998-06-30");
        long inGrid = 0;
        for (JsonNode cell : r.get("grid")) {
            inGrid += cell.get("customers").asLong();
        }
        assertThat(inGrid).isEqualTo(CUSTOMERS);
        long inTiers = 0;
        java.math.BigDecimal clv = java.math.BigDecimal.ZERO;
        double resources = 0;
        for (JsonNode tier : r.get("tiers")) {
            inTiers += tier.get("customers").asLong();
            clv = clv.add(new java.math.BigDecimal(tier.at("/clv/USD").asText()));
            resources += tier.get("resourceShare").asDouble();
        }
        assertThat(inTiers).isEqualTo(CUSTOMERS);
        // Exact: the tiers' CLV adds up to the total to the cent.
        assertThat(clv).isEqualByComparingTo(r.at("/clvTotal/USD").asText());
        assertThat(resources).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        // Strategic customers are both the most valuable so far and the most promising.
        JsonNode strategic = r.get("tiers").get(0);
        assertThat(strategic.get("tier").asText()).isEqualTo("STRATEGIC");
        assertThat(strategic.at("/clv/USD").asDouble() / strategic.get("customers").asLong())
                .isGreaterThan(r.at("/clvMean/USD").asDouble());
        JsonNode quantiles = r.get("clvDistribution");
        assertThat(quantiles.get(2).get("p").asDouble()).isEqualTo(0.5);
        assertThat(quantiles.get(2).at("/clv/USD").asDouble()).isLessThan(quantiles.get(4).at("/clv/USD").asDouble());

        // Margin and resource shares are assumptions the operator sets.
        JsonNode half = json("report", "value", "--as-of", "1998-06-30", "--margin", "0.5",
                "--resource-shares", "strategic=0.5,major=0.3,transactional=0.2,risk=0");
        // Each customer's value is rounded to the cent and totals add those up exactly (so tiers sum to the total):
        // within half a cent per customer of half the revenue.
        assertThat(half.at("/historicalTotal/USD").asDouble()).isCloseTo(1_250_157.815,
                org.assertj.core.data.Offset.offset(0.005 * CUSTOMERS));
        assertThat(half.at("/clvTotal/USD").asDouble()).isCloseTo(r.at("/clvTotal/USD").asDouble() / 2,
                org.assertj.core.data.Offset.offset(0.01 * CUSTOMERS));
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
            assertThat(row.at("/customer/probabilityAlive").asDouble()).isLessThan(0.5);
            assertThat(row.at("/customer/historicalValue/USD").asDouble()).isLessThanOrEqualTo(previous);
            assertThat(row.get("name").asText()).startsWith("CDNOW customer ");
            previous = row.at("/customer/historicalValue/USD").asDouble();
        }
        // A stricter threshold can only shrink the at-risk group.
        JsonNode strict = json("report", "churn", "--as-of", "1998-06-30", "--at-risk-below", "0.3",
                "--lapsed-below", "0.1");
        assertThat(strict.get("atRisk").asLong() + strict.get("lapsed").asLong())
                .isLessThan(r.get("atRisk").asLong() + r.get("lapsed").asLong());
        assertThat(new Crm().run(store, "report", "churn", "--at-risk-below", "0.1", "--lapsed-below", "0.3").err())
                .contains("need 0 < lapsedBelow < atRiskBelow < 1");
    }

    @Test
    void tierReportCountsEveryMoveBetweenTwoDates() throws Exception {
        JsonNode r = json("report", "tiers", "--from", "1997-12-31", "--to", "1998-06-30");
        long moved = r.at("/movements/upgrades").asLong() + r.at("/movements/downgrades").asLong()
                + r.at("/movements/unchanged").asLong();
        // Every CDNOW customer made a first purchase in the first quarter of 1997: all are present at both dates.
        assertThat(moved).isEqualTo(CUSTOMERS);
        assertThat(r.get("entered").asLong()).isZero();
        // Each date valued by the fit calibrated by then: no look-ahead.
        assertThat(r.at("/purchaseModelFrom/calibrationEnd").asText()).isEqualTo("1997-12-31");
        assertThat(r.at("/purchaseModelTo/calibrationEnd").asText()).isEqualTo("1998-06-30");
        long fromMoves = 0;
        for (JsonNode to : r.at("/movements/moves")) {
            for (JsonNode n : to) {
                fromMoves += n.asLong();
            }
        }
        assertThat(fromMoves).isEqualTo(CUSTOMERS);
        assertThat(r.at("/movements/upgrades").asLong()).isPositive();
        assertThat(r.at("/movements/downgrades").asLong()).isPositive();

        // Before the first purchases, nobody is in a tier: the history starts empty.
        JsonNode history = json("report", "tiers", "--from", "1996-12-31", "--to", "1998-06-30",
                "--external-id", "cdnow:00001", "--every", "6");
        assertThat(history.get("steps")).hasSize(4);
        assertThat(history.get("steps").get(0).has("tier")).isFalse();
        assertThat(history.get("steps").get(0).has("purchaseModel")).isFalse();
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
        assertThat(friends.get("loyaltyClass").asText()).isEqualTo("TRUE_FRIENDS");
        assertThat(strangers.get("loyaltyClass").asText()).isEqualTo("STRANGERS");
        assertThat(friends.at("/meanClv/USD").asDouble()).isGreaterThan(r.at("/clvCut/USD").asDouble())
                .isGreaterThan(strangers.at("/meanClv/USD").asDouble());
        assertThat(r.get("aliveCut").asDouble()).isEqualTo(0.5);
        assertThat(friends.get("meanDurationDays").asDouble()).isGreaterThan(strangers.get("meanDurationDays").asDouble());
        assertThat(new Crm().run(store, "report", "loyalty", "--model", "rfm").err())
                .contains("'model' must be one of reinartz-kumar, dick-basu, knox, bradt, got 'rfm'");
    }

    @Test
    void tablesShouldLabelMoneyWithItsCurrencyAndNameWhatTheyCount() {
        String value = new Crm().run(store, "report", "value", "--as-of", "1998-06-30", "--margin", "0.3").out();
        assertThat(value).contains("amounts in USD", "margin 30.0% of revenue", "total_USD", "per_customer_USD",
                "historical_value_USD", "clv_USD").containsPattern("spend from gamma-gamma calibrated to 1998-06-30, "
                + "fitted \\S+ on [1-9][0-9]{3,4} repeat buyers");
        String churn = new Crm().run(store, "report", "churn", "--as-of", "1998-06-30", "--limit", "3").out();
        assertThat(churn).containsPattern("historical value of those slipping: [0-9]+\\.[0-9]{2} USD")
                .contains("historical_value_USD", "clv_USD", "P(alive) of mbgnbd calibrated to 1998-06-30");
        assertThat(new Crm().run(store, "report", "loyalty", "--as-of", "1998-06-30").out())
                .contains("mean_clv_USD", "total_clv_USD").containsPattern("CLV over [0-9.]+ USD \\(median\\)");
        String rfm = new Crm().run(store, "report", "rfm", "--as-of", "1998-06-30").out();
        assertThat(rfm).contains("frequency (purchase days)", "monetary (USD)", "mean_purchase_days", "mean_monetary_USD");
        // No customer is new in the CDNOW data by mid-1998: an empty segment has no means, not zeros.
        assertThat(new Crm().run(store, "report", "rfm", "--as-of", "1998-06-30", "--format", "csv").out())
                .contains("\nNew,0,0.0000,,,\n");
    }
}
