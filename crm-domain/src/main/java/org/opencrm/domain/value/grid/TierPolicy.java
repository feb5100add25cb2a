package org.opencrm.domain.value.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which tier each cell of the value grid belongs to, and the share of relationship resources each tier gets:
 * data, so operators can change both (docs/domain.md §4 gives the tiers, not the numbers).
 */
public record TierPolicy(Map<ValueCell, RelationshipTier> tiers, Map<RelationshipTier, Double> resourceShares) {

    /** High potential counts most; both high is strategic, both low is the risk tier. */
    public static final TierPolicy DEFAULT = new TierPolicy(defaultTiers(),
            Map.of(RelationshipTier.STRATEGIC, 0.40, RelationshipTier.MAJOR, 0.35,
                    RelationshipTier.TRANSACTIONAL, 0.20, RelationshipTier.RISK, 0.05));

    public TierPolicy {
        // In the grid's order (historical, then potential) and the tiers' order: Map.copyOf's order changes from
        // one run to the next, and reports print these maps.
        List<Map.Entry<ValueCell, RelationshipTier>> cells = new ArrayList<>(tiers.entrySet());
        cells.sort(Map.Entry.comparingByKey(Comparator.comparing(ValueCell::historical)
                .thenComparing(ValueCell::potential)));
        Map<ValueCell, RelationshipTier> ordered = new LinkedHashMap<>();
        cells.forEach(e -> ordered.put(Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue())));
        tiers = Collections.unmodifiableMap(ordered);
        Map<RelationshipTier, Double> shares = new EnumMap<>(RelationshipTier.class);
        resourceShares.forEach((tier, share) -> shares.put(Objects.requireNonNull(tier), share));
        resourceShares = Collections.unmodifiableMap(shares);
        for (Tercile h : Tercile.values()) {
            for (Tercile p : Tercile.values()) {
                if (!tiers.containsKey(new ValueCell(h, p))) {
                    throw new IllegalArgumentException("the tier policy leaves cell " + h + "/" + p + " without a tier");
                }
            }
        }
        double total = 0;
        for (RelationshipTier t : RelationshipTier.values()) {
            Double share = resourceShares.get(t);
            if (share == null || share < 0) {
                throw new IllegalArgumentException("tier " + t + " needs a resource share >= 0, got " + share);
            }
            total += share;
        }
        if (Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException("resource shares must add up to 1, they add up to " + total);
        }
    }

    public RelationshipTier tierOf(ValueCell cell) {
        return tiers.get(Objects.requireNonNull(cell));
    }

    public double resourceShare(RelationshipTier tier) {
        return resourceShares.get(tier);
    }

    private static Map<ValueCell, RelationshipTier> defaultTiers() {
        Map<ValueCell, RelationshipTier> m = new HashMap<>();
        // rows: potential; columns: historical LOW, MEDIUM, HIGH
        put(m, Tercile.HIGH, RelationshipTier.MAJOR, RelationshipTier.MAJOR, RelationshipTier.STRATEGIC);
        put(m, Tercile.MEDIUM, RelationshipTier.TRANSACTIONAL, RelationshipTier.TRANSACTIONAL, RelationshipTier.MAJOR);
        put(m, Tercile.LOW, RelationshipTier.RISK, RelationshipTier.TRANSACTIONAL, RelationshipTier.TRANSACTIONAL);
        return m;
    }

    private static void put(Map<ValueCell, RelationshipTier> m, Tercile potential, RelationshipTier low,
                            RelationshipTier medium, RelationshipTier high) {
        m.put(new ValueCell(Tercile.LOW, potential), low);
        m.put(new ValueCell(Tercile.MEDIUM, potential), medium);
        m.put(new ValueCell(Tercile.HIGH, potential), high);
    }
}
