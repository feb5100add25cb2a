package org.opencrm.application.port.in.model;

import java.time.LocalDate;
import java.util.Objects;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;

/** Driving port: fits a value model on every customer's purchases up to a calibration end, and stores the fit. */
public interface FitModelUseCase {

    FittedModel fit(Command command);

    /** Which model, the last day of the calibration period, and the time unit of (x, t_x, T). */
    record Command(ModelKind kind, LocalDate calibrationEnd, ModelTimeUnit unit) {
        public Command {
            Objects.requireNonNull(kind, "'model' must not be null");
            Objects.requireNonNull(calibrationEnd, "'calibrationEnd' must not be null");
            Objects.requireNonNull(unit, "'unit' must not be null");
        }
    }
}
