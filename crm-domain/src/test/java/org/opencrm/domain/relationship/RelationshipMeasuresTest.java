package org.opencrm.domain.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;
import org.opencrm.domain.survey.SurveyAnswers;

class RelationshipMeasuresTest {

    private static final OptionalInt NONE = OptionalInt.empty();

    private static Interaction contact(String id, Direction direction, String type) {
        return new Interaction(InteractionId.of(id), CustomerId.of("ann"), ContactChannel.PHONE, direction, type,
                "talked", Optional.empty(), Instant.parse("2024-05-01T00:00:00Z"), Optional.empty(), Optional.empty());
    }

    @Test
    void commercialFriendshipIsFrequencyTimesReciprocityTimesOutcome() {
        // 2 contacts: frequency 2/4 = 0.5; one way only: 0.5; one of two a complaint: 0.5 -> 12.5.
        assertThat(CommercialFriendship.of(List.of(contact("i1", Direction.INBOUND, "inquiry"),
                contact("i2", Direction.INBOUND, "complaint")))).hasValue(12.5);
        // 4 contacts both ways, none a complaint -> 100.
        assertThat(CommercialFriendship.of(List.of(contact("i1", Direction.INBOUND, "inquiry"),
                contact("i2", Direction.OUTBOUND, "follow-up"), contact("i3", Direction.OUTBOUND, "survey"),
                contact("i4", Direction.INBOUND, "feedback")))).hasValue(100.0);
        assertThat(CommercialFriendship.of(List.of())).isEmpty();
    }

    @Test
    void qualityIsTheMeanOfTheComponentsThereIsDataFor() {
        // trust 4 -> 75, satisfaction 5 -> 100, commitment 3 -> 50, friendship 12.5: (75 + 100 + 50 + 12.5) / 4.
        SurveyAnswers a = new SurveyAnswers(OptionalInt.of(5), NONE, NONE, OptionalInt.of(4), OptionalInt.of(3), NONE,
                NONE);
        RelationshipQuality q = RelationshipQuality.of(Optional.of(a), OptionalDouble.of(12.5));
        assertThat(q.index()).hasValue(59.375);
        RelationshipQuality onlySatisfaction = RelationshipQuality.of(Optional.of(new SurveyAnswers(OptionalInt.of(2),
                NONE, NONE, NONE, NONE, NONE, NONE)), OptionalDouble.empty());
        assertThat(onlySatisfaction.index()).hasValue(25.0);
        assertThat(RelationshipQuality.of(Optional.empty(), OptionalDouble.empty()).index()).isEmpty();
    }

    @Test
    void theSixIMeasuresFollowTheirDefinitions() {
        Customer c = new Customer(CustomerId.of("ann"), "Ann", List.of(ExternalId.of("shop", "1")),
                List.of(ContactPoint.email("ann@example.org")), MarketingConsent.NONE, Map.of(),
                AcquisitionSource.UNKNOWN, Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(SixIMeasures.information(c)).isEqualTo(100.0 * 2 / 6); // e-mail and an external id
        // Cadence 30 days: target 365/30 = 12.17 contacts; 6 contacts = 49.3; 1 of 2 follow-ups on time = 50.
        assertThat(SixIMeasures.interaction(6, Optional.of(30), 2, 1).getAsDouble())
                .isCloseTo((100.0 * 6 / (365.0 / 30) + 50) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SixIMeasures.interaction(6, Optional.empty(), 0, 0)).isEmpty();
        assertThat(SixIMeasures.integration(1, List.of(contact("i1", Direction.INBOUND, "feedback")))).isEqualTo(100.0);
        assertThat(SixIMeasures.integration(0, List.of(contact("i1", Direction.INBOUND, "inquiry")))).isZero();
        // Commitment 4 -> 75, recommend 9 -> 90: 82.5.
        assertThat(SixIMeasures.intention(Optional.of(new SurveyAnswers(NONE, OptionalInt.of(9), NONE, NONE,
                OptionalInt.of(4), NONE, NONE)))).hasValue(82.5);
        assertThat(SixIMeasures.investment(0.5, 0.8)).hasValue(62.5);
        // One campaign offer among three outbound calls: a quarter of the contacts were personalised.
        assertThat(SixIMeasures.individuality(1, 3)).hasValue(25.0);
        assertThat(SixIMeasures.individuality(2, 0)).hasValue(100.0);
        assertThat(SixIMeasures.individuality(0, 0)).isEmpty();
        assertThat(SixIMeasures.investment(0.9, 0.8)).hasValue(100.0);
    }
}
