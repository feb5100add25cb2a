package org.opencrm.application.service.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.importing.SourcePosition;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.PurchaseRow;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.UnknownCustomers;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.UpdatePolicy;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.PurchaseId;

class ImportPurchasesServiceTest {

    private final FakeStorage storage = new FakeStorage();
    private final ImportPurchasesService service =
            new ImportPurchasesService(storage.customers(), storage.purchases(), storage.unitOfWork());
    private final List<RejectedRow> rejects = new ArrayList<>();
    private final List<ImportSummary> commits = new ArrayList<>();
    private final ImportListener listener = new ImportListener() {
        @Override
        public void rejected(RejectedRow row) {
            rejects.add(row);
        }

        @Override
        public void committed(ImportSummary soFar) {
            commits.add(soFar);
        }
    };

    @Test
    void importsInBatchesAndRegistersUnknownCustomersOnce() {
        ImportSummary s = run(UnknownCustomers.REGISTER, 2,
                row(2, "t1", "ann", "10.00"), row(3, "t2", "ann", "5.00"), row(4, "t3", "bob", "1.00"));
        assertThat(s).isEqualTo(new ImportSummary(3, 3, 0, 0, 0, 2));
        assertThat(storage.purchases().count()).isEqualTo(3);
        assertThat(storage.customers().count()).isEqualTo(2);
        assertThat(commits).hasSize(2);
        Customer ann = storage.customers().findByExternalId(ExternalId.of("shop", "ann")).orElseThrow();
        assertThat(ann.createdAt()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(storage.purchases().findByCustomer(ann.id())).hasSize(2);
    }

    @Test
    void reRunningTheSameRowsStoresNothingTwice() {
        run(UnknownCustomers.REGISTER, 10, row(2, "t1", "ann", "10.00"), row(3, "t2", "bob", "5.00"));
        ImportSummary again = run(UnknownCustomers.REGISTER, 10, row(2, "t1", "ann", "10.00"),
                row(3, "t2", "bob", "5.00"), row(4, "t3", "bob", "7.00"));
        assertThat(again).isEqualTo(new ImportSummary(3, 1, 0, 2, 0, 0));
        assertThat(storage.purchases().count()).isEqualTo(3);
        assertThat(storage.customers().count()).isEqualTo(2);
    }

    @Test
    void unknownCustomersCanBeRejectedInstead() {
        storage.customers().save(Customer.named(CustomerId.of("k"), "Known", Instant.EPOCH)
                .apply(new CustomerUpdate(Optional.empty(),
                        List.of(ExternalId.of("shop", "known")), List.of(), Optional.empty(), Map.of(),
                        Optional.empty()), UpdatePolicy.OVERWRITE));
        ImportSummary s = run(UnknownCustomers.REJECT, 10, row(2, "t1", "known", "1.00"), row(3, "t2", "stranger", "2.00"));
        assertThat(s.imported()).isEqualTo(1);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(rejects).containsExactly(new RejectedRow(new SourcePosition("f.csv", 3), "customer",
                "unknown customer shop:stranger"));
    }

    @Test
    void unparsedRowsAreRejectedWithTheirPositionAndDoNotStopTheImport() {
        List<ImportRow<PurchaseRow>> rows = List.of(row(2, "t1", "ann", "1.00"),
                new ImportRow.Unparsed<>(new RejectedRow(new SourcePosition("f.csv", 3), "amount", "'x' is not a number")),
                row(4, "t2", "ann", "2.00"));
        ImportSummary s = service.importPurchases(new ImportPurchasesUseCase.Command(rows.iterator(), "shop",
                UnknownCustomers.REGISTER, 10, listener));
        assertThat(s).isEqualTo(new ImportSummary(3, 2, 0, 0, 1, 1));
        assertThat(rejects).extracting(RejectedRow::field).containsExactly("amount");
    }

    @Test
    void aFailingBatchLeavesNothingBehindAndKeepsWhatEarlierBatchesCommitted() {
        Iterator<ImportRow<PurchaseRow>> rows = new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ImportRow<PurchaseRow> next() {
                n++;
                if (n == 4) {
                    throw new IllegalStateException("disk gone"); // the reader dies mid-file
                }
                return row(n + 1, "t" + n, "c" + n, "1.00");
            }
        };
        try {
            service.importPurchases(new ImportPurchasesUseCase.Command(rows, "shop", UnknownCustomers.REGISTER, 2, listener));
        } catch (IllegalStateException expected) {
            // the first batch of two was committed, the third row was never written
        }
        assertThat(storage.purchases().count()).isEqualTo(2);
        assertThat(storage.customers().count()).isEqualTo(2);
    }

    @SafeVarargs
    private ImportSummary run(UnknownCustomers unknown, int batch, ImportRow<PurchaseRow>... rows) {
        return service.importPurchases(new ImportPurchasesUseCase.Command(List.of(rows).iterator(), "shop", unknown,
                batch, listener));
    }

    private static ImportRow<PurchaseRow> row(int line, String id, String customer, String amount) {
        return new ImportRow.Parsed<>(new SourcePosition("f.csv", line), new PurchaseRow(PurchaseId.of(id), customer,
                Optional.empty(), Instant.parse("2024-01-0" + Math.min(9, line) + "T00:00:00Z"), Money.of(amount, "USD"),
                Channel.UNSPECIFIED, List.of()));
    }
}
