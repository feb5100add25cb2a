package org.opencrm.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;

class ProfileMergeTest {

    private static final Instant EARLY = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant LATE = Instant.parse("2025-06-01T00:00:00Z");

    private final Customer survivor = new Customer(CustomerId.of("s"), "张伟",
            List.of(ExternalId.of("shop", "1")), List.of(ContactPoint.email("zw@example.cn")),
            new MarketingConsent(true, false), Map.of("city", "上海"), AcquisitionSource.UNKNOWN, LATE);
    private final Customer absorbed = new Customer(CustomerId.of("a"), "Zhang Wei",
            List.of(ExternalId.of("shop", "2"), ExternalId.of("pos", "77")),
            List.of(ContactPoint.email("other@example.cn"), ContactPoint.phone("+8613800000000")),
            new MarketingConsent(true, true), Map.of("city", "北京", "tier", "gold"), AcquisitionSource.of("fair"),
            EARLY);

    @Test
    void keepsTheSurvivorsValuesAndFillsOnlyItsEmptyFields() {
        ProfileMerge merge = ProfileMerge.of(survivor, absorbed);
        Customer merged = merge.merged();

        assertThat(merged.id()).isEqualTo(survivor.id());
        assertThat(merged.name()).isEqualTo("张伟");
        assertThat(merged.email()).contains("zw@example.cn");
        assertThat(merged.contact(ContactPoint.Kind.PHONE)).contains("+8613800000000");
        assertThat(merged.attributes()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("city", "上海", "tier", "gold")));
        assertThat(merged.acquisition()).isEqualTo(AcquisitionSource.of("fair"));
        assertThat(merged.createdAt()).isEqualTo(EARLY);
        assertThat(merged.externalIds()).containsExactly(ExternalId.of("pos", "77"), ExternalId.of("shop", "1"),
                ExternalId.of("shop", "2"));
        assertThat(merge.filledFields()).containsExactly("phone", "attributes.tier", "acquisition", "createdAt");
    }

    @Test
    void neverWidensConsent() {
        assertThat(ProfileMerge.of(survivor, absorbed).merged().consent()).isEqualTo(new MarketingConsent(true, false));
    }

    @Test
    void fillsNothingWhenTheSurvivorHasEverything() {
        ProfileMerge merge = ProfileMerge.of(absorbed, survivor);
        assertThat(merge.filledFields()).isEmpty();
        assertThat(merge.merged().externalIds()).hasSize(3);
    }

    @Test
    void refusesACustomerMergedIntoItself() {
        assertThatThrownBy(() -> ProfileMerge.of(survivor, survivor)).hasMessageContaining("'absorbed'")
                .hasMessageContaining("itself");
        assertThatThrownBy(() -> new CustomerMerge(CustomerId.of("s"), CustomerId.of("s"), "x", LATE, MovedFacts.NONE,
                List.of())).hasMessageContaining("'absorbed'");
    }

    @Test
    void movedFactsAddUpAndRefuseNegativeCounts() {
        assertThat(new MovedFacts(3, 2, 1, 1, 1, 2).total()).isEqualTo(10);
        assertThatThrownBy(() -> new MovedFacts(-1, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
