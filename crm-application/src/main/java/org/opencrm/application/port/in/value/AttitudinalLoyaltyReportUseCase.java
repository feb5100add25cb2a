package org.opencrm.application.port.in.value;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.value.loyalty.BradtModel;
import org.opencrm.domain.value.loyalty.DickBasuModel;
import org.opencrm.domain.value.loyalty.KnoxModel;

/**
 * Driving port: classifies customers by Dick &amp; Basu, Knox or Bradt from each one's latest survey response
 * answered by the as-of date (and, for Dick &amp; Basu, their purchases in the window before it).
 */
public interface AttitudinalLoyaltyReportUseCase {

    AttitudinalLoyaltyReport report(Query query);

    /** The model and its thresholds (each model's defaults unless configured); as of today by default. */
    record Query(Optional<LocalDate> asOf, AttitudinalLoyaltyModel model, DickBasuModel dickBasu, KnoxModel knox,
                 BradtModel bradt) {
        public Query {
            Objects.requireNonNull(asOf, "'asOf' must not be null");
            Objects.requireNonNull(model, "'model' must not be null");
            Objects.requireNonNull(dickBasu, "'dickBasu' must not be null");
            Objects.requireNonNull(knox, "'knox' must not be null");
            Objects.requireNonNull(bradt, "'bradt' must not be null");
        }

        public static Query of(Optional<LocalDate> asOf, AttitudinalLoyaltyModel model) {
            return new Query(asOf, model, DickBasuModel.DEFAULT, KnoxModel.DEFAULT, BradtModel.DEFAULT);
        }
    }
}
