package org.opencrm.adapter.cli.report;

import java.time.LocalDate;
import java.util.Optional;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyModel;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReportUseCase;
import picocli.CommandLine.Option;

/** The lines the attitudinal loyalty models draw, each defaulting to the model's documented value. */
public final class AttitudeThresholds {

    @Option(names = "--attitude-cut", paramLabel = "1..5",
            description = "dick-basu: strong relative attitude from this mean of satisfaction and commitment (default: 4).")
    Double attitudeCut;

    @Option(names = "--repeat-purchases", paramLabel = "N",
            description = "dick-basu: repeat patronage from N purchases in the window (default: 2).")
    Integer repeatPurchases;

    @Option(names = "--window-days", paramLabel = "DAYS",
            description = "dick-basu: the window of repeat patronage, up to the as-of date (default: 365).")
    Integer windowDays;

    @Option(names = "--involvement-cut", paramLabel = "1..5",
            description = "knox: high involvement from this answer (default: 4).")
    Integer involvementCut;

    @Option(names = "--many-providers-from", paramLabel = "N",
            description = "knox: buys from many providers from N other providers (default: 2).")
    Integer manyProvidersFrom;

    @Option(names = "--secure-recommend", paramLabel = "0..10",
            description = "bradt: secure from this recommend answer, with top satisfaction (default: 9).")
    Integer secureRecommend;

    @Option(names = "--satisfied-recommend", paramLabel = "0..10",
            description = "bradt: satisfied from this recommend answer (default: 7).")
    Integer satisfiedRecommend;

    @Option(names = "--repurchase-cut", paramLabel = "1..5",
            description = "bradt: will repurchase from this answer (default: 4).")
    Integer repurchaseCut;

    /** The query for {@code model} as of {@code asOf} with these thresholds over the defaults. */
    AttitudinalLoyaltyReportUseCase.Query query(Optional<LocalDate> asOf, AttitudinalLoyaltyModel model) {
        return AttitudinalLoyaltyReportUseCase.Query.overriding(asOf, model, attitudeCut, repeatPurchases, windowDays,
                involvementCut, manyProvidersFrom, secureRecommend, satisfiedRecommend, repurchaseCut);
    }
}
