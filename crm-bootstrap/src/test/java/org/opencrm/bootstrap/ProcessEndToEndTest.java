package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code crm} process on a real SQLite file: an import killed with SIGKILL half-way leaves whole
 * batches only, a re-run completes it without storing anything twice, and the report adds up.
 */
class ProcessEndToEndTest {

    private static final int CUSTOMERS = 20_000;
    private static final int PURCHASES = 400_000;
    private static final int BATCH = 5_000;

    @TempDir
    Path dir;
    private final Map<Process, Path> errors = new HashMap<>();

    @Test
    void importSurvivesKillDashNineAndReRunCompletesIt() throws Exception {
        Path csv = dir.resolve("purchases.csv");
        Path db = dir.resolve("crm.db");
        String store = "--store=sqlite:" + db;
        assertThat(crm("bench", "generate", "--customers", "" + CUSTOMERS, "--purchases", "" + PURCHASES,
                "--out", csv.toString()).waitFor()).isZero();

        Process importing = crm(store, "-q", "import", "purchases", csv.toString(), "--batch-size", "" + BATCH);
        long committed = waitForSomeRows(db, importing);
        importing.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback, no flush
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        long afterKill = count(db, "select count(*) from purchase");
        assertThat(afterKill).isGreaterThanOrEqualTo(committed).isLessThan(PURCHASES);
        assertThat(afterKill % BATCH).as("only whole batches are stored").isZero();
        assertThat(count(db, "select count(*) from purchase p left join customer c on c.seq = p.customer_seq "
                + "where c.seq is null")).as("no purchase without its customer").isZero();

        Process rerun = crm(store, "--format", "json", "import", "purchases", csv.toString(), "--batch-size", "" + BATCH);
        String out = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rerun.waitFor()).as(out + stderr(rerun)).isZero();
        JsonNode summary = new ObjectMapper().readTree(out);
        assertThat(summary.get("read").asLong()).isEqualTo(PURCHASES);
        assertThat(summary.get("imported").asLong()).isEqualTo(PURCHASES - afterKill);
        assertThat(summary.get("duplicates").asLong()).isEqualTo(afterKill);

        assertThat(count(db, "select count(*) from purchase")).isEqualTo(PURCHASES);
        assertThat(count(db, "select count(*) from customer")).isEqualTo(CUSTOMERS);
        assertThat(count(db, "select count(distinct customer_seq) from purchase")).isEqualTo(CUSTOMERS);

        Process report = crm(store, "--format", "json", "report", "lifecycle", "--as-of", "2024-12-31");
        JsonNode lifecycle = new ObjectMapper().readTree(report.getInputStream().readAllBytes());
        assertThat(report.waitFor()).isZero();
        long perStage = 0;
        for (JsonNode stage : lifecycle.get("stages")) {
            perStage += stage.get("customers").asLong();
        }
        assertThat(perStage).isEqualTo(CUSTOMERS);
        assertThat(lifecycle.get("customers").asLong()).isEqualTo(CUSTOMERS);
    }

    @Test
    void aMergeKilledWithSigkillLeavesTheBeforeOrTheAfterStateAndARerunCompletesIt() throws Exception {
        int owned = 200_000;
        StringBuilder csv = new StringBuilder("purchase_id,customer_id,occurred_at,amount\nq-0,s,2024-01-01,1.00\n");
        for (int i = 1; i <= owned; i++) {
            csv.append(String.format(java.util.Locale.ROOT, "p-%d,a,2024-01-%02d,%d.50%n", i, 1 + i % 28, i % 90 + 1));
        }
        Path purchases = dir.resolve("two-records.csv");
        Files.writeString(purchases, csv, StandardCharsets.UTF_8);
        Path original = dir.resolve("original.db");
        Process load = crm("--store=sqlite:" + original, "-q", "import", "purchases", purchases.toString());
        assertThat(load.waitFor()).as(stderr(load)).isZero();
        String survivor = customerId(original, "s");
        String absorbed = customerId(original, "a");

        // How long the merge's transaction takes here: a merge moving 200,000 purchases against one moving a
        // single purchase (the same process start-up), so that the kills below land inside the transaction.
        long small = timedMerge(copyOf(original, "small.db"), absorbed, survivor);
        Path calibration = copyOf(original, "calibration.db");
        long whole = timedMerge(calibration, survivor, absorbed);
        assertThat(mergeState(calibration, survivor, absorbed, owned)).isEqualTo("after");
        long transaction = Math.max(whole - small, 50);

        List<String> seen = new ArrayList<>();
        Path last = null;
        for (double fraction : new double[] {0.25, 0.5, 0.75, 1.0}) {
            last = copyOf(original, "killed-" + fraction + ".db");
            Process merging = crm("--store=sqlite:" + last, "customers", "merge", survivor, absorbed);
            Thread.sleep(small + (long) (transaction * fraction));
            merging.destroyForcibly(); // SIGKILL: no rollback by the process, only what SQLite's WAL guarantees
            assertThat(merging.waitFor(30, TimeUnit.SECONDS)).isTrue();
            seen.add(mergeState(last, survivor, absorbed, owned));
        }
        assertThat(seen).as("each killed merge left one whole state").doesNotContain("torn");

        Process rerun = crm("--store=sqlite:" + last, "customers", "merge", survivor, absorbed);
        assertThat(rerun.waitFor()).as(stderr(rerun)).isZero();
        assertThat(mergeState(last, survivor, absorbed, owned)).isEqualTo("after");
    }

    /** Runs a merge to its end; answers how long the process took, in milliseconds. */
    private long timedMerge(Path db, String survivor, String absorbed) throws Exception {
        long started = System.nanoTime();
        Process p = crm("--store=sqlite:" + db, "customers", "merge", survivor, absorbed);
        assertThat(p.waitFor()).as(stderr(p)).isZero();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** "before", "after" or "torn": where every relation of the two records stands, read from outside. */
    private static String mergeState(Path db, String survivor, String absorbed, int owned) throws SQLException {
        long absorbedRows = count(db, "select count(*) from customer where id = '" + absorbed + "'");
        long absorbedPurchases = count(db, "select count(*) from purchase p join customer c on c.seq = p.customer_seq"
                + " where c.id = '" + absorbed + "'");
        long survivorPurchases = count(db, "select count(*) from purchase p join customer c on c.seq = p.customer_seq"
                + " where c.id = '" + survivor + "'");
        long orphans = count(db, "select count(*) from purchase p left join customer c on c.seq = p.customer_seq"
                + " where c.seq is null");
        long externalIds = count(db, "select count(*) from customer_external_id where customer_id = '" + survivor + "'");
        long aliases = count(db, "select count(*) from customer_alias where alias_id = '" + absorbed
                + "' and customer_id = '" + survivor + "'");
        long logged = count(db, "select count(*) from customer_merge where absorbed_id = '" + absorbed + "'");
        if (orphans == 0 && absorbedRows == 1 && absorbedPurchases == owned && survivorPurchases == 1
                && externalIds == 1 && aliases == 0 && logged == 0) {
            return "before";
        }
        if (orphans == 0 && absorbedRows == 0 && absorbedPurchases == 0 && survivorPurchases == owned + 1
                && externalIds == 2 && aliases == 1 && logged == 1) {
            return "after";
        }
        return "torn";
    }

    private static String customerId(Path db, String externalId) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select customer_id from customer_external_id where external_id = '"
                     + externalId + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A copy of a closed SQLite store, its WAL files included if they are there. */
    private Path copyOf(Path db, String name) throws java.io.IOException {
        Path copy = dir.resolve(name);
        Files.copy(db, copy);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path side = Path.of(db + suffix);
            if (Files.exists(side)) {
                Files.copy(side, Path.of(copy + suffix));
            }
        }
        return copy;
    }

    @Test
    void importsFromStandardInputWithRejectsInTheWorkingDirectory() throws Exception {
        String store = "--store=sqlite:" + dir.resolve("piped.db");
        Process importing = crm(store, "--format", "json", "import", "purchases", "/dev/stdin");
        try (var in = importing.getOutputStream()) {
            in.write(("purchase_id,customer_id,occurred_at,amount\n"
                    + "p1,c1,2024-01-02,10.00\np2,c1,2024-02-03,not-money\np3,c2,2024-03-04,5.50\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(importing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(importing.waitFor()).as(out + stderr(importing)).isEqualTo(3); // 3: some rows were rejected
        JsonNode summary = new ObjectMapper().readTree(out);
        assertThat(summary.get("imported").asLong()).isEqualTo(2);
        assertThat(summary.get("rejected").asLong()).isEqualTo(1);
        Path rejects = dir.resolve("import-purchases.rejects.csv");
        assertThat(summary.get("rejectsFile").asText()).isEqualTo("import-purchases.rejects.csv");
        assertThat(Files.readString(rejects)).contains("3,amount");
        assertThat(count(dir.resolve("piped.db"), "select count(*) from purchase")).isEqualTo(2);

        // A file redirected to standard input is a regular file behind /dev/stdin: rejects beside it.
        Path orders = Files.writeString(dir.resolve("orders.csv"),
                "purchase_id,customer_id,occurred_at,amount\np9,c9,2024-05-06,oops\n");
        Process redirected = crm(orders, store, "-q", "import", "purchases", "/dev/stdin");
        assertThat(redirected.waitFor()).as(stderr(redirected)).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("orders.csv.rejects.csv"))).contains("2,amount");
    }

    @Test
    void serveWritesOneAccessLogLinePerRequestToStderr() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process serving = crm("--store=sqlite:" + dir.resolve("served.db"), "serve", "--port", Integer.toString(port));
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpRequest version = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/version")).header("Request-Id", "trace-42").build();
        int status = 0;
        for (int i = 0; i < 150 && status == 0; i++) {
            try {
                status = http.send(version, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        String body;
        try {
            assertThat(status).as(stderr(serving)).isEqualTo(200);
            body = http.send(version, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } finally {
            serving.destroy(); // also when an assertion fails: no server left running after the test
        }
        // The build's version, not "development": the API says which crm answers.
        assertThat(body).matches("\\{\"version\":\"crm \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\"}");
        assertThat(serving.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // The access log is written by a background thread: the line is there once the process has ended.
        assertThat(stderr(serving)).containsPattern(
                "(?m)^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z request_id=trace-42 method=GET path=/version "
                        + "route=/version status=200 duration_ms=");
    }

    /** Polls the store from outside until the import has committed something; fails if it finished first. */
    private long waitForSomeRows(Path db, Process importing) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertThat(importing.isAlive()).as("the import ended before it could be killed: " + stderr(importing))
                    .isTrue();
            if (Files.exists(db)) {
                try {
                    long n = count(db, "select count(*) from purchase");
                    if (n > 0) {
                        return n;
                    }
                } catch (SQLException notYetMigrated) {
                    // the schema is being created; try again
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no purchase committed within 60 s");
    }

    private static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Process crm(String... args) throws Exception {
        return crm(null, args);
    }

    /** Starts crm in a JVM of its own, in the test's directory; {@code stdin} is a file to read, or null. */
    private Process crm(Path stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path err = dir.resolve("stderr-" + errors.size() + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process p = builder.start();
        errors.put(p, err);
        return p;
    }

    /** What the process wrote to stderr, for assertion messages. */
    private String stderr(Process p) {
        try {
            return Files.readString(errors.get(p));
        } catch (java.io.IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }
}
