package org.opencrm.adapter.persistence.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrm.domain.fixtures.TestCustomers.aCustomer;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.opencrm.adapter.persistence.postgresql.PostgresBackend;
import org.opencrm.adapter.persistence.postgresql.PostgresServer;
import org.opencrm.adapter.persistence.postgresql.PostgresStorageProvider;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;
import org.opencrm.domain.purchase.Purchase;

/** An import batch on a PostgreSQL session whose server will not open a second connection. */
class CompanionConnectionTest {

    @Test
    void withoutASecondConnectionABatchGoesThroughTheOneAndTheSessionStopsAsking() throws SQLException {
        StoreLocation location = PostgresServer.newDatabase();
        try (Storage migrated = new PostgresStorageProvider().open(location)) {
            migrated.customers().save(aCustomer());
        }
        String url = "jdbc:" + location.uri();
        AtomicInteger asked = new AtomicInteger();
        JooqSession session = new JooqSession(DriverManager.getConnection(url), SQLDialect.POSTGRES, "test",
                () -> {
                    asked.incrementAndGet();
                    throw new SQLException("too many clients already");
                }, "SELECT pg_advisory_xact_lock(7243311)");
        try (JooqStorage storage = new JooqStorage(session, new PostgresBackend(false), () -> { })) {
            List<Purchase> first = batch("a-");
            List<Purchase> second = batch("b-");
            // One connection: more purchase writes may follow the batch in its transaction.
            assertThat(storage.unitOfWork().inTransaction(() -> storage.purchases().addBatch(first)
                    + storage.purchases().addAll(List.of(aPurchase("late", aCustomer().id(), DAY, "1")))))
                    .isEqualTo(30_001);
            assertThat(storage.unitOfWork().inTransaction(() -> storage.purchases().addBatch(second))).isEqualTo(30_000);
            assertThat(storage.purchases().count()).isEqualTo(60_001);
            assertThat(asked).hasValue(1);
        }
    }

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private static List<Purchase> batch(String prefix) {
        List<Purchase> batch = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            batch.add(aPurchase(prefix + i, aCustomer().id(), DAY, "2.50"));
        }
        return batch;
    }
}
