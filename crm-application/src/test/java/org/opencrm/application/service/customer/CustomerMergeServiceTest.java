package org.opencrm.application.service.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.in.customer.CustomerProfile;
import org.opencrm.application.port.in.customer.CustomerProfileUseCase;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.customer.MergeCustomersUseCase;
import org.opencrm.application.port.in.interaction.FindInteractionsUseCase;
import org.opencrm.application.port.in.interaction.RecordInteractionUseCase;
import org.opencrm.application.port.in.purchase.FindPurchasesUseCase;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.identity.MovedFacts;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;

class CustomerMergeServiceTest {

    private static final CustomerId ANN = CustomerId.of("c-ann");
    private static final CustomerId ANNA = CustomerId.of("c-anna");
    private static final CustomerId CARL = CustomerId.of("c-carl");
    private static final Instant CREATED = Instant.parse("2024-01-15T10:00:00Z");

    private final FakeApplication app = new FakeApplication();
    private final FakeStorage storage = app.storage();
    private final MergeCustomersUseCase merge = app.useCase(MergeCustomersUseCase.class);

    @BeforeEach
    void twoRecordsOfOnePerson() {
        storage.customers().save(new Customer(ANN, "Ann Lee", List.of(ExternalId.of("shop", "a-1")),
                List.of(ContactPoint.email("ann@example.org")), MarketingConsent.NONE, java.util.Map.of(),
                AcquisitionSource.UNKNOWN, CREATED));
        storage.customers().save(new Customer(ANNA, "Anna Lee", List.of(ExternalId.of("pos", "77")),
                List.of(ContactPoint.phone("+44 20 7946 0000")), new MarketingConsent(true, true),
                java.util.Map.of("city", "Leeds"), AcquisitionSource.of("fair"), CREATED.minusSeconds(86_400)));
        storage.customers().save(Customer.named(CARL, "Carl", CREATED));
        storage.purchases().add(TestPurchases.aPurchase("p-1", ANNA, LocalDate.of(2024, 5, 1), "30.00"));
    }

    @Test
    void movesTheFactsFillsTheEmptyFieldsAndLogsTheMerge() {
        CustomerMerge log = merge.merge(new MergeCustomersUseCase.Command(ANN, ANNA));

        assertThat(log.moved()).isEqualTo(new MovedFacts(1, 0, 0, 0, 0, 1));
        assertThat(log.filledFields()).containsExactly("phone", "attributes.city", "acquisition", "createdAt");
        assertThat(log.mergedAt()).isEqualTo(FakeApplication.NOW);
        assertThat(log.absorbedName()).isEqualTo("Anna Lee");
        Customer survivor = storage.customers().findById(ANN).orElseThrow();
        assertThat(survivor.name()).isEqualTo("Ann Lee");
        assertThat(survivor.consent()).isEqualTo(MarketingConsent.NONE);
        assertThat(survivor.externalIds()).contains(ExternalId.of("pos", "77"));
        assertThat(storage.merges().findBySurvivor(ANN)).containsExactly(log);
    }

    @Test
    void theProfileListsEveryRecordMergedIntoTheCustomerAlsoThroughAnEarlierMerge() {
        CustomerMerge first = merge.merge(new MergeCustomersUseCase.Command(ANN, ANNA));
        CustomerMerge second = merge.merge(new MergeCustomersUseCase.Command(CARL, ANN));

        CustomerProfile profile = app.useCase(CustomerProfileUseCase.class).profile(
                new CustomerProfileUseCase.Query(ANNA, Optional.empty()));
        assertThat(profile.customer().id()).isEqualTo(CARL);
        assertThat(profile.merges()).containsExactlyInAnyOrder(first, second);
        assertThat(second.moved().purchases()).isEqualTo(1);
    }

    @Test
    void theAbsorbedIdKeepsWorkingForReadsAndWrites() {
        merge.merge(new MergeCustomersUseCase.Command(ANN, ANNA));

        assertThat(app.useCase(FindCustomerUseCase.class).byId(ANNA).map(Customer::id)).contains(ANN);
        assertThat(app.useCase(FindPurchasesUseCase.class).ofCustomer(ANNA)).extracting(p -> p.customerId())
                .containsExactly(ANN);
        app.useCase(RecordInteractionUseCase.class).record(new RecordInteractionUseCase.Command(Optional.empty(), ANNA,
                ContactChannel.PHONE, Direction.INBOUND, "question", "asked about her order", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(app.useCase(FindInteractionsUseCase.class).ofCustomer(ANN)).hasSize(1)
                .allSatisfy(i -> assertThat(i.customerId()).isEqualTo(ANN));
    }

    @Test
    void refusesSelfUnknownAndMergedAwayRecordsAndAnswersARepeatWithTheFirstMerge() {
        assertThatThrownBy(() -> new MergeCustomersUseCase.Command(ANN, ANN)).hasMessageContaining("'absorbed'")
                .hasMessageContaining("itself");
        assertThatThrownBy(() -> merge.merge(new MergeCustomersUseCase.Command(ANN, CustomerId.of("c-404"))))
                .isInstanceOf(CustomerNotFoundException.class);
        CustomerMerge first = merge.merge(new MergeCustomersUseCase.Command(ANN, ANNA));

        assertThat(merge.merge(new MergeCustomersUseCase.Command(ANN, ANNA))).isEqualTo(first);
        assertThatThrownBy(() -> merge.merge(new MergeCustomersUseCase.Command(ANNA, CARL)))
                .hasMessageContaining("'survivor' c-anna was merged into c-ann");
        assertThatThrownBy(() -> merge.merge(new MergeCustomersUseCase.Command(CARL, ANNA)))
                .hasMessageContaining("'absorbed' c-anna was merged into c-ann");
        assertThat(storage.merges().findAll()).containsExactly(first);
    }
}
