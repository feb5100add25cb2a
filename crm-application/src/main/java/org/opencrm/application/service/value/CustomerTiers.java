package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.in.value.ValuedCustomer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.TierPolicy;
import org.opencrm.domain.value.grid.ValueGrid;

/**
 * Each customer's relationship tier as of a date, as the tier report draws them (value grid under the default
 * assumptions), for the reports and rules that differ by tier (complaint SLAs, follow-up cadences, the 6I
 * investment). Empty where the store has no calibrated value fits by that date: no tier is guessed.
 */
public class CustomerTiers {

    private final CustomerValuation valuation;

    @Inject
    public CustomerTiers(CustomerValuation valuation) {
        this.valuation = Objects.requireNonNull(valuation);
    }

    /** The tiers as of {@code asOf}; empty when the value models are not fitted by then. */
    public Map<CustomerId, RelationshipTier> asOf(LocalDate asOf) {
        if (!valuation.canValueAt(asOf, ValueAssumptions.DEFAULT)) {
            return Map.of();
        }
        return of(valuation.valueAt(List.of(asOf), ValueAssumptions.DEFAULT).snapshots().get(0), TierPolicy.DEFAULT);
    }

    /**
     * {@link #asOf(LocalDate)}, handing every purchase history to {@code alsoEach} in the same pass (in a pass of
     * its own when the base cannot be valued): a report that also derives lifecycle stages reads them once.
     * {@code alsoEach} may be called from two threads at once.
     */
    public Map<CustomerId, RelationshipTier> asOf(LocalDate asOf, Consumer<PurchaseHistory> alsoEach) {
        if (!valuation.canValueAt(asOf, ValueAssumptions.DEFAULT)) {
            valuation.forEachHistory(alsoEach);
            return Map.of();
        }
        return of(valuation.valueAt(List.of(asOf), ValueAssumptions.DEFAULT, alsoEach).snapshots().get(0),
                TierPolicy.DEFAULT);
    }

    /**
     * The share of the base's CLV held by customers of {@code top} tiers as of {@code asOf}, with their tiers;
     * empty when the value models are not fitted by then or the base has no value.
     */
    public Optional<ValueShare> valueShare(LocalDate asOf, Set<RelationshipTier> top) {
        if (!valuation.canValueAt(asOf, ValueAssumptions.DEFAULT)) {
            return Optional.empty();
        }
        CustomerValuation.Snapshot snapshot = valuation.valueAt(List.of(asOf), ValueAssumptions.DEFAULT).snapshots().get(0);
        Map<CustomerId, RelationshipTier> tiers = of(snapshot, TierPolicy.DEFAULT);
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal topValue = BigDecimal.ZERO;
        for (ValuedCustomer v : snapshot.customers()) {
            all = all.add(v.clv().amount());
            if (top.contains(tiers.get(v.customerId()))) {
                topValue = topValue.add(v.clv().amount());
            }
        }
        return all.signum() <= 0 ? Optional.empty() : Optional.of(new ValueShare(tiers, topValue.doubleValue() / all.doubleValue()));
    }

    /** Tiers and the top tiers' share of value. */
    public record ValueShare(Map<CustomerId, RelationshipTier> tiers, double topShare) {
    }

    /** The tiers of one valuation under {@code policy}. */
    public static Map<CustomerId, RelationshipTier> of(CustomerValuation.Snapshot snapshot, TierPolicy policy) {
        Map<CustomerId, RelationshipTier> tiers = new HashMap<>();
        if (snapshot.customers().isEmpty()) {
            return tiers;
        }
        ValueGrid grid = ValueGrid.of(snapshot.customers().stream().map(ValuedCustomer::value).toList(), policy);
        grid.cells().forEach((id, cell) -> tiers.put(id, policy.tierOf(cell)));
        return tiers;
    }
}
