package org.opencrm.application.service.lifecycle;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.error.ModelNotFittedException;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;

/**
 * Chooses the stored fit a report as of a date may use: the latest one calibrated on or before that date, so
 * no report reads a purchase after its date through a model. Fits are few, so all of a kind are read.
 */
public final class ModelFits {

    /** A fit calibrated more than this many days before the report's date is flagged as stale. */
    public static final long STALE_AFTER_DAYS = 92;

    private static final Comparator<FittedModel> LATEST = Comparator.comparing(FittedModel::calibrationEnd)
            .thenComparing(FittedModel::fittedAt);

    private final ModelRepository models;

    @Inject
    public ModelFits(ModelRepository models) {
        this.models = Objects.requireNonNull(models);
    }

    /** The fit with the latest calibration end on or before {@code asOf} (the newest of equals), if any. */
    public Optional<FittedModel> calibratedBy(ModelKind kind, LocalDate asOf) {
        return models.findAll(kind).stream().filter(m -> !m.calibrationEnd().isAfter(asOf)).max(LATEST);
    }

    /** As {@link #calibratedBy}, refusing with what to run when there is none. */
    public FittedModel requireCalibratedBy(ModelKind kind, LocalDate asOf) {
        return calibratedBy(kind, asOf).orElseThrow(() -> {
            List<FittedModel> all = models.findAll(kind);
            return new ModelNotFittedException(kind, asOf, !all.isEmpty());
        });
    }

    /** A warning when the fit's data end long before the report's date (its predictions then age). */
    public static Optional<String> staleness(FittedModel fit, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(fit.calibrationEnd(), asOf);
        if (days <= STALE_AFTER_DAYS) {
            return Optional.empty();
        }
        return Optional.of("the " + fit.kind().code() + " fit is calibrated to " + fit.calibrationEnd() + ", " + days
                + " days before " + asOf + "; refit with 'crm model fit --model " + fit.kind().code()
                + " --calibration-end " + asOf + "' for current predictions");
    }
}
