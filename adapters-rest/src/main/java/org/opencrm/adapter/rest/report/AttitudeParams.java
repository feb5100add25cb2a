package org.opencrm.adapter.rest.report;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Optional;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyModel;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReportUseCase;

/** The attitudinal models' thresholds as query parameters, as on the command line (public: Swagger documents them). */
public final class AttitudeParams {

    @Parameter(description = "dick-basu: strong attitude from this mean of satisfaction and commitment (default 4)")
    @QueryParam("attitudeCut")
    public Double attitudeCut;

    @Parameter(description = "dick-basu: repeat patronage from this many purchases in the window (default 2)")
    @QueryParam("repeatPurchases")
    public Integer repeatPurchases;

    @Parameter(description = "dick-basu: the window of repeat patronage in days (default 365)")
    @QueryParam("windowDays")
    public Integer windowDays;

    @Parameter(description = "knox: high involvement from this answer (default 4)")
    @QueryParam("involvementCut")
    public Integer involvementCut;

    @Parameter(description = "knox: many providers from this many other providers (default 2)")
    @QueryParam("manyProvidersFrom")
    public Integer manyProvidersFrom;

    @Parameter(description = "bradt: secure from this recommend answer (default 9)")
    @QueryParam("secureRecommend")
    public Integer secureRecommend;

    @Parameter(description = "bradt: satisfied from this recommend answer (default 7)")
    @QueryParam("satisfiedRecommend")
    public Integer satisfiedRecommend;

    @Parameter(description = "bradt: will repurchase from this answer (default 4)")
    @QueryParam("repurchaseCut")
    public Integer repurchaseCut;

    AttitudinalLoyaltyReportUseCase.Query query(Optional<LocalDate> asOf, AttitudinalLoyaltyModel model) {
        return AttitudinalLoyaltyReportUseCase.Query.overriding(asOf, model, attitudeCut, repeatPurchases, windowDays,
                involvementCut, manyProvidersFrom, secureRecommend, satisfiedRecommend, repurchaseCut);
    }
}
