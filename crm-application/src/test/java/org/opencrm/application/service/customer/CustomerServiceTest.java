package org.opencrm.application.service.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.error.StaleVersionException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.application.port.in.customer.CustomerVersion;
import org.opencrm.application.port.in.customer.RegisterCustomerUseCase;
import org.opencrm.application.port.in.customer.UpdateCustomerUseCase;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.UpdatePolicy;

class CustomerServiceTest {

    private final FakeApplication app = new FakeApplication();
    private final CustomerService customers = app.useCase(CustomerService.class);

    private Customer register(String name, String externalId) {
        return customers.register(new RegisterCustomerUseCase.Command(new CustomerUpdate(Optional.of(name),
                List.of(ExternalId.of("shop", externalId)), List.of(ContactPoint.email(externalId + "@example.org")),
                Optional.empty(), Map.of("city", "Oslo"), Optional.empty()), Optional.empty()));
    }

    @Test
    void aRegisteredCustomerIsStoredAtTheClocksTimeAndFoundByEveryKey() {
        Customer ann = register("Ann", "a-1");
        assertThat(ann.createdAt()).isEqualTo(FakeApplication.NOW);
        assertThat(app.storage().customers().findById(ann.id())).contains(ann);
        assertThat(customers.byExternalId(ExternalId.of("shop", "a-1"))).contains(ann);
        assertThat(customers.byEmail("a-1@example.org")).contains(ann);
        assertThat(customers.byName("an", PageRequest.first(10)).items()).containsExactly(ann);
    }

    @Test
    void anUpdateMadeOnAnOldVersionIsRefusedAndChangesNothing() {
        Customer ann = register("Ann", "a-1");
        String version = CustomerVersion.of(ann);
        CustomerUpdate rename = new CustomerUpdate(Optional.of("Anne"), List.of(), List.of(), Optional.empty(),
                Map.of(), Optional.empty());
        Customer renamed = customers.update(new UpdateCustomerUseCase.Command(ann.id(), rename, UpdatePolicy.OVERWRITE,
                Optional.of(version)));
        assertThat(renamed.name()).isEqualTo("Anne");
        assertThat(renamed.attributes()).containsEntry("city", "Oslo");

        CustomerUpdate again = new CustomerUpdate(Optional.of("Annie"), List.of(), List.of(), Optional.empty(),
                Map.of(), Optional.empty());
        assertThatThrownBy(() -> customers.update(new UpdateCustomerUseCase.Command(ann.id(), again,
                UpdatePolicy.OVERWRITE, Optional.of(version)))).isInstanceOf(StaleVersionException.class);
        assertThat(customers.byId(ann.id()).orElseThrow().name()).isEqualTo("Anne");
        assertThatThrownBy(() -> customers.update(new UpdateCustomerUseCase.Command(CustomerId.of("nobody"), again,
                UpdatePolicy.OVERWRITE, Optional.empty()))).isInstanceOf(CustomerNotFoundException.class);
    }

    @Test
    void fillEmptyKeepsWhatIsThere() {
        Customer ann = register("Ann", "a-1");
        Customer same = customers.update(new UpdateCustomerUseCase.Command(ann.id(), new CustomerUpdate(
                Optional.of("Someone else"), List.of(), List.of(), Optional.empty(), Map.of("city", "Rome", "tier", "gold"),
                Optional.empty()), UpdatePolicy.FILL_EMPTY, Optional.empty()));
        assertThat(same.name()).isEqualTo("Ann");
        assertThat(same.attributes()).containsEntry("city", "Oslo").containsEntry("tier", "gold");
    }

    @Test
    void theListPagesInIdOrderWithACursor() {
        for (int i = 0; i < 5; i++) {
            register("C" + i, "c-" + i);
        }
        Page<Customer> first = customers.list(PageRequest.first(3));
        assertThat(first.items()).hasSize(3);
        Page<Customer> second = customers.list(PageRequest.after(first.nextCursor().orElseThrow(), 3));
        assertThat(second.items()).hasSize(2);
        assertThat(second.nextCursor()).isEmpty();
        assertThat(first.items().get(2).id().value()).isLessThan(second.items().get(0).id().value());
        assertThat(customers.count()).isEqualTo(5);
    }
}
