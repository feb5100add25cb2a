package org.opencrm.domain.complaint;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.value.grid.RelationshipTier;

/**
 * How many days after its cause the system schedules a revisit, by relationship tier (closer relationships are
 * revisited sooner); a tier without a cadence gets none (the risk tier: end contact, seed 004).
 */
public record FollowUpCadence(Map<RelationshipTier, Integer> daysByTier, int untieredDays) {

    /** Strategic 7 days, major 14, transactional 30, risk none; untiered 14. */
    public static final FollowUpCadence DEFAULT = new FollowUpCadence(Map.of(RelationshipTier.STRATEGIC, 7,
            RelationshipTier.MAJOR, 14, RelationshipTier.TRANSACTIONAL, 30), 14);

    public FollowUpCadence {
        daysByTier = new EnumMap<>(Objects.requireNonNull(daysByTier, "'daysByTier' must not be null"));
        daysByTier.forEach((tier, days) -> {
            if (days == null || days < 1) {
                throw new IllegalArgumentException("the follow-up cadence of tier " + tier + " must be at least 1 day");
            }
        });
        if (untieredDays < 1) {
            throw new IllegalArgumentException("the follow-up cadence of untiered customers must be at least 1 day");
        }
        daysByTier = Map.copyOf(daysByTier);
    }

    /** Days until the revisit for a customer of {@code tier} (empty tier: untiered); empty: no revisit. */
    public Optional<Integer> daysFor(Optional<RelationshipTier> tier) {
        return tier.isEmpty() ? Optional.of(untieredDays) : Optional.ofNullable(daysByTier.get(tier.get()));
    }
}
