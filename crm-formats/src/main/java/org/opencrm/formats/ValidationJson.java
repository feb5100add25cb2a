package org.opencrm.formats;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.opencrm.application.port.in.model.ValidateModelUseCase;

/**
 * A model's latest fit checked against a holdout period (totals, and means per calibration frequency), as
 * {@code crm model validate --format json} and {@code GET /models/{model}/validation} both write it.
 */
public record ValidationJson(String model, LocalDate calibrationEnd, LocalDate holdoutEnd,
                             @Schema(description = "holdout length in the fit's unit") double holdoutLength,
                             String unit, double actualTotal, double predictedTotal, List<ValidationRow> rows) {

    /** Customers with {@code x} purchases in calibration ({@code andAbove}: x or more) and their holdout means. */
    public record ValidationRow(int x, boolean andAbove, long customers, double actualMean, double predictedMean) {
    }

    public static ValidationJson of(ValidateModelUseCase.Validation v, LocalDate holdoutEnd) {
        return new ValidationJson(v.fit().kind().code(), v.fit().calibrationEnd(), holdoutEnd, v.holdoutLength(),
                v.fit().unit().name().toLowerCase(Locale.ROOT), v.actualTotal(), v.predictedTotal(), v.rows().stream()
                        .map(r -> new ValidationRow(r.x(), r.andAbove(), r.customers(), r.actualMean(), r.predictedMean()))
                        .toList());
    }
}
