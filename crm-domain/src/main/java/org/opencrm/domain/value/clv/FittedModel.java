package org.opencrm.domain.value.clv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A fitted model as stored, so reports can use the last fit without refitting: its parameters, the
 * log-likelihood they reach, the data window (calibration end, time unit, customers), when it was fitted and
 * whether the optimiser settled.
 */
public record FittedModel(ModelKind kind, Map<String, Double> parameters, double logLikelihood,
                          LocalDate calibrationEnd, ModelTimeUnit unit, long customers, Instant fittedAt,
                          boolean converged, int evaluations) {

    public FittedModel {
        Objects.requireNonNull(kind, "'kind' must not be null");
        Objects.requireNonNull(parameters, "'parameters' must not be null");
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
        parameters.forEach((name, value) -> {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("parameter '" + name + "' must be a finite number, got " + value);
            }
        });
        Objects.requireNonNull(calibrationEnd, "'calibrationEnd' must not be null");
        Objects.requireNonNull(unit, "'unit' must not be null");
        Objects.requireNonNull(fittedAt, "'fittedAt' must not be null");
        fittedAt = fittedAt.truncatedTo(ChronoUnit.MILLIS);
        if (customers < 0 || evaluations < 0) {
            throw new IllegalArgumentException("customers and evaluations must not be negative");
        }
    }

    public double parameter(String name) {
        Double value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException(kind.code() + " has no parameter '" + name + "'");
        }
        return value;
    }
}
