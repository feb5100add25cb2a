package org.opencrm.application.port.in.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.HoldoutValidation;
import org.opencrm.domain.value.clv.ModelKind;

/**
 * Driving port: checks the latest fit of a purchase model against what customers actually bought after its
 * calibration end, per calibration frequency (the standard holdout table).
 */
public interface ValidateModelUseCase {

    Validation validate(Query query);

    /** Which model's latest fit, and the last day of the holdout period. */
    record Query(ModelKind kind, LocalDate holdoutEnd) {
        public Query {
            Objects.requireNonNull(kind, "'model' must not be null");
            Objects.requireNonNull(holdoutEnd, "'holdoutEnd' must not be null");
        }
    }

    /** The fit that was checked, the holdout length in its unit, and the table. */
    record Validation(FittedModel fit, double holdoutLength, List<HoldoutValidation.Row> rows) {
        public Validation {
            rows = List.copyOf(rows);
        }

        /** Purchases made in the holdout period by all the customers of the table. */
        public double actualTotal() {
            return rows.stream().mapToDouble(r -> r.actualMean() * r.customers()).sum();
        }

        /** Purchases the model expected of them in the holdout period. */
        public double predictedTotal() {
            return rows.stream().mapToDouble(r -> r.predictedMean() * r.customers()).sum();
        }
    }
}
