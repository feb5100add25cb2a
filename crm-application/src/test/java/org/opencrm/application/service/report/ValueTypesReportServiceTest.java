package org.opencrm.application.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.value.ValueTypesReport;
import org.opencrm.application.port.in.value.ValueTypesReportUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.fixtures.TestCustomers;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;
import org.opencrm.domain.value.orientation.ValueOrientationType;

class ValueTypesReportServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private final FakeApplication app = new FakeApplication();

    private void buy(String customer, String product, LocalDate day, String price) {
        app.storage().customers().save(TestCustomers.aCustomer(customer, customer, customer));
        Money unit = Money.of(price, "USD");
        app.storage().purchases().add(new Purchase(PurchaseId.of(customer + "-" + product), CustomerId.of(customer),
                TestPurchases.noon(day), unit, List.of(new LineItem(ProductId.of(product), Optional.of(Category.of("cd")),
                1, unit, Optional.of(Money.of("10.00", "USD")))), Channel.of("web")));
    }

    @Test
    void eachCustomerGetsTheTypeTheirSpendSaysAndTheRestAreCountedWithTheirCause() {
        app.storage().products().saveAll(List.of(
                new Product(ProductId.of("old"), Category.of("cd"), Optional.of(LocalDate.of(2020, 1, 1)),
                        Optional.of(Money.of("10.00", "USD")), false),
                new Product(ProductId.of("new"), Category.of("cd"), Optional.of(LocalDate.of(2024, 11, 1)),
                        Optional.of(Money.of("10.00", "USD")), true)));
        buy("practical", "old", LocalDate.of(2024, 6, 1), "10.00");       // old, once, at list: present, functional
        buy("perfectionist", "new", LocalDate.of(2024, 12, 1), "10.00");  // launched a month before, premium
        buy("bargain", "old", LocalDate.of(2024, 6, 1), "6.00");          // below list price: economic
        app.storage().customers().save(TestCustomers.aCustomer("plain", "plain", "plain"));
        app.storage().purchases().add(TestPurchases.aPurchase("plain-1", CustomerId.of("plain"),
                LocalDate.of(2024, 6, 1), "5.00"));

        ValueTypesReport r = app.useCase(ValueTypesReportUseCase.class).report(new ValueTypesReportUseCase.Query(
                Optional.of(AS_OF), ValueOrientationClassifier.DEFAULT, 10));
        Map<String, ValueOrientationType> listed = r.listed().stream().collect(Collectors.toMap(
                c -> c.customerId().value(), ValueTypesReport.CustomerRow::type));
        assertThat(listed).containsEntry("practical", ValueOrientationType.PRACTICAL)
                .containsEntry("perfectionist", ValueOrientationType.PERFECTIONIST)
                .containsEntry("bargain", ValueOrientationType.VALUE_FOR_MONEY).doesNotContainKey("plain");
        assertThat(r.classified()).isEqualTo(3);
        assertThat(r.unclassified()).singleElement().satisfies(u -> {
            assertThat(u.cause()).isEqualTo(ValueOrientationClassifier.Result.Cause.NO_LINE_ITEMS);
            assertThat(u.customers()).isOne();
        });
        assertThat(r.types().stream().mapToLong(ValueTypesReport.TypeRow::customers).sum()).isEqualTo(3);
    }
}
