package org.opencrm.adapter.persistence.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrm.adapter.persistence.sqlite.SqliteBackend;
import org.opencrm.adapter.persistence.sqlite.SqliteStorageProvider;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.fixtures.TestCustomers;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.purchase.Purchase;

/** The two-connection history scan of large stores gives exactly the histories of the single scan. */
class ParallelHistoryScanTest {

    @TempDir
    Path dir;

    @Test
    void bothHalvesArriveOnceAndComplete() throws Exception {
        StoreLocation location = StoreLocation.of("sqlite:" + dir.resolve("crm.db"));
        List<Customer> customers = new ArrayList<>();
        List<Purchase> purchases = new ArrayList<>();
        for (int c = 0; c < 5_000; c++) {
            Customer customer = TestCustomers.aCustomer("c-" + c, "C" + c, "x-" + c);
            customers.add(customer);
            for (int p = 0; p < c % 4; p++) {
                purchases.add(TestPurchases.aPurchase("p-" + c + "-" + p, customer.id(),
                        LocalDate.of(2024, 1, 1).plusDays(p * 7L + c % 5), (p + 1) + ".25"));
            }
        }
        try (Storage storage = new SqliteStorageProvider().open(location)) {
            storage.unitOfWork().run(() -> {
                storage.customers().saveAll(customers);
                storage.purchases().addAll(purchases);
            });
        }
        try (JooqSession single = SqliteSessions.open(location, false);
             JooqSession parallel = SqliteSessions.open(location, true)) {
            List<PurchaseHistory> one = scan(new JooqPurchaseRepository(single, new SqliteBackend(), 1));
            List<PurchaseHistory> two = scan(new JooqPurchaseRepository(parallel, new SqliteBackend(), 1));
            assertThat(one).hasSize(5_000);
            assertThat(two).containsExactlyElementsOf(one);
            assertThat(one.stream().mapToInt(h -> h.purchases().size()).sum()).isEqualTo(purchases.size());
        }
    }

    private static List<PurchaseHistory> scan(JooqPurchaseRepository repository) {
        List<PurchaseHistory> histories = new ArrayList<>();
        repository.forEachHistory(ZoneOffset.UTC, histories::add);
        histories.sort(Comparator.comparing(h -> h.customerId().value()));
        return histories;
    }
}
