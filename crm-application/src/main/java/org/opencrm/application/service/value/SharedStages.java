package org.opencrm.application.service.value;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.LifecycleStage;

/**
 * Every customer's lifecycle stage as of a date, derived once for a report book ({@link ReportBatchService}) in
 * the pass that values the base, and read by the book's reports that group customers by stage instead of
 * reading every history again. Held for the thread running the book, like {@link CustomerValuation#sharing}.
 */
final class SharedStages {

    private static final ThreadLocal<Map<LocalDate, Map<CustomerId, LifecycleStage>>> SHARED = new ThreadLocal<>();

    private SharedStages() {
    }

    /** Runs {@code reports} with the stages {@code remembered} from here on visible to them. */
    static <T> T sharing(Supplier<T> reports) {
        if (SHARED.get() != null) {
            return reports.get();
        }
        SHARED.set(new HashMap<>());
        try {
            return reports.get();
        } finally {
            SHARED.remove();
        }
    }

    /** Keeps the stages of every customer known by {@code asOf}; nothing outside a book. */
    static void remember(LocalDate asOf, Map<CustomerId, LifecycleStage> stages) {
        Map<LocalDate, Map<CustomerId, LifecycleStage>> shared = SHARED.get();
        if (shared != null) {
            shared.put(asOf, stages);
        }
    }

    /** The stages remembered for {@code asOf} in this book, if any. */
    static Optional<Map<CustomerId, LifecycleStage>> at(LocalDate asOf) {
        Map<LocalDate, Map<CustomerId, LifecycleStage>> shared = SHARED.get();
        return shared == null ? Optional.empty() : Optional.ofNullable(shared.get(asOf));
    }
}
