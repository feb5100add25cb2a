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
                 BradtModel bradt, Optional<String> inSegment) {
        public Query {
            Objects.requireNonNull(inSegment, "'inSegment' must not be null");
            Objects.requireNonNull(asOf, "'asOf' must not be null");
            Objects.requireNonNull(model, "'model' must not be null");
            Objects.requireNonNull(dickBasu, "'dickBasu' must not be null");
            Objects.requireNonNull(knox, "'knox' must not be null");
            Objects.requireNonNull(bradt, "'bradt' must not be null");
        }

        /** Over the whole base (no {@code inSegment}: a saved segment whose members alone are counted). */
        public Query(Optional<LocalDate> asOf, AttitudinalLoyaltyModel model, DickBasuModel dickBasu, KnoxModel knox,
                     BradtModel bradt) {
            this(asOf, model, dickBasu, knox, bradt, Optional.empty());
        }

        /** This query over a saved segment's members only (empty: the whole base). */
        public Query within(Optional<String> segment) {
            return new Query(asOf, model, dickBasu, knox, bradt, segment);
        }

        public static Query of(Optional<LocalDate> asOf, AttitudinalLoyaltyModel model) {
            return new Query(asOf, model, DickBasuModel.DEFAULT, KnoxModel.DEFAULT, BradtModel.DEFAULT);
        }

        /** The thresholds a caller named (null: the model's default), as the command line and the API take them. */
        public static Query overriding(Optional<LocalDate> asOf, AttitudinalLoyaltyModel model, Double attitudeCut,
                                       Integer repeatPurchases, Integer windowDays, Integer involvementCut,
                                       Integer manyProvidersFrom, Integer secureRecommend, Integer satisfiedRecommend,
                                       Integer repurchaseCut) {
            DickBasuModel d = DickBasuModel.DEFAULT;
            KnoxModel k = KnoxModel.DEFAULT;
            BradtModel b = BradtModel.DEFAULT;
            return new Query(asOf, model,
                    new DickBasuModel(or(attitudeCut, d.attitudeCut()), or(repeatPurchases, d.repeatPurchases()),
                            or(windowDays, d.windowDays())),
                    new KnoxModel(or(involvementCut, k.involvementCut()), or(manyProvidersFrom, k.manyProvidersFrom())),
                    new BradtModel(b.secureSatisfaction(), or(secureRecommend, b.secureRecommend()),
                            b.satisfiedSatisfaction(), or(satisfiedRecommend, b.satisfiedRecommend()),
                            or(repurchaseCut, b.repurchaseCut()), b.dissatisfiedAtMost()));
        }

        private static <T> T or(T value, T fallback) {
            return value == null ? fallback : value;
        }
    }
}
