package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job: {@code crm demo} on the embedded SQLite default, twice. */
class DemoTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheCdnowHistoryOnceAndReportsEveryCustomer() throws Exception {
        String store = "--store=sqlite:" + dir.resolve("crm.db");
        Crm crm = new Crm();

        Crm.Result first = crm.run(store, "--quiet", "demo");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("69659 purchases read, 69659 stored now, 0 already there, "
                + "23570 customers registered", "Lifecycle report as of 1998-06-30");

        Crm.Result again = crm.run(store, "--quiet", "--format", "json", "demo");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(again.out());
        assertThat(report.get("customers").asLong()).isEqualTo(23_570);
        long sum = 0;
        for (JsonNode stage : report.get("stages")) {
            sum += stage.get("customers").asLong();
        }
        assertThat(sum).isEqualTo(23_570);
        // Revenue of the twelve months to 1998-06-30, summed exactly from the file's dollar values.
        assertThat(report.at("/revenue/USD").asText()).isEqualTo("1069356.50");
        assertThat(new Crm().run(store, "customers", "show", "--external-id", "cdnow:00001").out())
                .contains("CDNOW customer 00001");

        // The value models on the demo data: fitted, stored, shown.
        assertThat(crm.run(store, "model", "show").exitCode()).isEqualTo(4);
        Crm.Result fit = crm.run(store, "--format", "json", "model", "fit", "--model", "bgnbd",
                "--calibration-end", "1997-09-30");
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        JsonNode fitted = new ObjectMapper().readTree(fit.out());
        assertThat(fitted.get("customers").asLong()).isEqualTo(23_570);
        assertThat(fitted.get("converged").asBoolean()).isTrue();
        assertThat(fitted.get("logLikelihood").asDouble()).isGreaterThan(-95_368.45).isLessThan(-95_368.0);
        JsonNode shown = new ObjectMapper().readTree(crm.run(store, "--format", "json", "model", "show").out());
        assertThat(shown.get("items")).hasSize(1);
        assertThat(shown.at("/items/0")).isEqualTo(fitted); // the fit as stored, as GET /models shows it
        JsonNode check = new ObjectMapper().readTree(crm.run(store, "--format", "json", "model", "validate",
                "--holdout-end", "1998-06-30").out());
        assertThat(check.get("holdoutLength").asDouble()).isEqualTo(39.0);
        assertThat(check.get("rows")).hasSize(8);
        assertThat(check.get("actualTotal").asDouble()).isGreaterThan(10_000);
        assertThat(check.get("predictedTotal").asDouble()).isCloseTo(check.get("actualTotal").asDouble(),
                org.assertj.core.data.Percentage.withPercentage(20));
        assertThat(crm.run(store, "model", "fit", "--model", "weibull", "--calibration-end", "1997-09-30").err())
                .contains("'model' must be one of bgnbd, mbgnbd, pareto-nbd, gamma-gamma");

        // P(alive) of the stored MBG/NBD fit replaces the recency rule: same report, other stage counts.
        assertThat(crm.run(store, "model", "fit", "--model", "mbgnbd", "--calibration-end", "1998-06-30").exitCode())
                .isZero();
        Path config = dir.resolve("crm.properties");
        Files.writeString(config, "lifecycle.churn-signal = p-alive\nlifecycle.p-alive.model = mbgnbd\n");
        Crm.Result alive = new Crm().env("CRM_CONFIG", config.toString())
                .run(store, "--format", "json", "report", "lifecycle", "--as-of", "1998-06-30");
        assertThat(alive.exitCode()).as(alive.err()).isZero();
        JsonNode byAlive = new ObjectMapper().readTree(alive.out());
        assertThat(byAlive.get("customers").asLong()).isEqualTo(23_570);
        assertThat(lapsed(byAlive)).isNotEqualTo(lapsed(report));
        assertThat(byAlive.toString()).contains("\"stage\":\"AT_RISK\"");

        // One customer, one status: by default the lifecycle reads P(alive) from the same MBG/NBD fit as the
        // churn report, so their at-risk and lapsed counts are equal, and a lapsed one-time buyer is lapsed in both.
        assertThat(crm.run(store, "model", "fit", "--model", "gamma-gamma", "--calibration-end", "1998-06-30")
                .exitCode()).isZero();
        JsonNode stages = Crm.json(store, "report", "lifecycle", "--as-of", "1998-06-30");
        assertThat(stages.get("churnSignal").asText()).startsWith("P(alive) of mbgnbd (calibrated to 1998-06-30");
        JsonNode churn = Crm.json(store, "report", "churn", "--as-of", "1998-06-30");
        assertThat(churn.at("/purchaseModel/kind").asText()).isEqualTo("mbgnbd"); // as in /models/mbgnbd
        assertThat(churn.get("lapsed").asLong()).isPositive().isEqualTo(count(stages, "LAPSED"));
        assertThat(churn.get("atRisk").asLong()).isPositive().isEqualTo(count(stages, "AT_RISK"));
        JsonNode one = Crm.json(store, "report", "tiers", "--from", "1998-01-01", "--to", "1998-06-30",
                "--external-id", "cdnow:00001");
        double pAlive = one.get("steps").get(one.get("steps").size() - 1).get("probabilityAlive").asDouble();
        String status = pAlive < churn.get("lapsedBelow").asDouble() ? "LAPSED"
                : pAlive < churn.get("atRiskBelow").asDouble() ? "AT_RISK" : "ACTIVE";
        // Bought once, on 1997-01-01: slipping by P(alive), and the lifecycle says the same.
        assertThat(status).isNotEqualTo("ACTIVE");
        String timeline = crm.run(store, "customers", "timeline", "--as-of", "1998-06-30", "--external-id",
                "cdnow:00001").out();
        assertThat(timeline).contains("as of 1998-06-30: " + status);

        // One customer on one screen: the same figures the whole-base reports give them.
        JsonNode profile = Crm.json(store, "customers", "show", "--external-id", "cdnow:00001", "--as-of", "1998-06-30");
        assertThat(profile.at("/customer/name").asText()).isEqualTo("CDNOW customer 00001");
        JsonNode standing = profile.get("standing");
        assertThat(standing.at("/lifecycle/stage").asText()).isEqualTo(status);
        assertThat(standing.at("/lifecycle/since").asText()).startsWith("199");
        assertThat(standing.at("/value/status").asText()).isEqualTo(status);
        assertThat(standing.at("/value/probabilityAlive").asDouble()).isEqualTo(pAlive);
        assertThat(standing.at("/value/tier").asText()).isEqualTo(last(one).get("tier").asText().toUpperCase());
        assertThat(standing.at("/value/historical/USD").asText()).isEqualTo("11.77");
        assertThat(standing.at("/value/loyaltyClass").asText()).isIn("STRANGERS", "BUTTERFLIES");
        assertThat(standing.at("/rfm/purchaseDays").asInt()).isEqualTo(1);
        assertThat(standing.at("/rfm/monetary/USD").asText()).isEqualTo("11.77");
        assertThat(standing.at("/rfm/segment").asText()).isNotBlank();
        assertThat(standing.at("/valueType/insufficientData").asText()).contains("no line items");
        String table = crm.run(store, "customers", "show", "--external-id", "cdnow:00001", "--as-of", "1998-06-30").out();
        assertThat(table).contains("Standing as of 1998-06-30", "lifecycle stage", status + " since ", "loyalty class",
                "11.77 USD");
    }

    private static JsonNode last(JsonNode history) {
        return history.get("steps").get(history.get("steps").size() - 1);
    }

    private static long count(JsonNode report, String stage) {
        for (JsonNode s : report.get("stages")) {
            if (s.get("stage").asText().equals(stage)) {
                return s.get("customers").asLong();
            }
        }
        throw new AssertionError("no " + stage + " stage in " + report);
    }

    private static long lapsed(JsonNode report) {
        for (JsonNode stage : report.get("stages")) {
            if (stage.get("stage").asText().equals("LAPSED")) {
                return stage.get("customers").asLong();
            }
        }
        throw new AssertionError("no LAPSED stage in " + report);
    }
}
