package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
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
import org.opencrm.domain.value.grid.Tercile;
import org.opencrm.domain.value.grid.TierPolicy;
import org.opencrm.domain.value.grid.ValueCell;
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
        if (snapshot.customers().isEmpty()) {
            return Map.of();
        }
        ValueGrid grid = ValueGrid.of(snapshot.customers().stream().map(ValuedCustomer::value).toList(), policy);
        return new TierView(grid.cells(), policy);
    }

    /**
     * Each customer's tier read through their grid cell when asked: no second map of the whole base. The nine
     * cells' tiers are looked up once.
     */
    private static final class TierView extends AbstractMap<CustomerId, RelationshipTier> {
        private final Map<CustomerId, ValueCell> cells;
        private final RelationshipTier[] tierOfCell = new RelationshipTier[Tercile.values().length * Tercile.values().length];

        TierView(Map<CustomerId, ValueCell> cells, TierPolicy policy) {
            this.cells = cells;
            for (Tercile h : Tercile.values()) {
                for (Tercile p : Tercile.values()) {
                    tierOfCell[index(new ValueCell(h, p))] = policy.tierOf(new ValueCell(h, p));
                }
            }
        }

        private static int index(ValueCell cell) {
            return cell.historical().ordinal() * Tercile.values().length + cell.potential().ordinal();
        }

        @Override
        public RelationshipTier get(Object customer) {
            ValueCell cell = cells.get(customer);
            return cell == null ? null : tierOfCell[index(cell)];
        }

        @Override
        public boolean containsKey(Object customer) {
            return cells.containsKey(customer);
        }

        @Override
        public int size() {
            return cells.size();
        }

        @Override
        public Set<Entry<CustomerId, RelationshipTier>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<CustomerId, RelationshipTier>> iterator() {
                    Iterator<Entry<CustomerId, ValueCell>> inner = cells.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return inner.hasNext();
                        }

                        @Override
                        public Entry<CustomerId, RelationshipTier> next() {
                            Entry<CustomerId, ValueCell> e = inner.next();
                            return new SimpleImmutableEntry<>(e.getKey(), tierOfCell[index(e.getValue())]);
                        }
                    };
                }

                @Override
                public int size() {
                    return cells.size();
                }
            };
        }
    }
}
