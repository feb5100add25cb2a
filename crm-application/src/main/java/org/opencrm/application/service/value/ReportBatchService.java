package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.opencrm.application.port.in.report.RunReportBatchUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.service.lifecycle.CurrentStages;
import org.opencrm.application.service.lifecycle.LifecycleRules;

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
                CurrentStages stages = new CurrentStages(rules, asOf);
                valuation.valueAt(List.of(asOf), ValueAssumptions.DEFAULT, stages);
                SharedStages.remember(asOf, stages.stages());
            }
            return reports.get();
        }));
    }
}
