package org.opencrm.adapter.cli.bench;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.InputException;
import org.opencrm.formats.csv.CsvImports;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crm bench import FILE}: imports a purchases file into the store, then loads the same file with the
 * {@code sqlite3} shell's {@code .import} into an equivalent table, and prints both rates and their ratio.
 */
@Command(name = "import", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Times 'crm import purchases FILE' in this process against the sqlite3 shell's .import of the "
                + "same CSV into an equivalent table (same columns, keys and index), measured in one run. Use an "
                + "empty store (e.g. --store sqlite:/tmp/bench.db on a new file) and a file from 'crm bench "
                + "generate'.")
public final class ImportBenchCommand implements Callable<Integer> {

    /** The baseline table: the CSV's columns with the keys and index our purchase table has. */
    static final String REFERENCE_DDL = String.join("\n",
            "PRAGMA journal_mode=WAL;",
            "PRAGMA synchronous=NORMAL;",
            "CREATE TABLE purchase (purchase_id VARCHAR(128) NOT NULL PRIMARY KEY, customer_id VARCHAR(64) NOT NULL,",
            "  occurred_at TEXT NOT NULL, amount TEXT NOT NULL, currency CHAR(3) NOT NULL, channel VARCHAR(64) NOT NULL);",
            "CREATE INDEX purchase_customer_history ON purchase (customer_id, occurred_at, amount, currency);");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Purchases CSV from 'crm bench generate'.")
    Path file;

    @Option(names = "--sqlite3", paramLabel = "PATH", defaultValue = "sqlite3",
            description = "The sqlite3 shell to compare with (default: ${DEFAULT-VALUE} on the PATH).")
    String sqlite3;

    @Option(names = "--batch-size", defaultValue = "100000", description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    private final ImportPurchasesUseCase importPurchases;

    @Inject
    public ImportBenchCommand(ImportPurchasesUseCase importPurchases) {
        this.importPurchases = Objects.requireNonNull(importPurchases);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new InputException("no such file: " + file);
        }
        long ours = System.nanoTime();
        ImportSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = importPurchases.importPurchases(new ImportPurchasesUseCase.Command(
                    CsvImports.purchases(file.toString(), in, "USD", batchSize), "bench", ImportPurchasesUseCase.UnknownCustomers.REGISTER,
                    batchSize, ImportListener.NONE));
        }
        double oursSeconds = (System.nanoTime() - ours) / 1e9;
        long peakHeap = peakHeapBytes();

        Path dir = Files.createTempDirectory("crm-bench-sqlite3-");
        Path db = dir.resolve("reference.db");
        String script = REFERENCE_DDL + "\n.mode csv\n.import --skip 1 '" + file.toAbsolutePath() + "' purchase\n";
        long ref = System.nanoTime();
        Process p = new ProcessBuilder(sqlite3, db.toString()).redirectErrorStream(true).start();
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new InputException("sqlite3 failed: " + output.strip());
        }
        double refSeconds = (System.nanoTime() - ref) / 1e9;
        for (Path f : List.of(db, dir.resolve("reference.db-wal"), dir.resolve("reference.db-shm"), dir)) {
            Files.deleteIfExists(f);
        }

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", summary.read());
        result.put("imported", summary.imported());
        result.put("crm_seconds", round(oursSeconds));
        result.put("crm_rows_per_second", Math.round(summary.read() / oursSeconds));
        result.put("sqlite3_seconds", round(refSeconds));
        result.put("sqlite3_rows_per_second", Math.round(summary.read() / refSeconds));
        result.put("ratio", round(refSeconds / oursSeconds));
        result.put("peak_heap_mib", peakHeap >> 20);
        result.put("max_heap_mib", Runtime.getRuntime().maxMemory() >> 20);
        if (GlobalOptions.format(spec) == OutputFormat.JSON) {
            Renderer.json(spec.commandLine().getOut(), result);
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "crm import:     %,d rows in %.2f s = %,d rows/s (%,d new; peak heap %d MiB of %d MiB)%n"
                            + "sqlite3 .import: %,d rows in %.2f s = %,d rows/s%n"
                            + "ratio crm/sqlite3: %.2f%n",
                    summary.read(), oursSeconds, result.get("crm_rows_per_second"), summary.imported(),
                    peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    summary.read(), refSeconds, result.get("sqlite3_rows_per_second"), refSeconds / oursSeconds);
        }
        return ExitCodes.OK;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
