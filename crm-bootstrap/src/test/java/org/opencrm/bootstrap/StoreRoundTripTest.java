package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrm.adapter.persistence.postgresql.PostgresServer;

/**
 * The "swap the storage backend" promise: the demo loaded into SQLite, copied to PostgreSQL, from there back
 * into a new SQLite file and into memory; every report is byte-identical on all four.
 */
class StoreRoundTripTest {

    private static final List<List<String>> REPORTS = List.of(
            List.of("report", "lifecycle", "--as-of", "1998-06-30"),
            List.of("report", "rfm", "--as-of", "1998-06-30"),
            List.of("report", "value", "--as-of", "1998-06-30"),
            List.of("report", "churn", "--as-of", "1998-06-30", "--limit", "100"),
            List.of("report", "tiers", "--from", "1997-12-31", "--to", "1998-06-30"),
            List.of("report", "loyalty", "--as-of", "1998-06-30"),
            List.of("model", "show", "--history"),
            List.of("customers", "list", "--limit", "50"),
            List.of("customers", "show", "--external-id", "cdnow:00042"));

    @TempDir
    Path dir;

    @Test
    void everyReportIsTheSameOnSqlitePostgresqlAndMemory() throws Exception {
        String sqlite = "sqlite:" + dir.resolve("original.db");
        String postgres = PostgresServer.newDatabase().uri();
        String back = "sqlite:" + dir.resolve("back.db");
        String memory = "memory:round-trip";
        Crm crm = new Crm();
        assertThat(crm.run("--store", sqlite, "--quiet", "demo").exitCode()).isZero();
        for (String end : new String[] {"1997-12-31", "1998-06-30"}) {
            assertThat(crm.run("--store", sqlite, "model", "fit", "--calibration-end", end).exitCode()).isZero();
            assertThat(crm.run("--store", sqlite, "model", "fit", "--model", "gamma-gamma", "--calibration-end", end)
                    .exitCode()).isZero();
        }

        for (String[] hop : new String[][] {{sqlite, postgres}, {postgres, back}, {postgres, memory}}) {
            Crm.Result copied = crm.run("--quiet", "--format", "json", "migrate", "--from", hop[0], "--to", hop[1]);
            assertThat(copied.exitCode()).as(copied.err()).isZero();
            assertThat(new ObjectMapper().readTree(copied.out()).get("verified").asBoolean()).isTrue();
        }

        for (List<String> report : REPORTS) {
            List<String> outputs = new ArrayList<>();
            for (String store : List.of(sqlite, postgres, back, memory)) {
                List<String> args = new ArrayList<>(List.of("--store", store, "--format", "json"));
                args.addAll(report);
                Crm.Result r = crm.run(args.toArray(String[]::new));
                assertThat(r.exitCode()).as(store + " " + report + ": " + r.err()).isZero();
                outputs.add(r.out());
            }
            assertThat(outputs.get(0)).as(String.join(" ", report)).hasSizeGreaterThan(100);
            assertThat(outputs).as(String.join(" ", report)).containsOnly(outputs.get(0));
        }
    }
}
