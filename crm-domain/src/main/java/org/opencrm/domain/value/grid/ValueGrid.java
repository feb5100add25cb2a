package org.opencrm.domain.value.grid;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.rfm.QuantileCuts;

/**
 * The 3×3 value grid of seed 004: terciles of historical value × terciles of potential value across the
 * customer base, each cell mapped to a relationship tier by the {@link TierPolicy}.
 */
public record ValueGrid(QuantileCuts historical, QuantileCuts potential, Map<CustomerId, ValueCell> cells,
                        TierPolicy policy) {

    public ValueGrid {
        cells = Map.copyOf(cells);
    }

    public static ValueGrid of(List<CustomerValue> values, TierPolicy policy) {
        QuantileCuts h = QuantileCuts.of(values.stream().mapToDouble(CustomerValue::historical).toArray(), 3);
        QuantileCuts p = QuantileCuts.of(values.stream().mapToDouble(CustomerValue::potential).toArray(), 3);
        Map<CustomerId, ValueCell> cells = new LinkedHashMap<>();
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
