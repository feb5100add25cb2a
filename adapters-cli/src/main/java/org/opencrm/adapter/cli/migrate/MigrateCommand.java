package org.opencrm.adapter.cli.migrate;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.migration.MigrateStoreUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm migrate --from STORE --to STORE}: a whole store copied into another, then verified. */
@Command(name = "migrate", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Copies every customer, product, purchase (with its line items) and fitted model from one "
                + "store into another, between any backends (sqlite:, postgresql://, memory:NAME), streaming in "
                + "pages of --page-size rows, one transaction per page. Writes are idempotent: a run cut off at "
                + "any point is completed by running the same command again. At the end both stores are read "
                + "again and compared per table by row count and an order-independent checksum; any difference "
                + "fails the command with exit code 7. --store is not used.")
public final class MigrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "STORE", required = true, description = "The store to copy from.")
    String from;

    @Option(names = "--to", paramLabel = "STORE", required = true,
            description = "The store to copy into (created and migrated if new).")
    String to;

    @Option(names = "--page-size", paramLabel = "ROWS", defaultValue = "10000",
            description = "Rows read and written per transaction (default: ${DEFAULT-VALUE}).")
    int pageSize;

    private final MigrateStoreUseCase migrateStore;

    @Inject
    public MigrateCommand(MigrateStoreUseCase migrateStore) {
        this.migrateStore = Objects.requireNonNull(migrateStore);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        MigrateStoreUseCase.Result result;
        try (MigrationProgress progress = MigrationProgress.create(GlobalOptions.quiet(spec), err)) {
            result = migrateStore.migrate(new MigrateStoreUseCase.Command(from, to,
                    pageSize, progress));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, json(result, seconds));
            case CSV -> Renderer.csv(out, table(result));
            case TABLE -> {
                out.printf(java.util.Locale.ROOT, "Copied %s to %s in %.1f s; verified: %s%n%n", from, to, seconds,
                        result.verified() ? "every table matches" : "MISMATCH");
                Renderer.table(out, List.of(table(result)));
            }
        }
        if (!result.verified()) {
            err.println("crm: the copy does not match the source in: " + String.join(", ", result.tables().stream()
                    .filter(t -> !t.matches()).map(MigrateStoreUseCase.TableCheck::table).toList())
                    + "; run the same command again to complete an interrupted copy, or check the target for "
                    + "rows it held before");
            return ExitCodes.VERIFY_FAILED;
        }
        return ExitCodes.OK;
    }

    private static TableView table(MigrateStoreUseCase.Result r) {
        List<List<String>> rows = new ArrayList<>();
        for (MigrateStoreUseCase.TableCheck t : r.tables()) {
            rows.add(List.of(t.table(), Long.toString(t.written()), Long.toString(t.sourceRows()),
                    Long.toString(t.targetRows()), t.sourceChecksum(), t.targetChecksum(), t.matches() ? "yes" : "NO"));
        }
        return new TableView("Tables", List.of("table", "new_in_target", "source_rows", "target_rows",
                "source_checksum", "target_checksum", "match"), rows);
    }

    private static Map<String, Object> json(MigrateStoreUseCase.Result r, double seconds) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("verified", r.verified());
        root.put("seconds", seconds);
        root.put("tables", r.tables().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", t.table());
            m.put("newInTarget", t.written());
            m.put("sourceRows", t.sourceRows());
            m.put("targetRows", t.targetRows());
            m.put("sourceChecksum", t.sourceChecksum());
            m.put("targetChecksum", t.targetChecksum());
            m.put("matches", t.matches());
            return m;
        }).toList());
        return root;
    }
}
