package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection on a small filesystem of our own (tmpfs): it fills up during an import, or is made read-only.
 * Each failure must be one line naming the store or file and the real cause, with the documented exit code;
 * committed batches stay, and a re-run after freeing space stores exactly the rest; a read-only store still
 * serves reports. Skipped, saying why, where the machine forbids mounting.
 */
class FilesystemFaultsTest {

    private static final int ROWS = 60_000;

    @TempDir
    static Path dir;

    private static Path small;

    @BeforeAll
    static void mountASmallFilesystem() throws Exception {
        small = Files.createDirectories(dir.resolve("small"));
        String why = run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", small.toString());
        Assumptions.assumeTrue(why == null, "cannot mount a 2 MB tmpfs for the full-disk test (needs root and "
                + "mount rights): " + why);
    }

    @AfterAll
    static void unmount() throws Exception {
        if (small != null) {
            run("umount", small.toString());
        }
    }

    @Test
    void aDiskThatFillsDuringAnImportShouldBeNamedKeepCommittedBatchesAndLetARerunFinish() throws Exception {
        Path file = dir.resolve("purchases.csv");
        BigDecimal total = writePurchases(file);
        empty(small);
        assertThat(run("mount", "-o", "remount,size=2m", small.toString())).isNull();
        String store = "--store=sqlite:" + small.resolve("crm.db");

        Crm.Result full = new Crm().run(store, "--quiet", "import", "purchases", file.toString(), "--batch-size", "5000");
        assertThat(full.exitCode()).as(full.err()).isEqualTo(6);
        assertThat(full.err().lines().filter(l -> !l.startsWith("crm: created a new store"))).singleElement()
                .asString().startsWith("crm: store sqlite:" + small.resolve("crm.db") + ": disk full;")
                .doesNotContain("no transaction is active");

        assertThat(run("mount", "-o", "remount,size=64m", small.toString())).isNull();
        Crm.Result rerun = new Crm().run(store, "--quiet", "--format", "json", "import", "purchases", file.toString(),
                "--batch-size", "5000");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        JsonNode summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rerun.out());
        assertThat(summary.get("imported").asLong() + summary.get("duplicates").asLong()).isEqualTo(ROWS);
        assertThat(summary.get("duplicates").asLong()).as("batches committed before the disk filled")
                .isPositive().isEqualTo(summary.get("duplicates").asLong() / 5000 * 5000);
        JsonNode lifecycle = Crm.json(store, "report", "lifecycle", "--as-of", "2024-12-31", "--from", "2022-12-31");
        assertThat(new BigDecimal(lifecycle.at("/revenue/USD").asText())).isEqualByComparingTo(total);
    }

    @Test
    void aRejectsFileThatCannotBeWrittenShouldBeNamedWithItsCause() throws Exception {
        Path filler = small.resolve("filler");
        empty(small);
        assertThat(run("mount", "-o", "remount,size=4m", small.toString())).isNull();
        run("sh", "-c", "cat /dev/zero > " + filler + " 2>/dev/null; true");
        Path file = dir.resolve("bad.csv");
        StringBuilder csv = new StringBuilder("purchase_id,customer_id,occurred_at,amount\n");
        for (int i = 0; i < 2_000; i++) {
            csv.append("r").append(i).append(",c").append(i % 50).append(",2024-02-01,").append(i % 2 == 0 ? "1.00" : "x")
                    .append('\n');
        }
        Files.writeString(file, csv);
        Path rejects = small.resolve("r.csv");
        Crm.Result r = new Crm().run("--store=sqlite:" + dir.resolve("rejects-test.db"), "--quiet", "import",
                "purchases", file.toString(), "--rejects", rejects.toString());
        Files.deleteIfExists(filler);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(5);
        assertThat(r.err().lines().filter(l -> !l.startsWith("crm: created a new store"))).singleElement().asString()
                .startsWith("crm: cannot write rejects file " + rejects + ": ").containsIgnoringCase("space");
    }

    @Test
    void aStoreOnAReadOnlyDiskShouldServeReportsAndRefuseWritesInOneLine() throws Exception {
        empty(small);
        assertThat(run("mount", "-o", "remount,rw,size=16m", small.toString())).isNull();
        String store = "--store=sqlite:" + small.resolve("crm.db");
        Path file = dir.resolve("few.csv");
        Files.writeString(file, "purchase_id,customer_id,occurred_at,amount\nf1,a,2024-01-05,10.00\nf2,b,2024-02-05,2.50\n");
        assertThat(new Crm().run(store, "--quiet", "import", "purchases", file.toString()).exitCode()).isZero();
        JsonNode before = Crm.json(store, "report", "lifecycle", "--as-of", "2024-12-31");

        assertThat(run("mount", "-o", "remount,ro", small.toString())).isNull();
        try {
            Crm.Result report = new Crm().run(store, "--format", "json", "report", "lifecycle", "--as-of", "2024-12-31");
            assertThat(report.exitCode()).as(report.err()).isZero();
            assertThat(report.err()).isEmpty();
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.out())).isEqualTo(before);
            assertThat(new Crm().run(store, "customers", "list").exitCode()).isZero();
            Crm.Result write = new Crm().run(store, "customers", "add", "--name", "Ada");
            assertThat(write.exitCode()).isEqualTo(6);
            assertThat(write.err()).isEqualTo("crm: store sqlite:" + small.resolve("crm.db") + ": read-only (the file "
                    + "or its folder cannot be written); reports can read it, imports need write access\n");
        } finally {
            run("mount", "-o", "remount,rw", small.toString());
        }
    }

    @Test
    void aFileThatIsNoDatabaseShouldBeRefusedInOneLine() throws Exception {
        Path notADatabase = dir.resolve("purchases.db");
        Files.writeString(notADatabase, "purchase_id,customer_id,occurred_at,amount\n");
        Crm.Result r = new Crm().run("--store=sqlite:" + notADatabase, "report", "lifecycle");
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).isEqualTo("crm: store sqlite:" + notADatabase + ": " + notADatabase + " is not an SQLite "
                + "database (a crm store is one); name another file with --store sqlite:PATH\n");
    }

    private static BigDecimal writePurchases(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("purchase_id,customer_id,occurred_at,amount\n");
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < ROWS; i++) {
            BigDecimal amount = BigDecimal.valueOf(100 + i % 9_000, 2);
            total = total.add(amount);
            csv.append("p").append(i).append(",c").append(i % 6_000).append(",2024-0").append(1 + i % 9).append("-1")
                    .append(i % 10).append(',').append(amount.toPlainString()).append('\n');
        }
        Files.writeString(file, csv);
        return total;
    }

    /** Removes what an earlier test left, so the filesystem can be shrunk again. */
    private static void empty(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    /** Runs a command; null if it succeeded, else what it printed. */
    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        return p.exitValue() == 0 ? null : String.join(" ", List.of(command)) + ": " + output.strip();
    }
}
