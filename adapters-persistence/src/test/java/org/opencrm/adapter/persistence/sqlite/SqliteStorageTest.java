package org.opencrm.adapter.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestCustomers.aCustomer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;

/** What the SQLite plugin promises beyond the contract: a file that persists, WAL, migrations, clear errors. */
class SqliteStorageTest {

    private static final LineItem LINE = new LineItem(ProductId.of("sku-1"), Optional.of(Category.of("jazz")), 2,
            Money.of("10.00", "USD"), Optional.empty());

    @TempDir
    Path dir;

    @Test
    void dataSurvivesReopeningAndTheSchemaIsMigratedOnce() throws Exception {
        StoreLocation location = StoreLocation.of("sqlite:" + dir.resolve("sub/crm.db"));
        try (Storage s = new SqliteStorageProvider().open(location)) {
            s.customers().save(aCustomer());
        }
        try (Storage s = new SqliteStorageProvider().open(location)) {
            assertThat(s.customers().findById(aCustomer().id())).contains(aCustomer());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sub/crm.db"));
             Statement st = c.createStatement()) {
            assertThat(single(st, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(st, "SELECT count(*) FROM flyway_schema_history WHERE success = 1"))
                    .isEqualTo(Integer.toString(SqliteStorage.LATEST_SCHEMA_VERSION));
            assertThat(single(st, "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                    + "AND name = 'purchase_customer_history'")).isEqualTo("1");
        }
    }

    @Test
    void aStoreOfAnEarlierVersionIsUpgradedWhenOpened() throws Exception {
        StoreLocation location = StoreLocation.of("sqlite:" + dir.resolve("old.db"));
        Purchase withLine = new Purchase(PurchaseId.of("p-1"), aCustomer().id(), Instant.parse("2024-03-01T10:00:00Z"),
                Money.of("20.00", "USD"), List.of(LINE), Channel.UNSPECIFIED);
        try (Storage s = new SqliteStorageProvider().open(location)) {
            s.customers().save(aCustomer());
            s.purchases().add(withLine);
        }
        // Make it a version-1 store: the tables of later versions and their history rows did not exist then.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("old.db"));
             Statement st = c.createStatement()) {
            st.execute("DROP TABLE fitted_model");
            st.execute("DROP TABLE product");
            st.execute("DROP TABLE api_key");
            st.execute("DROP TABLE stored_response");
            st.execute("DROP TABLE interaction");
            st.execute("DROP TABLE survey_response");
            st.execute("DROP TABLE complaint");
            st.execute("DROP TABLE follow_up");
            st.execute("DROP TABLE customer_merge");
            st.execute("DROP TABLE customer_alias");
            st.execute("DROP TABLE segment");
            st.execute("DROP TABLE campaign");
            st.execute("DROP TABLE campaign_member");
            st.execute("DROP TABLE campaign_response");
            st.execute("DROP TABLE rule_set");
            st.execute("DROP TABLE rule_product");
            st.execute("DROP TABLE association_rule");
            undoLineHistoryColumns(st);
            st.execute("DELETE FROM flyway_schema_history WHERE version <> '1'");
        }
        try (Storage s = new SqliteStorageProvider().open(location)) {
            assertThat(s.customers().findById(aCustomer().id())).contains(aCustomer());
            // Version 15 gave every stored line its purchase's customer and time, which the line scans read.
            List<PurchaseRepository.LineHistory> lines = new ArrayList<>();
            s.purchases().forEachLineHistory(ZoneOffset.UTC, lines::add);
            assertThat(lines).containsExactly(new PurchaseRepository.LineHistory(aCustomer().id(),
                    List.of(new ValueOrientationClassifier.BoughtLine(LocalDate.of(2024, 3, 1), LINE))));
            assertThat(s.models().findAll(ModelKind.BG_NBD)).isEmpty();
            assertThat(s.products().count()).isZero();
            assertThat(s.apiKeys().findAll()).isEmpty();
            assertThat(s.storedResponses().find("owner", "key")).isEmpty();
            assertThat(s.surveyResponses().count()).isZero();
        }
    }

    @Test
    void answersRememberedBeforeVersion6AreCarriedOverAsOneOpaqueText() throws Exception {
        StoreLocation location = StoreLocation.of("sqlite:" + dir.resolve("v5.db"));
        new SqliteStorageProvider().open(location).close();
        // Make it a version-5 store holding one answer in the columns HTTP's parts used to have.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("v5.db"));
             Statement st = c.createStatement()) {
            st.execute("DROP TABLE stored_response");
            st.execute("CREATE TABLE stored_response (owner VARCHAR(64) NOT NULL, idempotency_key VARCHAR(255) NOT NULL,"
                    + " fingerprint VARCHAR(128) NOT NULL, status INTEGER NOT NULL, location VARCHAR(2048),"
                    + " etag VARCHAR(256), body TEXT NOT NULL, stored_at_ms BIGINT NOT NULL,"
                    + " PRIMARY KEY (owner, idempotency_key))");
            st.execute("INSERT INTO stored_response VALUES ('k1', 'retry-1', 'f', 201, '/customers/c-1', NULL,"
                    + " '{\"name\":\"张伟\"}', 1000)");
            st.execute("DROP TABLE interaction");
            st.execute("DROP TABLE survey_response");
            st.execute("DROP TABLE complaint");
            st.execute("DROP TABLE follow_up");
            st.execute("DROP TABLE customer_merge");
            st.execute("DROP TABLE customer_alias");
            st.execute("DROP TABLE segment");
            st.execute("DROP TABLE campaign");
            st.execute("DROP TABLE campaign_member");
            st.execute("DROP TABLE campaign_response");
            st.execute("DROP TABLE rule_set");
            st.execute("DROP TABLE rule_product");
            st.execute("DROP TABLE association_rule");
            undoLineHistoryColumns(st);
            st.execute("DELETE FROM flyway_schema_history WHERE version IN ('6', '7', '8', '9', '10', '11', '12', '13', '14',"
                    + " '15')");
        }
        try (Storage s = new SqliteStorageProvider().open(location)) {
            String answer = s.storedResponses().find("k1", "retry-1").orElseThrow().answer();
            assertThat(answer).contains("\"status\":201", "\"location\":\"/customers/c-1\"", "\"etag\":null",
                    "\"body\":\"{\\\"name\\\":\\\"张伟\\\"}\"");
        }
    }

    @Test
    void theLatestSchemaVersionMatchesTheNewestMigrationFile() throws Exception {
        Path folder = Path.of(getClass().getResource("/db/migration/sqlite").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            int newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(SqliteStorage.LATEST_SCHEMA_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void preparingCreatesNoFileAndOpeningAfterwardsWorks() {
        StoreLocation location = StoreLocation.of("sqlite:" + dir.resolve("later/crm.db"));
        new SqliteStorageProvider().prepare(location);
        assertThat(new SqliteStorageProvider().exists(location)).isFalse();
        assertThat(dir.resolve("later")).doesNotExist();
        try (Storage s = new SqliteStorageProvider().open(location)) {
            assertThat(s.customers().count()).isZero();
        }
        assertThat(new SqliteStorageProvider().exists(location)).isTrue();
        assertThat(new SqliteStorageProvider().exists(StoreLocation.of("sqlite://" + dir.resolve("later/crm.db")))).isTrue();
    }

    @Test
    void aFolderOrAnEmptyPathIsRefusedWithTheStoreNamed() {
        assertThatThrownBy(() -> new SqliteStorageProvider().open(StoreLocation.of("sqlite:" + dir)))
                .isInstanceOf(StorageException.class).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> new SqliteStorageProvider().open(StoreLocation.of("sqlite:")))
                .isInstanceOf(StorageException.class).hasMessageContaining("names no file");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedClearly() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is not a database, just text that is long enough to look like a header....");
        assertThatThrownBy(() -> new SqliteStorageProvider().open(StoreLocation.of("sqlite:" + junk)))
                .isInstanceOf(StorageException.class).hasMessageContaining(junk.toString());
    }

    private static String single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }


    /** Takes back what version 15 added to the line table, as a store of an earlier version does not have it. */
    private static void undoLineHistoryColumns(Statement st) throws java.sql.SQLException {
        st.execute("DROP INDEX purchase_line_history");
        for (String column : List.of("currency", "occurred_at_ms", "customer_seq")) {
            st.execute("ALTER TABLE purchase_line DROP COLUMN " + column);
        }
    }
}
