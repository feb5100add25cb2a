package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A customer's tier history and a model's holdout check over HTTP, on the CDNOW demo: the same numbers as the
 * command line's JSON for the same question.
 */
class RestValueEndpointsTest extends ServedApiTest {

    private String store;

    @Override
    void prepare(String store) {
        this.store = store;
        assertThat(new Crm().run("--store", store, "--quiet", "demo").exitCode()).isZero();
        for (String model : new String[] {"mbgnbd", "bgnbd", "gamma-gamma"}) {
            assertThat(new Crm().run("--store", store, "model", "fit", "--model", model, "--calibration-end",
                    "1997-09-30").exitCode()).isZero();
        }
        for (String model : new String[] {"mbgnbd", "gamma-gamma"}) {
            assertThat(new Crm().run("--store", store, "model", "fit", "--model", model, "--calibration-end",
                    "1997-06-30").exitCode()).isZero();
        }
    }

    private JsonNode cli(String... args) throws Exception {
        return Crm.json("--store=" + store, args);
    }

    @Test
    void aCustomersTierHistoryIsTheCommandLinesHistory() throws Exception {
        String id = JSON.readTree(get("/customers?externalId=cdnow:00001").body()).at("/items/0/id").asText();
        HttpResponse<String> served = get("/customers/" + id + "/tiers?from=1996-12-31&to=1998-06-30&every=6", reader);
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        JsonNode api = JSON.readTree(served.body());
        JsonNode cli = cli("report", "tiers", "--from", "1996-12-31", "--to", "1998-06-30", "--customer", id,
                "--every", "6");
        assertThat(api.get("customerId").asText()).isEqualTo(id);
        assertThat(api.get("steps")).hasSize(4).hasSameSizeAs(cli.get("steps"));
        // Before every fit nothing is valued (a later fit would look ahead): the first step is the date alone.
        assertThat(api.at("/steps/0").size()).isEqualTo(1);
        // Each later date by the latest fit calibrated by then.
        assertThat(api.at("/steps/1/calibrationEnd").asText()).isEqualTo("1997-06-30");
        assertThat(api.at("/steps/2/calibrationEnd").asText()).isEqualTo("1997-09-30");
        // The command line and the API write the same document.
        assertThat(api).isEqualTo(cli);
        for (int i = 1; i < 4; i++) {
            JsonNode a = api.get("steps").get(i);
            JsonNode c = cli.get("steps").get(i);
            assertThat(a.get("date").asText()).isEqualTo(c.get("date").asText());
            assertThat(a.get("tier").asText()).isEqualTo(c.get("tier").asText());
            assertThat(a.get("historicalTercile").asText()).isEqualTo(c.get("historicalTercile").asText());
            assertThat(a.get("potentialTercile").asText()).isEqualTo(c.get("potentialTercile").asText());
            assertThat(a.at("/clv/USD").asText()).isEqualTo(c.at("/clv/USD").asText()).matches("\\d+\\.\\d\\d");
            assertThat(a.get("probabilityAlive").asDouble()).isCloseTo(c.get("probabilityAlive").asDouble(), within(0.00005));
        }

        assertThat(get("/customers/nobody/tiers?from=1997-01-01&to=1998-01-01").statusCode()).isEqualTo(404);
        HttpResponse<String> badStep = get("/customers/" + id + "/tiers?from=1997-01-01&to=1998-01-01&every=0");
        assertThat(badStep.statusCode()).isEqualTo(400);
        assertThat(badStep.body()).contains("'every' must be at least 1 month");
        HttpResponse<String> backwards = get("/customers/" + id + "/tiers?from=1998-01-01&to=1997-01-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aModelsHoldoutCheckIsTheCommandLinesCheck() throws Exception {
        HttpResponse<String> served = get("/models/bgnbd/validation?holdoutEnd=1998-06-30", reader);
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        JsonNode api = JSON.readTree(served.body());
        JsonNode cli = cli("model", "validate", "--model", "bgnbd", "--holdout-end", "1998-06-30");
        // One shape (ValidationJson); the predicted sums may differ in their last bits from run to run.
        List<String> apiFields = new ArrayList<>();
        api.fieldNames().forEachRemaining(apiFields::add);
        List<String> cliFields = new ArrayList<>();
        cli.fieldNames().forEachRemaining(cliFields::add);
        assertThat(apiFields).isEqualTo(cliFields);
        assertThat(api.get("model").asText()).isEqualTo("bgnbd");
        assertThat(api.get("calibrationEnd").asText()).isEqualTo("1997-09-30");
        assertThat(api.get("unit").asText()).isEqualTo("weeks");
        assertThat(api.get("holdoutLength").asDouble()).isCloseTo(cli.get("holdoutLength").asDouble(), within(1e-12));
        assertThat(api.get("rows")).hasSize(8).hasSameSizeAs(cli.get("rows"));
        long customers = 0;
        double actual = 0;
        double predicted = 0;
        for (int i = 0; i < api.get("rows").size(); i++) {
            JsonNode a = api.get("rows").get(i);
            JsonNode c = cli.get("rows").get(i);
            assertThat(a.get("x").asInt()).isEqualTo(c.get("x").asInt());
            assertThat(a.get("customers").asLong()).isEqualTo(c.get("customers").asLong());
            // Means of the same terms, summed in whatever order the store gave the histories: equal to rounding.
            assertThat(a.get("actualMean").asDouble()).isCloseTo(c.get("actualMean").asDouble(), within(1e-12));
            assertThat(a.get("predictedMean").asDouble()).isCloseTo(c.get("predictedMean").asDouble(), within(1e-12));
            customers += a.get("customers").asLong();
            actual += a.get("customers").asLong() * a.get("actualMean").asDouble();
            predicted += a.get("customers").asLong() * a.get("predictedMean").asDouble();
        }
        // Every CDNOW customer's first purchase is in the first quarter of 1997, before the calibration end.
        assertThat(customers).isEqualTo(23_570);
        assertThat(api.get("actualTotal").asDouble()).isCloseTo(cli.get("actualTotal").asDouble(), within(1e-6))
                .isCloseTo(actual, within(1e-6));
        assertThat(api.get("predictedTotal").asDouble()).isCloseTo(predicted, within(1e-6));

        HttpResponse<String> models = get("/models/bgnbd?history=true", reader);
        assertThat(JSON.readTree(models.body())).isEqualTo(cli("model", "show", "--model", "bgnbd", "--history"));
        assertThat(JSON.readTree(get("/models", reader).body())).isEqualTo(cli("model", "show"));
        HttpResponse<String> early = get("/models/bgnbd/validation?holdoutEnd=1997-06-30");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("must be after the fit's calibration end 1997-09-30");
        assertThat(get("/models/bgnbd/validation").statusCode()).isEqualTo(400);
        assertThat(get("/models/pareto-nbd/validation?holdoutEnd=1998-06-30").body()).contains("no fit of pareto-nbd yet");
    }

    @Test
    void aCustomersProfileShouldBeTheCommandLinesStanding() throws Exception {
        String id = JSON.readTree(get("/customers?externalId=cdnow:00042").body()).at("/items/0/id").asText();
        HttpResponse<String> served = get("/customers/" + id + "/profile?asOf=1998-06-30", reader);
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        JsonNode api = JSON.readTree(served.body());
        JsonNode cli = cli("customers", "show", "--external-id", "cdnow:00042", "--as-of", "1998-06-30");
        assertThat(api.at("/customer/id").asText()).isEqualTo(id);
        assertThat(api.at("/customer/externalIds/0").asText()).isEqualTo("cdnow:00042");
        assertThat(api).isEqualTo(cli); // the whole document: the customer and their standing
        assertThat(api.at("/standing/value/calibrationEnd").asText()).isEqualTo("1997-09-30");
        assertThat(api.at("/standing/notes/0").asText()).contains("calibrated to 1997-09-30, 273 days before 1998-06-30");
        assertThat(get("/customers/nobody/profile").statusCode()).isEqualTo(404);
        assertThat(get("/customers/" + id + "/profile?asOf=yesterday").statusCode()).isEqualTo(400);
    }

    /** Each report over HTTP and on the command line, for the same store and parameters. */
    private static final List<List<String>> REPORTS = List.of(
            List.of("/reports/lifecycle?asOf=1998-06-30", "report lifecycle --as-of 1998-06-30"),
            List.of("/reports/rfm?asOf=1998-06-30", "report rfm --as-of 1998-06-30"),
            List.of("/reports/value?asOf=1998-06-30", "report value --as-of 1998-06-30"),
            List.of("/reports/churn?asOf=1998-06-30&limit=50", "report churn --as-of 1998-06-30 --limit 50"),
            List.of("/reports/loyalty?asOf=1998-06-30", "report loyalty --as-of 1998-06-30"),
            List.of("/reports/tiers?from=1997-12-31&to=1998-06-30", "report tiers --from 1997-12-31 --to 1998-06-30"));

    @Test
    void everyReportShouldWriteTheSameCsvOnTheCommandLineAndOverHttp() throws Exception {
        List<List<String>> reports = new ArrayList<>(REPORTS);
        reports.add(List.of("/reports/value-types?asOf=1998-06-30", "report value-types --as-of 1998-06-30"));
        reports.add(List.of("/reports/lifecycle?asOf=1998-06-30&section=transitions",
                "report lifecycle --as-of 1998-06-30 --section transitions"));
        for (List<String> report : reports) {
            String path = report.get(0) + (report.get(0).contains("?") ? "&" : "?") + "format=csv";
            HttpResponse<String> served = get(path, reader);
            assertThat(served.statusCode()).as(path + ": " + served.body()).isEqualTo(200);
            List<String> args = new ArrayList<>(List.of("--store=" + store, "--format", "csv"));
            args.addAll(List.of(report.get(1).split(" ")));
            Crm.Result cli = new Crm().run(args.toArray(String[]::new));
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            // The same columns and cells; lines end in CRLF over HTTP (RFC 4180), in LF on a terminal.
            assertThat(served.body().replace("\r\n", "\n")).as(path).isEqualTo(cli.out());
            assertThat(cli.out().lines().count()).as(path).isGreaterThan(1);
        }
    }

    /** A JSON field whose name says it holds money. */
    private static final Pattern MONEY_FIELD = Pattern.compile("(?i).*(value|revenue|clv|monetary|amount|spend|historical"
            + "|current|total).*");

    @Test
    void everyReportShouldWriteTheSameExactMoneyWithItsCurrencyOnTheCommandLineAndOverHttp() throws Exception {
        for (List<String> report : REPORTS) {
            HttpResponse<String> served = get(report.get(0), reader);
            assertThat(served.statusCode()).as(report.get(0) + ": " + served.body()).isEqualTo(200);
            JsonNode api = JSON.readTree(served.body());
            JsonNode cli = cli(report.get(1).split(" "));
            assertThat(api).as(report.get(0)).isEqualTo(cli);
            List<String> problems = new ArrayList<>();
            inexactMoney(api, "", problems);
            assertThat(problems).as(report.get(0)).isEmpty();
            if (!report.get(0).startsWith("/reports/tiers")) { // tier moves are counts, no money
                assertThat(api.toString()).as(report.get(0)).contains("\"USD\":\"");
            }
        }
    }

    @Test
    void theMoneyCheckShouldCatchBinaryFloatingPointAndAmountsWithoutCurrency() throws Exception {
        List<String> problems = new ArrayList<>();
        inexactMoney(JSON.readTree("{\"historicalValue\": 128.92000000000002, \"clv\": {\"USD\": \"1.005\"},"
                + " \"cuts\": {\"monetary\": [44.90200000000001]}, \"revenue\": {\"JPY\": 12}, \"p\": 0.123456}"), "", problems);
        assertThat(problems).hasSize(4);
    }

    /** Collects every amount that is a binary fraction, has more digits than its currency, or is not a string. */
    private static void inexactMoney(JsonNode node, String path, List<String> problems) {
        if (node.isObject() && node.has("parameters") && node.has("logLikelihood")) {
            return; // a model fit: parameters, not money
        }
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            boolean money = !names.isEmpty() && names.stream().allMatch(n -> n.matches("[A-Z]{3}"));
            for (String name : names) {
                JsonNode child = node.get(name);
                if (money) {
                    int digits = Math.max(0, Currency.getInstance(name).getDefaultFractionDigits());
                    if (!child.isTextual() || !child.asText().matches("-?\\d+(\\.\\d{1," + digits + "})?")) {
                        problems.add(path + "/" + name + " = " + child);
                    }
                } else {
                    inexactMoney(child, path + "/" + name, problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                inexactMoney(node.get(i), path + "/" + i, problems);
            }
        } else if (node.isNumber() && MONEY_FIELD.matcher(path).matches()
                && node.decimalValue().stripTrailingZeros().scale() > 2) {
            problems.add(path + " = " + node);
        }
    }
}
