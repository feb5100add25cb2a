package org.opencrm.domain.value.grid;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.rfm.QuantileCuts;

/**
 * The 3×3 value grid of seed 004: terciles of historical value × terciles of potential value across the
 * customer base, each cell mapped to a relationship tier by the {@link TierPolicy}.
 */
public final class ValueGrid {

    private final QuantileCuts historical;
    private final QuantileCuts potential;
    private final Map<CustomerId, ValueCell> cells;
    private final TierPolicy policy;

    /** Takes {@code cells} as they are: {@link #of} builds them for this grid alone (a copy of 100,000 costs). */
    private ValueGrid(QuantileCuts historical, QuantileCuts potential, Map<CustomerId, ValueCell> cells,
                      TierPolicy policy) {
        this.historical = Objects.requireNonNull(historical);
        this.potential = Objects.requireNonNull(potential);
        this.cells = Collections.unmodifiableMap(cells);
        this.policy = Objects.requireNonNull(policy);
    }

    /** The terciles of historical value. */
    public QuantileCuts historical() {
        return historical;
    }

    /** The terciles of potential value. */
    public QuantileCuts potential() {
        return potential;
    }

    /** Each customer's cell, in the order the values were given. */
    public Map<CustomerId, ValueCell> cells() {
        return cells;
    }

    public TierPolicy policy() {
        return policy;
    }

    public static ValueGrid of(List<CustomerValue> values, TierPolicy policy) {
        QuantileCuts h = QuantileCuts.of(values.stream().mapToDouble(CustomerValue::historical).toArray(), 3);
        QuantileCuts p = QuantileCuts.of(values.stream().mapToDouble(CustomerValue::potential).toArray(), 3);
        Map<CustomerId, ValueCell> cells = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
        for (CustomerValue v : values) {
            cells.put(v.customerId(), new ValueCell(Tercile.ofScore(h.score(v.historical())),
                    Tercile.ofScore(p.score(v.potential()))));
        }
        return new ValueGrid(h, p, cells, policy);
    }

    public RelationshipTier tierOf(CustomerId customer) {
        ValueCell cell = cells.get(customer);
        if (cell == null) {
            throw new IllegalArgumentException("customer " + customer + " is not in the value grid");
        }
        return policy.tierOf(cell);
    }

    /** How many customers each tier holds. */
    public Map<RelationshipTier, Long> tierSizes() {
        Map<RelationshipTier, Long> sizes = new EnumMap<>(RelationshipTier.class);
        for (RelationshipTier t : RelationshipTier.values()) {
            sizes.put(t, 0L);
        }
        cells.values().forEach(c -> sizes.merge(policy.tierOf(c), 1L, Long::sum));
        return sizes;
    }
}
