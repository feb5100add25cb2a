package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestCustomers.aCustomer;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.UpdatePolicy;

/** Contract of {@link org.opencrm.application.port.out.UnitOfWork}: all or nothing, and nesting joins. */
public abstract class UnitOfWorkContract extends StorageContract {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void commitsEverythingTheWorkDid() {
        Customer c = aCustomer();
        String result = unitOfWork().inTransaction(() -> {
            customers().save(c);
            purchases().add(aPurchase("t-1", c.id(), DAY, "1.00"));
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(customers().findById(c.id())).isPresent();
        assertThat(purchases().count()).isEqualTo(1);
    }

    @Test
    void rollsEverythingBackWhenTheWorkFails() {
        Customer existing = aCustomer("c-0", "Existing", "e0");
        customers().save(existing);
        Customer c = aCustomer();
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            customers().save(c);
            customers().save(existing.apply(CustomerUpdate.none(),
                    UpdatePolicy.OVERWRITE));
            purchases().add(aPurchase("t-1", c.id(), DAY, "1.00"));
            purchases().add(aPurchase("t-2", existing.id(), DAY, "2.00"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(customers().findById(c.id())).isEmpty();
        assertThat(customers().findById(existing.id())).contains(existing);
        assertThat(customers().count()).isEqualTo(1);
        assertThat(purchases().count()).isZero();
    }

    @Test
    void aNestedUnitJoinsTheOuterOne() {
        Customer c = aCustomer();
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            unitOfWork().run(() -> customers().save(c));
            throw new IllegalStateException("outer fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(customers().findById(c.id())).isEmpty();
    }

    @Test
    void theStoreStaysUsableAfterARollback() {
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            throw new IllegalArgumentException("bad");
        })).isInstanceOf(IllegalArgumentException.class);
        Customer c = aCustomer();
        unitOfWork().run(() -> customers().save(c));
        assertThat(customers().findById(c.id())).isPresent();
    }
}
