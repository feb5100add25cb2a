package org.opencrm.adapter.persistence.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class PostgresStorageTest {

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
