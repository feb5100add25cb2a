package org.opencrm.adapter.persistence.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestCustomers.aCustomer;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;

class PostgresStorageTest {

    @Test
    void preparingConnectsToNothing() {
        // Nothing listens on port 1: opening would retry for ten seconds; preparing neither fails nor waits.
        long start = System.nanoTime();
        new PostgresStorageProvider().prepare(StoreLocation.of("postgresql://127.0.0.1:1/crm?user=crm"));
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void aNewDatabaseIsMigratedAndReopenedWithoutMigratingAgain() {
        StoreLocation location = PostgresServer.newDatabase();
        try (Storage s = new PostgresStorageProvider().open(location)) {
            assertThat(s.customers().count()).isZero();
        }
        try (Storage s = new PostgresStorageProvider().open(location)) {
            assertThat(s.purchases().count()).isZero();
        }
    }

    @Test
    void everyKeyColumnComparesByteByByteWhateverTheDatabaseLocale() throws Exception {
        StoreLocation location = PostgresServer.newDatabase();
        try (Storage s = new PostgresStorageProvider().open(location)) {
            assertThat(s.customers().count()).isZero();
        }
        // The test server's locale is C, where the default collation already orders by byte: the columns'
        // own collation is what keeps that order on a server created with another locale.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(PostgresStorage.jdbcUrl(location));
             java.sql.ResultSet r = c.createStatement().executeQuery("SELECT table_name || '.' || column_name, "
                     + "collation_name FROM information_schema.columns WHERE table_schema = 'public' AND ("
                     + "column_name = 'id' OR column_name IN ('customer_id', 'purchase_id', 'source', 'external_id'))")) {
            java.util.Map<String, String> collations = new java.util.TreeMap<>();
            while (r.next()) {
                collations.put(r.getString(1), r.getString(2));
            }
            assertThat(collations).containsKeys("purchase.id", "purchase_line.purchase_id", "customer.id",
                    "customer_external_id.customer_id", "customer_external_id.external_id",
                    "customer_attribute.customer_id", "product.id");
            collations.keySet().removeIf(column -> column.startsWith("api_key.") || column.startsWith("fitted_model."));
            assertThat(collations.values()).as(collations.toString()).containsOnly("C");
        }
    }

    @Test
    void aPurchaseLoadRebuildsExactlyTheMigratedIndexesAndACutOffLoadLeavesNothing() throws Exception {
        StoreLocation fresh = PostgresServer.newDatabase();
        StoreLocation loaded = PostgresServer.newDatabase();
        try (Storage s = new PostgresStorageProvider().open(fresh)) {
            assertThat(s.purchases().count()).isZero();
        }
        try (Storage s = new PostgresStorageProvider().open(loaded)) {
            s.customers().save(aCustomer());
            LineItem line = new LineItem(ProductId.of("sku-1"), Optional.empty(), 2, Money.of("1.25", "USD"),
                    Optional.empty());
            // A load that fails half-way: its rows and its index work are undone together.
            assertThatThrownBy(() -> s.loadPurchases(() -> {
                s.purchases().add(aPurchase("p-1", aCustomer().id(), LocalDate.of(2024, 3, 1), "2.50"));
                throw new IllegalStateException("cut off");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(s.purchases().count()).isZero();
            assertThat(schema(loaded)).isEqualTo(schema(fresh));

            long added = s.loadPurchases(() -> (long) s.purchases().addAll(List.of(
                    aPurchase("p-1", aCustomer().id(), LocalDate.of(2024, 3, 1), "2.50"),
                    new Purchase(PurchaseId.of("p-2"), aCustomer().id(), Instant.parse("2024-03-02T10:00:00Z"),
                            Money.of("2.50", "USD"), List.of(line), Channel.UNSPECIFIED))));
            assertThat(added).isEqualTo(2);
            assertThat(s.purchases().findById(PurchaseId.of("p-2")).orElseThrow().lineItems()).containsExactly(line);
            // The keys work again: a stored id is skipped, and loading into a store with purchases just adds.
            assertThat(s.loadPurchases(() -> s.purchases().add(
                    aPurchase("p-1", aCustomer().id(), LocalDate.of(2024, 3, 1), "2.50")))).isFalse();
        }
        assertThat(schema(loaded)).isEqualTo(schema(fresh));
    }

    /** The indexes and constraints of the purchase tables, as PostgreSQL describes them. */
    private static List<String> schema(StoreLocation location) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(PostgresStorage.jdbcUrl(location));
             java.sql.ResultSet r = c.createStatement().executeQuery("SELECT indexdef FROM pg_indexes WHERE "
                     + "tablename IN ('purchase', 'purchase_line') UNION ALL SELECT conname || ' ' || "
                     + "pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid IN "
                     + "('purchase'::regclass, 'purchase_line'::regclass) ORDER BY 1")) {
            List<String> definitions = new java.util.ArrayList<>();
            while (r.next()) {
                definitions.add(r.getString(1));
            }
            assertThat(definitions).hasSizeGreaterThan(4);
            return definitions;
        }
    }

    @Test
    void aLargeImportBatchGoesHalfThroughASecondConnectionSoItMustBeItsTransactionsLastPurchaseWrite() {
        try (Storage s = new PostgresStorageProvider().open(PostgresServer.newDatabase())) {
            s.customers().save(aCustomer());
            List<Purchase> batch = new java.util.ArrayList<>();
            for (int i = 0; i < 30_000; i++) {
                batch.add(aPurchase("p-" + i, aCustomer().id(), LocalDate.of(2024, 3, 1), "2.50"));
            }
            // Refused rather than left waiting for the batch's second half, which commits after this transaction.
            assertThatThrownBy(() -> s.unitOfWork().inTransaction(() -> {
                s.purchases().addBatch(batch);
                return s.purchases().add(aPurchase("late", aCustomer().id(), LocalDate.of(2024, 3, 2), "1"));
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("last purchase write");
            assertThat(s.purchases().count()).isZero();
            // A small batch stays on the transaction's own connection: more writes may follow it.
            assertThat(s.unitOfWork().inTransaction(() -> s.purchases().addBatch(batch.subList(0, 10))
                    + s.purchases().addAll(batch.subList(10, 30_000)))).isEqualTo(30_000);
        }
    }

    @Test
    void theAggregateOptionIsOursAndNeverReachesTheDriver() {
        StoreLocation remote = StoreLocation.of("postgresql://db:5432/crm?user=u&aggregate=database&password=p");
        assertThat(PostgresStorage.aggregateInDatabase(remote)).isTrue();
        assertThat(PostgresStorage.jdbcUrl(remote)).isEqualTo("jdbc:postgresql://db:5432/crm?user=u&password=p");
        assertThat(PostgresStorage.aggregateInDatabase(StoreLocation.of("postgresql://db/crm?user=u"))).isFalse();
        assertThat(PostgresStorage.jdbcUrl(StoreLocation.of("postgresql://db/crm?aggregate=stream")))
                .isEqualTo("jdbc:postgresql://db/crm");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PostgresStorage.aggregateInDatabase(
                StoreLocation.of("postgresql://db/crm?aggregate=sometimes&password=secret")))
                .hasMessageContaining("'aggregate' must be database or stream").hasMessageNotContaining("secret");
    }

    @Test
    void jdbcUrlsWorkAsStoreUrisToo() {
        StoreLocation plain = PostgresServer.newDatabase();
        StoreLocation jdbc = StoreLocation.of("jdbc:" + plain.uri());
        assertThat(jdbc.scheme()).isEqualTo("postgresql");
        try (Storage s = new PostgresStorageProvider().open(jdbc)) {
            assertThat(s.customers().count()).isZero();
        }
    }

    @Test
    void anUnreachableServerIsRefusedWithThePasswordMasked() {
        StoreLocation location = StoreLocation.of("postgresql://localhost:1/crm?user=crm&password=s3cret");
        assertThatThrownBy(() -> new PostgresStorageProvider().open(location))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot connect to postgresql://localhost:1/crm?user=crm&password=***")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> new PostgresStorageProvider().open(StoreLocation.of("postgresql:crm")))
                .hasMessageContaining("names no server; use postgresql://HOST:PORT/DATABASE");
    }

    @Test
    void theLatestSchemaVersionMatchesTheNewestMigrationFile() throws Exception {
        Path folder = Path.of(getClass().getResource("/db/migration/postgresql").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            int newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(PostgresStorage.LATEST_SCHEMA_VERSION).isEqualTo(newest);
        }
    }
}
