package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.opencrm.application.port.in.report.RunReportBatchUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.service.lifecycle.LifecycleRules;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.LifecycleDerivation;
import org.opencrm.domain.lifecycle.LifecycleHistory;
import org.opencrm.domain.lifecycle.LifecycleStage;

/**
 * Runs a batch of reports sharing the valuations they ask for ({@link CustomerValuation#sharing}); a book of one
 * date also shares every customer's lifecycle stage, derived in the pass that values the base.
 */
public class ReportBatchService implements RunReportBatchUseCase {

    private final CustomerValuation valuation;
    private final LifecycleRules rules;

    @Inject
    public ReportBatchService(CustomerValuation valuation, LifecycleRules rules) {
        this.valuation = Objects.requireNonNull(valuation);
        this.rules = Objects.requireNonNull(rules);
    }

    @Override
    public <T> T run(Supplier<T> reports) {
        return CustomerValuation.sharing(reports);
    }

    @Override
    public <T> T run(LocalDate asOf, Supplier<T> reports) {
        return CustomerValuation.sharing(() -> SharedStages.sharing(() -> {
            if (valuation.canValueAt(asOf, ValueAssumptions.DEFAULT)) {
                // The valuation the book's value reports share, made first and with every stage derived beside
                // it: the reports that group by stage (quality) then read no history of their own.
                LifecycleDerivation derivation = rules.asOf(asOf).derivation();
                Map<CustomerId, LifecycleStage> stages = new ConcurrentHashMap<>(); // filled by the scoring threads
                valuation.valueAt(List.of(asOf), ValueAssumptions.DEFAULT, history -> derivation.derive(history, asOf)
                        .map(LifecycleHistory::current).ifPresent(s -> stages.put(history.customerId(), s)));
                SharedStages.remember(asOf, stages);
            }
            return reports.get();
        }));
    }
}
