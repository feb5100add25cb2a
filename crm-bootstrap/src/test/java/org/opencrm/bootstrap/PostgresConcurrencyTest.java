package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrm.adapter.persistence.postgresql.PostgresServer;
import org.opencrm.adapter.persistence.postgresql.PostgresStorageProvider;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

/**
 * Four writers importing and four readers reporting at once against one PostgreSQL store, for 30 seconds
 * ({@code -Dcrm.concurrency.seconds} to change): every command succeeds, and the store ends with exactly the
 * distinct purchases and customers the writers sent, although they overlap on both.
 */
class PostgresConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int READERS = 4;
    private static final int ROWS_PER_FILE = 1000;
    /** Every third round's file: a batch this large is copied through two connections, committed one after the other. */
    private static final int ROWS_PER_LARGE_FILE = 24_000;
    private static final int SHARED_CUSTOMERS = 300;

    @TempDir
    Path dir;

    @Test
    void writersAndReadersRunTogetherWithoutErrorsOrDuplicates() throws Exception {
        String store = PostgresServer.newDatabase().uri();
        long seconds = Long.getLong("crm.concurrency.seconds", 30);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Set<String> purchaseIds = ConcurrentHashMap.newKeySet();
        Set<String> customerIds = ConcurrentHashMap.newKeySet();
        AtomicInteger imports = new AtomicInteger();
        AtomicInteger reports = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        List<Future<?>> tasks = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            tasks.add(pool.submit(() -> {
                for (int round = 0; System.nanoTime() < deadline; round++) {
                    Path file = dir.resolve("w" + writer + "-" + round + ".csv");
                    List<String> ids = write(file, writer, round);
                    Crm.Result r = new Crm().run("--store", store, "--quiet", "import", "purchases", file.toString());
                    assertThat(r.exitCode()).as("writer %d round %d: %s", writer, round, r.err()).isZero();
                    purchaseIds.addAll(ids);
                    for (int i = 0; i < rows(round); i++) {
                        customerIds.add(customer(writer, round, i));
                    }
                    imports.incrementAndGet();
                }
                return null;
            }));
        }
        for (int r = 0; r < READERS; r++) {
            String report = r % 2 == 0 ? "lifecycle" : "rfm";
            tasks.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    Crm.Result result = new Crm().run("--store", store, "--format", "json", "report", report,
                            "--as-of", "2026-12-31");
                    assertThat(result.exitCode()).as(report + ": " + result.err()).isZero();
                    new ObjectMapper().readTree(result.out());
                    reports.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> task : tasks) {
            task.get(seconds + 120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(imports.get()).isGreaterThanOrEqualTo(WRITERS);
        assertThat(reports.get()).isGreaterThanOrEqualTo(READERS);
        try (Storage s = new PostgresStorageProvider().open(StoreLocation.of(store))) {
            assertThat(s.purchases().count()).isEqualTo(purchaseIds.size());
            assertThat(s.customers().count()).isEqualTo(customerIds.size());
        }
    }

    private static int rows(int round) {
        return round % 3 == 1 ? ROWS_PER_LARGE_FILE : ROWS_PER_FILE;
    }

    /** A file of the writer's own purchases, a fifth of them shared with every other writer's same round. */
    private static List<String> write(Path file, int writer, int round) throws java.io.IOException {
        StringBuilder csv = new StringBuilder("purchase_id,customer_id,customer_name,occurred_at,amount\n");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows(round); i++) {
            String id = i % 5 == 0 ? "shared-" + round + "-" + i : "w" + writer + "-" + round + "-" + i;
            String customer = customer(writer, round, i);
            ids.add(id);
            csv.append(id).append(',').append(customer).append(",Customer ").append(customer).append(",2026-")
                    .append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28)).append(',')
                    .append(1 + i % 90).append(".25\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return ids;
    }

    /** Shared customers for the shared purchases (so every writer names the same one), and for most others. */
    private static String customer(int writer, int round, int i) {
        return i % 5 == 0 || i % 3 != 0 ? "c" + (i % SHARED_CUSTOMERS) : "w" + writer + "-c" + round + "-" + (i % 50);
    }
}
