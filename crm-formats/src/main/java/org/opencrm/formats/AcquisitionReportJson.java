package org.opencrm.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.opencrm.application.port.in.acquisition.AcquisitionReportUseCase;
import org.opencrm.domain.acquisition.AcquisitionEconomics;
import org.opencrm.domain.money.Money;

/** Acquisition economics as {@code crm report acquisition --format json} and {@code GET /reports/acquisition} write them. */
public record AcquisitionReportJson(LocalDate asOf, String currency, List<Source> sources,
                                    @Schema(description = "per campaign started by the date, its members who had "
                                            + "not bought before the start: 'ID contacted' (carrying the campaign's "
                                            + "cost) and 'ID control'; days to convert counted from the start")
                                    List<Source> campaigns, List<String> notes) {

    /** One acquisition source; figures left out where their data are missing. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String source, long customers, long prospects, long converted, double conversionRate,
                         Double medianDaysToConvert, Money acquisitionCost, Money costPerConverted, Double meanClv,
                         Double clvToCac) {
    }

    public static AcquisitionReportJson of(AcquisitionReportUseCase.AcquisitionReport r) {
        return new AcquisitionReportJson(r.asOf(), r.currency(), r.sources().stream().map(AcquisitionReportJson::source)
                .toList(), r.campaigns().stream().map(AcquisitionReportJson::source).toList(), r.notes());
    }

    private static Source source(AcquisitionEconomics.SourceRow s) {
        return new Source(s.source(), s.customers(), s.prospects(), s.converted(), round(s.conversionRate()),
                s.medianDaysToConvert().isPresent() ? s.medianDaysToConvert().getAsDouble() : null,
                s.acquisitionCost().orElse(null), s.costPerConverted().orElse(null),
                s.meanClv().isPresent() ? round(s.meanClv().getAsDouble()) : null,
                s.clvToCac().isPresent() ? round(s.clvToCac().getAsDouble()) : null);
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
