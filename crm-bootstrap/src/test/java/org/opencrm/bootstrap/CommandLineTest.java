package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crm command line, in process, on real SQLite files: parsing, output formats, exit codes, refusals. */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private String store;
    private final Crm crm = new Crm();

    @BeforeEach
    void store() {
        store = "--store=sqlite:" + dir.resolve("crm.db");
    }

    @Test
    void helpExplainsEveryCommandAndTheExitCodes() {
        Crm.Result root = crm.run("--help");
        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).contains("demo", "import", "customers", "report", "--store", "--format", "Exit codes:");
        Crm.Result lifecycle = crm.run("report", "lifecycle", "--help");
        assertThat(lifecycle.out()).contains("--as-of", "--from", "prospect (selection)", "6  store unavailable");
        assertThat(crm.run("import", "purchases", "--help").out()).contains("purchase_id", "--map", "--rejects");
        assertThat(Files.exists(dir.resolve("crm.db"))).isFalse();
        assertThat(crm.run("--version").out()).startsWith("crm ");
    }

    @Test
    void badCommandLinesExitWithTwoAndSayWhy() {
        Crm.Result r = crm.run(store, "report", "lifecycle", "--as-of", "yesterday");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--as-of").contains("yesterday").doesNotContain("Exception");
        assertThat(crm.run(store, "frobnicate").exitCode()).isEqualTo(2);
        assertThat(crm.run(store, "customers", "list", "--limit", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void anUnknownStoreSchemeExitsWithSixAndListsTheSchemes() {
        Crm.Result r = crm.run("--store", "mongodb://db", "customers", "list");
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).contains("unknown store scheme 'mongodb'; available: memory, mystore, postgresql, sqlite"); // mystore: the README's plugin, on the tests' class path
    }

    @Test
    void theEnvironmentChoosesTheStoreWhenNoOptionDoes() {
        new Crm().env("CRM_STORE", "sqlite:" + dir.resolve("env.db")).run("customers", "add", "--name", "Env");
        assertThat(Files.exists(dir.resolve("env.db"))).isTrue();
    }

    @Test
    void aBadConfigFileIsRefusedWithFileKeyAndValue() throws Exception {
        Path config = dir.resolve("crm.properties");
        Files.writeString(config, "lifecycle.at-risk-factor = lots\n");
        Crm.Result r = new Crm().env("CRM_CONFIG", config.toString()).run(store, "report", "lifecycle");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(config.toString(), "lifecycle.at-risk-factor", "'lots'");
    }

    @Test
    void customersRoundTripWithUnicodeInEveryFormat() throws Exception {
        Crm.Result added = crm.run(store, "--format", "json", "customers", "add", "--name", "张伟 🐉",
                "--external-id", "shop:zw-1", "--email", "zw@example.cn", "--attr", "城市=北京", "--consent-email",
                "--acquisition-source", "referral", "--acquisition-cost", "0.30", "--currency", "CNY");
        assertThat(added.exitCode()).as(added.err()).isZero();
        JsonNode customer = JSON.readTree(added.out());
        String id = customer.get("id").asText();
        assertThat(customer.get("name").asText()).isEqualTo("张伟 🐉");
        assertThat(customer.at("/acquisitionCost/CNY").asText()).isEqualTo("0.30");

        Crm.Result shown = crm.run(store, "customers", "show", "--external-id", "shop:zw-1", "--format", "json");
        assertThat(JSON.readTree(shown.out()).at("/customer/id").asText()).isEqualTo(id);
        assertThat(JSON.readTree(shown.out()).at("/customer/attributes/城市").asText()).isEqualTo("北京");
        assertThat(crm.run(store, "customers", "show", "--email", "zw@example.cn").out()).contains("张伟 🐉");
        assertThat(crm.run(store, "--format", "csv", "customers", "list").out()).contains(id + ",张伟 🐉,shop:zw-1");

        Crm.Result missing = crm.run(store, "customers", "show", "nobody");
        assertThat(missing.exitCode()).isEqualTo(4);
        assertThat(missing.err()).contains("no customer nobody");
        assertThat(crm.run(store, "customers", "add", "--name", "Twin", "--external-id", "shop:zw-1").exitCode())
                .isEqualTo(5);
    }

    @Test
    void listingPagesWithACursor() {
        for (int i = 0; i < 3; i++) {
            crm.run(store, "customers", "add", "--name", "C" + i);
        }
        Crm.Result first = crm.run(store, "customers", "list", "--limit", "2", "--format", "json");
        String cursor = readJson(first.out()).get("nextCursor").asText();
        JsonNode second = readJson(crm.run(store, "customers", "list", "--limit", "2", "--after", cursor,
                "--format", "json").out());
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void purchaseImportRejectsBadRowsWithLineFieldAndReasonAndImportsTheRest() throws Exception {
        Path csv = dir.resolve("purchases.csv");
        Files.writeString(csv, String.join("\n",
                "purchase_id,customer_id,occurred_at,amount,currency",
                "t1,c1,2024-01-05,10.00,USD",
                "t2,c1,2024-02-30,5.00,USD",
                "t3,c2,2024-01-06,abc,USD",
                "t4,c2,20240107,1.005,USD",
                "t5,c2,2024-01-08T10:00:00Z,7.50,",
                "t6,c3,2024-01-09,1",
                "t1,c1,2024-01-05,10.00,USD") + "\n");
        Crm.Result r = crm.run(store, "import", "purchases", csv.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).contains("Read 7 rows: 2 imported, 0 updated, 1 duplicates skipped, 4 rejected, 2 customers registered");
        List<String> rejects = Files.readAllLines(dir.resolve("purchases.csv.rejects.csv"), StandardCharsets.UTF_8);
        assertThat(rejects).hasSize(5);
        assertThat(rejects.get(0)).isEqualTo("source,line,field,reason,purchase_id,customer_id,occurred_at,amount,currency");
        assertThat(rejects.get(1)).startsWith(csv + ",3,occurred_at,\"'2024-02-30' is not a date or timestamp");
        assertThat(rejects.get(2)).startsWith(csv + ",4,amount,");
        assertThat(rejects.get(3)).contains(",5,amount,").contains("more than 2 decimals");
        assertThat(rejects.get(4)).contains(",7,row,\"has 4 fields, the header has 5\"");

        Crm.Result again = crm.run(store, "--format", "json", "import", "purchases", csv.toString());
        JsonNode summary = JSON.readTree(again.out());
        assertThat(summary.get("imported").asLong()).isZero();
        assertThat(summary.get("duplicates").asLong()).isEqualTo(3);
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path csv = dir.resolve("odd.csv");
        Files.writeString(csv, "id,cust,when,total\nt1,c1,2024-01-05,10.00\n");
        Crm.Result r = crm.run(store, "import", "purchases", csv.toString());
        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.err()).contains(csv + ": line 1: missing columns 'amount', 'customer_id', 'occurred_at', "
                + "'purchase_id' (header: id, cust, when, total)", "--map FIELD=COLUMN");
        // Refused before the store was even opened: there is none to list.
        assertThat(crm.run(store, "customers", "list", "--format", "json").exitCode()).isEqualTo(6);

        Crm.Result mapped = crm.run(store, "import", "purchases", csv.toString(), "--map", "purchase_id=id",
                "--map", "customer_id=cust", "--map", "occurred_at=when", "--map", "amount=total");
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        assertThat(mapped.out()).contains("1 imported");
        assertThat(crm.run(store, "import", "purchases", dir.resolve("none.csv").toString()).err())
                .contains("no such file");
    }

    @Test
    void customerImportUpsertsOnTheNaturalKey() throws Exception {
        Path csv = dir.resolve("customers.csv");
        Files.writeString(csv, "external_id,name,email,email_consent,attr.segment\n"
                + "k1,Ann,ann@example.org,yes,gold\nk2,Bob,bob@example.org,no,\nk3,,x@example.org,maybe,\n");
        Crm.Result first = crm.run(store, "import", "customers", csv.toString());
        assertThat(first.out()).contains("2 imported", "1 rejected");
        Files.writeString(csv, "external_id,name,email\nk1,Ann Smith,\nk2,,bobby@example.org\n");
        Crm.Result fill = crm.run(store, "import", "customers", csv.toString(), "--update", "fill_empty");
        assertThat(fill.out()).as(fill.err()).contains("0 imported, 0 updated, 2 duplicates skipped");
        Crm.Result overwrite = crm.run(store, "import", "customers", csv.toString());
        assertThat(overwrite.out()).contains("0 imported, 2 updated");
        JsonNode ann = JSON.readTree(crm.run(store, "--format", "json", "customers", "show", "--external-id",
                "default:k1").out());
        assertThat(ann.at("/customer/name").asText()).isEqualTo("Ann Smith");
        assertThat(ann.at("/customer/attributes/segment").asText()).isEqualTo("gold");
        assertThat(ann.at("/customer/emailConsent").asBoolean()).isTrue();
    }

    @Test
    void anExternalIdOnceAttachedShouldKeepResolvingWhenAnotherOfTheSameSourceArrivesByEmail() throws Exception {
        Path customers = dir.resolve("identities.csv");
        Files.writeString(customers, "external_id,name,email\nold-7,Mei,mei@example.cn\n");
        assertThat(crm.run(store, "import", "customers", customers.toString(), "--source", "shop").out())
                .contains("1 imported");
        Path purchases = dir.resolve("mei.csv");
        Files.writeString(purchases, "purchase_id,customer_id,occurred_at,amount\nm1,old-7,2024-01-05,9.90\n");
        assertThat(crm.run(store, "import", "purchases", purchases.toString(), "--source", "shop").exitCode()).isZero();

        // The shop renumbers her account: matched on her e-mail, the new id is added, not swapped in.
        Files.writeString(customers, "external_id,name,email\nnew-7,Mei,mei@example.cn\n");
        Crm.Result byEmail = crm.run(store, "import", "customers", customers.toString(), "--source", "shop",
                "--key", "email");
        assertThat(byEmail.out()).as(byEmail.err()).contains("0 imported, 1 updated");
        // Her old purchases, sent again with the old id, and a new one with the new id: still one customer.
        Files.writeString(purchases, "purchase_id,customer_id,occurred_at,amount\nm1,old-7,2024-01-05,9.90\n"
                + "m2,new-7,2024-02-05,5.00\n");
        assertThat(crm.run(store, "import", "purchases", purchases.toString(), "--source", "shop").out())
                .contains("1 imported", "1 duplicate");

        JsonNode mei = JSON.readTree(crm.run(store, "--format", "json", "customers", "show", "--email",
                "mei@example.cn").out());
        assertThat(mei.at("/customer/externalIds")).extracting(JsonNode::asText).containsExactly("shop:new-7", "shop:old-7");
        JsonNode all = JSON.readTree(crm.run(store, "--format", "json", "customers", "list").out());
        assertThat(all.get("items")).hasSize(1);
        assertThat(JSON.readTree(crm.run(store, "--format", "json", "customers", "show", "--external-id",
                "shop:old-7").out()).at("/customer/id")).isEqualTo(mei.at("/customer/id"));
    }

    @Test
    void extremeAmountsShouldBeStoredExactlyOrRejectedByLineAndFieldWhileTheRestOfTheBatchIsStored() throws Exception {
        // Each spelling with what a store must keep of it, or null for a rejection of the field "amount".
        Map<String, String> spellings = new java.util.LinkedHashMap<>();
        spellings.put("1e400", null);
        spellings.put("1e1000000000", null);
        spellings.put("1e-10000000", null);
        spellings.put("12345678901234567890", null);
        spellings.put("92233720368547758.07", null);
        spellings.put("10000000000000.01", null);
        spellings.put("NaN", null);
        spellings.put("Infinity", null);
        spellings.put("-Infinity", null);
        spellings.put("0.001", null);
        spellings.put("-1.00", null);
        spellings.put("10000000000000.00", "10000000000000.00");
        spellings.put("-0", "0.00");
        spellings.put("1E+2", "100.00");
        spellings.put("7.50000000000000000000", "7.50");
        spellings.put("0.1", "0.10");
        java.util.Random random = new java.util.Random(11);
        List<String> keys = new ArrayList<>(spellings.keySet());
        StringBuilder csv = new StringBuilder("purchase_id,customer_id,occurred_at,amount\n");
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        Set<Long> rejectedLines = new java.util.TreeSet<>();
        for (int row = 0; row < 300; row++) {
            String amount = keys.get(random.nextInt(keys.size()));
            csv.append("x").append(row).append(",cx,2024-01-01,\"").append(amount).append("\"\n");
            if (spellings.get(amount) == null) {
                rejectedLines.add(row + 2L);
            } else {
                expected.put("x" + row, spellings.get(amount));
            }
        }
        Path file = dir.resolve("extreme.csv");
        Files.writeString(file, csv);
        Crm.Result run = crm.run(store, "import", "purchases", file.toString(), "--batch-size", "50");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains(expected.size() + " imported", rejectedLines.size() + " rejected");
        List<String> rejects = Files.readAllLines(Path.of(file + ".rejects.csv"));
        assertThat(rejects).hasSize(rejectedLines.size() + 1);
        Set<Long> lines = new java.util.TreeSet<>();
        for (String reject : rejects.subList(1, rejects.size())) {
            String[] cells = reject.split(",", 4);
            lines.add(Long.parseLong(cells[1]));
            assertThat(cells[2]).as(reject).isEqualTo("amount");
            assertThat(reject).hasSizeLessThan(400);
        }
        assertThat(lines).isEqualTo(rejectedLines);
        JsonNode timeline = JSON.readTree(crm.run(store, "--format", "json", "customers", "timeline", "--external-id",
                "default:cx", "--as-of", "2024-12-31").out());
        Map<String, String> stored = new java.util.HashMap<>();
        for (JsonNode e : timeline.get("entries")) {
            if (e.get("type").asText().equals("purchase")) {
                stored.put(e.at("/purchase/purchaseId").asText(), e.at("/purchase/amount").asText());
            }
        }
        assertThat(stored).isEqualTo(expected);
        // The lifecycle report adds the largest amounts up without wrapping.
        java.math.BigDecimal sum = expected.values().stream().map(java.math.BigDecimal::new)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(new java.math.BigDecimal(JSON.readTree(crm.run(store, "--format", "json", "report", "lifecycle",
                "--as-of", "2024-12-31").out()).at("/revenue/USD").asText())).isEqualByComparingTo(sum);
        // customers add refuses the same spellings as an acquisition cost: a bad option value (exit 2), no trace.
        for (String bad : new String[] {"1e400", "1e-10000000", "NaN", "10000000000000.01"}) {
            Crm.Result refused = crm.run(store, "customers", "add", "--name", "X", "--acquisition-cost", bad);
            assertThat(refused.exitCode()).as(bad).isEqualTo(2);
            assertThat(refused.err()).as(bad).startsWith("Invalid value for option '--acquisition-cost'")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aCommandThatOnlyReadsShouldRefuseAStoreThatIsNotThereAndCreateNothing() throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("crm.db");
        String mistyped = "--store=sqlite:" + missing;
        for (String[] reading : new String[][] {{"report", "lifecycle"}, {"report", "rfm"}, {"customers", "list"},
                {"customers", "show", "--email", "a@b.c"}, {"model", "show"}, {"--format", "json", "report", "value"}}) {
            String[] args = new String[reading.length + 1];
            args[0] = mistyped;
            System.arraycopy(reading, 0, args, 1, reading.length);
            Crm.Result r = crm.run(args);
            assertThat(r.exitCode()).as(String.join(" ", reading)).isEqualTo(6);
            assertThat(r.err()).as(String.join(" ", reading)).isEqualTo("crm: no store at sqlite:" + missing
                    + "; run crm import or crm demo to create one (or name another with --store or CRM_STORE)\n");
            assertThat(r.out()).isEmpty();
        }
        assertThat(missing.getParent()).doesNotExist();
        // A writing command creates it, and says so once.
        Crm.Result created = crm.run(mistyped, "customers", "add", "--name", "Ada");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.err()).isEqualTo("crm: created a new store at sqlite:" + missing + "\n");
        assertThat(crm.run(mistyped, "customers", "add", "--name", "Bob").err()).isEmpty();
        assertThat(crm.run(mistyped, "report", "lifecycle").exitCode()).isZero();
    }

    @Test
    void theRejectsFileShouldCarryTheOriginalRowsSoTheyCanBeFixedAndImportedAgain() throws Exception {
        Path csv = dir.resolve("orders.csv");
        Files.writeString(csv, "purchase_id,customer_id,occurred_at,amount,currency\n"
                + "o1,ann,2024-01-01,5.00,USD\n"
                + "o2,bob,2024-01-02,\"1,5\",USD\n"
                + "o3,cy,2024-01-03,2.00,XYZ\n"
                + "o4,dan,2024-01-04,3.00,EUR\n");
        Crm.Result first = crm.run(store, "import", "purchases", csv.toString());
        assertThat(first.exitCode()).isEqualTo(3);
        Path rejects = dir.resolve("orders.csv.rejects.csv");
        List<String> lines = Files.readAllLines(rejects);
        assertThat(lines.get(0)).isEqualTo("source,line,field,reason,purchase_id,customer_id,occurred_at,amount,currency");
        assertThat(lines.get(1)).startsWith(csv + ",3,amount,").endsWith(",o2,bob,2024-01-02,\"1,5\",USD");
        assertThat(lines.get(2)).startsWith(csv + ",4,currency,").endsWith(",o3,cy,2024-01-03,2.00,XYZ");
        // The operator fixes the cells in place and imports the rejects file itself.
        Files.writeString(rejects, Files.readString(rejects).replace("\"1,5\"", "1.50").replace("XYZ", "USD"));
        Crm.Result again = crm.run(store, "import", "purchases", rejects.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("2 imported");
    }

    @Test
    void theLifecycleReportPrintsEveryStageInJsonAndCsv() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "purchase_id,customer_id,occurred_at,amount\n"
                + "a1,ann,2024-01-01,0.10\na2,ann,2024-02-01,0.20\nb1,bob,2024-03-01,5.00\n");
        crm.run(store, "import", "purchases", csv.toString());
        JsonNode report = JSON.readTree(crm.run(store, "report", "lifecycle", "--as-of", "2024-03-31",
                "--format", "json").out());
        assertThat(report.get("stages")).hasSize(7);
        assertThat(report.get("stages").get(0).has("stage")).isTrue();
        assertThat(report.get("stages").get(0).has("customers")).isTrue();
        assertThat(report.get("customers").asLong()).isEqualTo(2);
        assertThat(report.at("/revenue/USD").asText()).isEqualTo("5.30");

        Crm.Result csvOut = crm.run(store, "report", "lifecycle", "--as-of", "2024-03-31", "--format", "csv",
                "--section", "stages");
        assertThat(csvOut.out()).startsWith("stage,phase,customers,share,revenue.USD\n").contains("ACTIVE,RETENTION,1,0.5000,0.30");
        assertThat(crm.run(store, "report", "lifecycle", "--as-of", "2024-03-31", "--format", "csv").out())
                .startsWith("phase,customers,share,revenue.USD\n");
        Crm.Result noSuchSection = crm.run(store, "report", "lifecycle", "--format", "csv", "--section", "stage");
        assertThat(noSuchSection.exitCode()).isEqualTo(5);
        assertThat(noSuchSection.err()).contains("'section' must be one of [phases, stages, transitions, conversions]");
        assertThat(crm.run(store, "report", "lifecycle", "--as-of", "2024-03-31", "--format", "csv", "--section",
                "transitions").out()).startsWith("from,to,count\n");
        assertThat(crm.run(store, "report", "lifecycle", "--as-of", "2024-03-31", "--from", "2024-04-01").exitCode())
                .isEqualTo(5);
    }

    @Test
    void aCustomersTimelineShowsRegistrationPurchasesAndStageChanges() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "purchase_id,customer_id,occurred_at,amount\n"
                + "a1,ann,2024-01-01,0.10\na2,ann,2024-02-01,0.20\na3,ann,2024-05-01,9.99\n");
        crm.run(store, "import", "purchases", csv.toString());
        String id = JSON.readTree(crm.run(store, "customers", "show", "--external-id", "default:ann", "--format",
                "json").out()).at("/customer/id").asText();

        JsonNode t = JSON.readTree(crm.run(store, "customers", "timeline", id, "--as-of", "2024-03-31",
                "--format", "json").out());
        assertThat(t.get("asOf").asText()).isEqualTo("2024-03-31");
        assertThat(t.get("stage").asText()).isEqualTo("ACTIVE");
        assertThat(t.get("entries").findValuesAsText("type"))
                .containsExactly("registered", "purchase", "stage", "stage", "purchase", "stage");
        assertThat(t.at("/entries/1/purchase/purchaseId").asText()).isEqualTo("a1");
        assertThat(t.at("/entries/2/from").isMissingNode()).isTrue(); // the first stage leaves none
        assertThat(t.at("/entries/5/to").asText()).isEqualTo("ACTIVE");
        assertThat(t.at("/entries/5/day").asText()).isEqualTo("2024-02-01");

        Crm.Result table = crm.run(store, "customers", "timeline", id, "--as-of", "2024-03-31");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("as of 2024-03-31: ACTIVE", "NEW -> ACTIVE: repeat purchase", "a2 0.20 USD")
                .doesNotContain("a3 9.99"); // bought after the as-of date (the id is random: "a3" alone may be in it)
        assertThat(crm.run(store, "customers", "timeline", id, "--as-of", "2024-03-31", "--format", "csv").out())
                .startsWith("day,type,what\n2024-01-01,registered,");
        Crm.Result unknown = crm.run(store, "customers", "timeline", "nobody");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("nobody").doesNotContain("Exception");
    }

    @Test
    void theRfmReportScoresEveryBuyerAndTakesOperatorsSegmentMaps() throws Exception {
        Path csv = dir.resolve("p.csv");
        StringBuilder rows = new StringBuilder("purchase_id,customer_id,occurred_at,amount\n");
        for (int c = 0; c < 20; c++) {
            for (int p = 0; p <= c % 4; p++) {
                rows.append("t").append(c).append('-').append(p).append(",c").append(c).append(",2024-0")
                        .append(1 + p + c % 5).append("-1").append(c % 10).append(',').append(5 + c).append(".00\n");
            }
        }
        Files.writeString(csv, rows);
        assertThat(crm.run(store, "import", "purchases", csv.toString()).exitCode()).isZero();

        JsonNode report = JSON.readTree(crm.run(store, "report", "rfm", "--as-of", "2024-12-31", "--format", "json").out());
        assertThat(report.get("customers").asLong()).isEqualTo(20);
        long sum = 0;
        for (JsonNode segment : report.get("segments")) {
            sum += segment.get("customers").asLong();
        }
        assertThat(sum).isEqualTo(20);
        assertThat(report.at("/frequency/cuts")).hasSize(4);

        Path map = dir.resolve("segments.txt");
        Files.writeString(map, "# two groups\nFrequent ; * ; 4-5 ; *\nEveryone else ; * ; * ; *\n");
        String csvOut = crm.run(store, "report", "rfm", "--as-of", "2024-12-31", "--segments", map.toString(),
                "--format", "csv").out();
        assertThat(csvOut).startsWith("segment,customers,share,").contains("Frequent,").contains("Everyone else,")
                .doesNotContain("Champions");

        Files.writeString(map, "Frequent ; * ; 4-9-1 ; *\n");
        Crm.Result bad = crm.run(store, "report", "rfm", "--segments", map.toString());
        assertThat(bad.exitCode()).isEqualTo(5);
        assertThat(bad.err()).contains("line 1").contains("F range '4-9-1'");
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
