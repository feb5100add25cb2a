package org.opencrm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.fixtures.TestCustomers;

class CustomerTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void keepsUnicodeNamesAsGiven() {
        Customer c = Customer.named(CustomerId.of("x"), "  张伟 🐉 ", NOW);
        assertThat(c.name()).isEqualTo("张伟 🐉");
    }

    @Test
    void refusesBlankNameAndTheSameExternalIdTwiceButKeepsSeveralOfOneSource() {
        assertThatThrownBy(() -> Customer.named(CustomerId.of("x"), " ", NOW)).hasMessageContaining("'name'");
        assertThatThrownBy(() -> new Customer(CustomerId.of("x"), "A",
                List.of(ExternalId.of("shop", "1"), ExternalId.of("shop", "1")), List.of(), MarketingConsent.NONE,
                Map.of(), AcquisitionSource.UNKNOWN, NOW)).hasMessageContaining("more than one entry for shop:1");
        Customer two = new Customer(CustomerId.of("x"), "A", List.of(ExternalId.of("shop", "2"), ExternalId.of("shop", "1")),
                List.of(), MarketingConsent.NONE, Map.of(), AcquisitionSource.UNKNOWN, NOW);
        assertThat(two.externalIds("shop")).containsExactly(ExternalId.of("shop", "1"), ExternalId.of("shop", "2"));
    }

    @Test
    void normalisesEmailDomainAndRefusesNonsense() {
        assertThat(ContactPoint.email("Ada@Example.ORG").value()).isEqualTo("Ada@example.org");
        assertThatThrownBy(() -> ContactPoint.email("not-an-address")).hasMessageContaining("'email'");
    }

    @Test
    void overwriteReplacesGivenFields() {
        Customer c = TestCustomers.aCustomer();
        CustomerUpdate update = new CustomerUpdate(Optional.of("Ada King"), List.of(ExternalId.of("shop", "new")),
                List.of(ContactPoint.email("ada@king.org")), Optional.of(MarketingConsent.NONE),
                Map.of("tier", "platinum", "city", "London"), Optional.empty());
        Customer updated = c.apply(update, UpdatePolicy.OVERWRITE);
        assertThat(updated.name()).isEqualTo("Ada King");
        // An external id is never overwritten: the old one keeps resolving, the new one is added beside it.
        assertThat(updated.externalIds("shop")).containsExactly(ExternalId.of("shop", "ada-1"), ExternalId.of("shop", "new"));
        assertThat(updated.email()).contains("ada@king.org");
        assertThat(updated.consent()).isEqualTo(MarketingConsent.NONE);
        assertThat(updated.attributes()).containsEntry("tier", "platinum").containsEntry("city", "London");
        assertThat(updated.id()).isEqualTo(c.id());
        assertThat(updated.createdAt()).isEqualTo(c.createdAt());
    }

    @Test
    void fillEmptyOnlyAddsWhatIsMissing() {
        Customer c = TestCustomers.aCustomer();
        CustomerUpdate update = new CustomerUpdate(Optional.of("Ada King"), List.of(ExternalId.of("pos", "9")),
                List.of(ContactPoint.email("ada@king.org"), ContactPoint.phone("+44 20 7946 0000")),
                Optional.of(MarketingConsent.NONE), Map.of("tier", "platinum", "city", "London"), Optional.empty());
        Customer updated = c.apply(update, UpdatePolicy.FILL_EMPTY);
        assertThat(updated.name()).isEqualTo(c.name());
        assertThat(updated.externalIds()).containsExactly(ExternalId.of("pos", "9"), ExternalId.of("shop", "ada-1"));
        assertThat(updated.email()).isEqualTo(c.email());
        assertThat(updated.contact(ContactPoint.Kind.PHONE)).contains("+44 20 7946 0000");
        assertThat(updated.consent()).isEqualTo(c.consent());
        assertThat(updated.attributes()).containsEntry("tier", "gold").containsEntry("city", "London");
    }

    @Test
    void attributesAreCopiedAndSorted() {
        Customer c = TestCustomers.aChineseCustomer("z");
        assertThatThrownBy(() -> c.attributes().put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
    }
}
