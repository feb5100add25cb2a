package org.opencrm.domain.value.grid;

import java.util.EnumMap;
import java.util.Map;
import org.opencrm.domain.customer.CustomerId;

/**
 * Tier changes between two dates (docs/domain.md §4, "healthy development"): how many customers moved from each
 * tier to each other tier, and how many of those moves were upgrades or downgrades.
 */
public record TierMovements(Map<RelationshipTier, Map<RelationshipTier, Long>> moves, long upgrades, long downgrades,
                            long unchanged) {

    public TierMovements {
        moves = Map.copyOf(moves);
    }

    /** Compares the tiers of customers present at both dates. */
    public static TierMovements between(Map<CustomerId, RelationshipTier> before, Map<CustomerId, RelationshipTier> after) {
        Map<RelationshipTier, Map<RelationshipTier, Long>> moves = new EnumMap<>(RelationshipTier.class);
        long up = 0;
        long down = 0;
        long same = 0;
        for (Map.Entry<CustomerId, RelationshipTier> e : before.entrySet()) {
            RelationshipTier now = after.get(e.getKey());
            if (now == null) {
                continue;
            }
            RelationshipTier was = e.getValue();
            moves.computeIfAbsent(was, t -> new EnumMap<>(RelationshipTier.class)).merge(now, 1L, Long::sum);
            if (now == was) {
                same++;
            } else if (now.isUpgradeFrom(was)) {
                up++;
            } else {
                down++;
            }
        }
        Map<RelationshipTier, Map<RelationshipTier, Long>> frozen = new EnumMap<>(RelationshipTier.class);
        moves.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new TierMovements(frozen, up, down, same);
    }
}
