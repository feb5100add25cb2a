package org.opencrm.application.service.lifecycle;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.LifecycleDerivation;
import org.opencrm.domain.lifecycle.LifecycleHistory;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.purchase.PurchaseHistory;

/**
 * Each customer's lifecycle stage as of a date, derived from the histories it is handed beside another pass
 * (a valuation's): reports that group customers by stage read the histories once. Takes histories from
 * several threads at once.
 */
public final class CurrentStages implements Consumer<PurchaseHistory> {

    private final LifecycleDerivation derivation;
    private final LocalDate asOf;
    private final Map<CustomerId, LifecycleStage> stages = new ConcurrentHashMap<>();

    public CurrentStages(LifecycleRules rules, LocalDate asOf) {
        this.derivation = rules.asOf(asOf).derivation();
        this.asOf = Objects.requireNonNull(asOf);
    }

    @Override
    public void accept(PurchaseHistory history) {
        derivation.derive(history, asOf).map(LifecycleHistory::current)
                .ifPresent(s -> stages.put(history.customerId(), s));
    }

    /** The stage of every customer known by the date among the histories handed over so far. */
    public Map<CustomerId, LifecycleStage> stages() {
        return stages;
    }
}
