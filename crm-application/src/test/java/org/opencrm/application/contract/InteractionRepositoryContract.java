package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencrm.application.error.CustomerNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.fixtures.TestCustomers;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;
import org.opencrm.domain.relationship.ContactTally;

/** Contract of {@link org.opencrm.application.port.out.InteractionRepository}: every backend passes it. */
public abstract class InteractionRepositoryContract extends StorageContract {

    private static final CustomerId ANN = CustomerId.of("c-ann");
    private static final CustomerId BOB = CustomerId.of("c-bob");

    @BeforeEach
    void twoCustomers() {
        customers().save(TestCustomers.aCustomer("c-ann", "Ann", "ann"));
        customers().save(TestCustomers.aCustomer("c-bob", "Bob", "bob"));
    }

    private static Interaction call(String id, CustomerId customer, String at, Optional<String> continues) {
        return new Interaction(InteractionId.of(id), customer, ContactChannel.PHONE, Direction.INBOUND, "complaint",
                "Parcel late; 张伟 called twice 🐉", Optional.of("callback promised"), Instant.parse(at),
                Optional.of("desk-7"), continues.map(InteractionId::of));
    }

    private static Interaction contact(String id, CustomerId customer, Direction direction, String type, String at) {
        return new Interaction(InteractionId.of(id), customer, ContactChannel.EMAIL, direction, type, "x",
                Optional.empty(), Instant.parse(at), Optional.empty(), Optional.empty());
    }

    @Test
    void countsEachCustomersContactsInAWindowAsTheRelationshipMeasuresReadThem() {
        Instant from = Instant.parse("2024-01-01T00:00:00Z");
        Instant to = Instant.parse("2025-01-01T00:00:00Z");
        storage().interactions().add(contact("t-1", ANN, Direction.INBOUND, "complaint", "2024-01-01T00:00:00Z"));
        storage().interactions().add(contact("t-2", ANN, Direction.OUTBOUND, "feedback", "2024-06-01T00:00:00Z"));
        storage().interactions().add(contact("t-3", ANN, Direction.OUTBOUND, "co-creation", "2024-12-31T23:59:59.999Z"));
        storage().interactions().add(contact("t-4", ANN, Direction.INBOUND, "survey", "2025-01-01T00:00:00Z"));
        storage().interactions().add(contact("t-5", BOB, Direction.INBOUND, "inquiry", "2023-12-31T23:59:59.999Z"));

        assertThat(storage().interactions().tallies(from, to))
                .containsExactly(java.util.Map.entry(ANN, new ContactTally(3, 1, 2, 1, 2)));
        assertThat(storage().interactions().tallies(to, to.plusSeconds(1)))
                .containsExactly(java.util.Map.entry(ANN, new ContactTally(1, 1, 0, 0, 1)));
    }

    @Test
    void keepsEveryFieldExactlyAndTheFirstOfOneId() {
        Interaction first = call("i-1", ANN, "2024-03-01T10:15:30.123Z", Optional.empty());
        assertThat(storage().interactions().add(first)).isTrue();
        Interaction other = new Interaction(InteractionId.of("i-1"), ANN, ContactChannel.EMAIL, Direction.OUTBOUND,
                "survey", "x".repeat(Interaction.MAX_SUMMARY), Optional.empty(), Instant.parse("2024-03-02T00:00:00Z"),
                Optional.empty(), Optional.empty());
        assertThat(storage().interactions().add(other)).isFalse();
        assertThat(storage().interactions().findById(InteractionId.of("i-1"))).contains(first);
        assertThat(storage().interactions().count()).isOne();
    }

    @Test
    void absentFieldsStayAbsentAndLongTextStaysWhole() {
        Interaction bare = new Interaction(InteractionId.of("i-2"), BOB, ContactChannel.LETTER, Direction.OUTBOUND,
                "welcome", "ü".repeat(Interaction.MAX_SUMMARY), Optional.empty(), Instant.parse("2024-01-01T00:00:00Z"),
                Optional.empty(), Optional.empty());
        storage().interactions().add(bare);
        assertThat(storage().interactions().findById(InteractionId.of("i-2"))).contains(bare);
        assertThat(storage().interactions().findById(InteractionId.of("nope"))).isEmpty();
    }

    @Test
    void aCustomersInteractionsComeOldestFirstAndOnlyTheirs() {
        storage().interactions().add(call("i-3", ANN, "2024-03-03T00:00:00Z", Optional.of("i-1")));
        storage().interactions().add(call("i-1", ANN, "2024-03-01T00:00:00Z", Optional.empty()));
        storage().interactions().add(call("i-0", ANN, "2024-03-03T00:00:00Z", Optional.empty()));
        storage().interactions().add(call("i-9", BOB, "2024-03-02T00:00:00Z", Optional.empty()));
        assertThat(storage().interactions().findByCustomer(ANN)).extracting(i -> i.id().value())
                .containsExactly("i-1", "i-0", "i-3");
        assertThat(storage().interactions().findByCustomer(CustomerId.of("nobody"))).isEmpty();
        assertThat(storage().interactions().findAfter(Optional.empty(), 2)).extracting(i -> i.id().value())
                .containsExactly("i-0", "i-1");
        assertThat(storage().interactions().findAfter(Optional.of(InteractionId.of("i-1")), 10))
                .extracting(i -> i.id().value()).containsExactly("i-3", "i-9");
    }

    @Test
    void aBatchStoresTheNewOnesOnceAndCountsThem() {
        storage().interactions().add(call("i-1", ANN, "2024-03-01T00:00:00Z", Optional.empty()));
        Interaction again = call("i-2", BOB, "2024-03-02T00:00:00Z", Optional.empty());
        int added = storage().interactions().addBatch(List.of(call("i-1", ANN, "2024-03-01T00:00:00Z", Optional.empty()),
                again, call("i-2", ANN, "2024-03-09T00:00:00Z", Optional.empty()),
                call("i-3", ANN, "2024-03-03T00:00:00Z", Optional.of("i-1"))));
        assertThat(added).isEqualTo(2);
        assertThat(storage().interactions().findById(InteractionId.of("i-2"))).contains(again);
        assertThat(storage().interactions().count()).isEqualTo(3);
        assertThat(storage().interactions().customersOf(Set.of(InteractionId.of("i-2"), InteractionId.of("i-3"),
                InteractionId.of("nope")))).isEqualTo(Map.of(InteractionId.of("i-2"), BOB, InteractionId.of("i-3"), ANN));
    }

    @Test
    void aBatchWithAnUnknownCustomerStoresNothingOfIt() {
        assertThatThrownBy(() -> unitOfWork().run(() -> storage().interactions().addBatch(List.of(
                call("i-1", ANN, "2024-03-01T00:00:00Z", Optional.empty()),
                call("i-2", CustomerId.of("c-nobody"), "2024-03-01T00:00:00Z", Optional.empty())))))
                .isInstanceOf(CustomerNotFoundException.class);
        assertThat(storage().interactions().count()).isZero();
    }

    @Test
    void anInteractionAddedInATransactionThatFailsIsNotKept() {
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            storage().interactions().add(call("i-1", ANN, "2024-03-01T00:00:00Z", Optional.empty()));
            throw new IllegalStateException("the request failed after all");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(storage().interactions().count()).isZero();
    }
}
