package org.opencrm.application.service.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.error.PurchaseIdConflictException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.purchase.FindPurchasesUseCase;
import org.opencrm.application.port.in.purchase.RecordPurchaseUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.fixtures.TestCustomers;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;

class RecordPurchaseServiceTest {

    private final FakeApplication app = new FakeApplication();
    private final RecordPurchaseUseCase record = app.useCase(RecordPurchaseUseCase.class);
    private final FindPurchasesUseCase find = app.useCase(FindPurchasesUseCase.class);
    private final CustomerId ann = CustomerId.of("ann");
    private final CustomerId bob = CustomerId.of("bob");

    RecordPurchaseServiceTest() {
        app.storage().customers().save(TestCustomers.aCustomer("ann", "Ann", "a-1"));
        app.storage().customers().save(TestCustomers.aCustomer("bob", "Bob", "b-1"));
    }

    private RecordPurchaseUseCase.Command purchase(CustomerId customer, String amount, String at) {
        return new RecordPurchaseUseCase.Command(Optional.of(PurchaseId.of("p-1")), customer, Instant.parse(at),
                Money.of(amount, "EUR"), List.of(), Channel.of("web"));
    }

    @Test
    void aPurchaseSentAgainIsTheSamePurchaseNotASecondOne() {
        RecordPurchaseUseCase.Result first = record.record(purchase(ann, "12.50", "2024-05-01T10:00:00Z"));
        RecordPurchaseUseCase.Result again = record.record(purchase(ann, "12.50", "2024-05-01T10:00:00Z"));
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.purchase()).isEqualTo(first.purchase());
        assertThat(app.storage().purchases().count()).isOne();
    }

    @Test
    void anIdKnownWithOtherContentOrAnotherCustomerIsAConflictNotAnAnswer() {
        record.record(purchase(ann, "12.50", "2024-05-01T10:00:00Z"));
        assertThatThrownBy(() -> record.record(purchase(bob, "12.50", "2024-05-01T10:00:00Z")))
                .isInstanceOf(PurchaseIdConflictException.class).hasMessageNotContaining("ann");
        assertThatThrownBy(() -> record.record(purchase(ann, "99.00", "2024-05-01T10:00:00Z")))
                .isInstanceOf(PurchaseIdConflictException.class);
        assertThat(find.ofCustomer(bob)).isEmpty();
        assertThat(find.ofCustomer(bob, PurchaseId.of("p-1"))).isEmpty();
        assertThat(find.ofCustomer(ann)).extracting(Purchase::amount).containsExactly(Money.of("12.50", "EUR"));
    }

    @Test
    void anUnknownCustomerIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> record.record(purchase(CustomerId.of("nobody"), "1.00", "2024-05-01T10:00:00Z")))
                .isInstanceOf(CustomerNotFoundException.class);
        assertThatThrownBy(() -> find.ofCustomer(CustomerId.of("nobody"))).isInstanceOf(CustomerNotFoundException.class);
        assertThat(app.storage().purchases().count()).isZero();
    }

    @Test
    void aCustomersPurchasesComeInTimeOrder() {
        for (String[] p : List.of(new String[] {"p-3", "2024-03-01T00:00:00Z"}, new String[] {"p-1", "2024-01-01T00:00:00Z"},
                new String[] {"p-2", "2024-02-01T00:00:00Z"})) {
            record.record(new RecordPurchaseUseCase.Command(Optional.of(PurchaseId.of(p[0])), ann, Instant.parse(p[1]),
                    Money.of("1.00", "EUR"), List.of(), Channel.of("web")));
        }
        assertThat(find.ofCustomer(ann)).extracting(x -> x.id().value()).containsExactly("p-1", "p-2", "p-3");
    }
}
