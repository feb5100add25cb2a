package org.opencrm.adapter.rest.report;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.port.in.report.LifecycleReport;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.port.in.report.RfmReport;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.domain.value.rfm.RfmSegmentMap;
import org.opencrm.domain.value.rfm.RfmValues;

/** {@code /reports/...}: the reports of the command line, with the same parameters, as JSON. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public final class ReportResource {

    private final LifecycleReportUseCase lifecycle;
    private final RfmReportUseCase rfm;

    public ReportResource(LifecycleReportUseCase lifecycle, RfmReportUseCase rfm) {
        this.lifecycle = Objects.requireNonNull(lifecycle);
        this.rfm = Objects.requireNonNull(rfm);
    }

    @GET
    @Path("lifecycle")
    public LifecycleReport lifecycle(@QueryParam("asOf") String asOf, @QueryParam("from") String from) {
        return lifecycle.report(new LifecycleReportUseCase.Query(date("asOf", asOf), date("from", from)));
    }

    @GET
    @Path("rfm")
    public RfmReport rfm(@QueryParam("asOf") String asOf, @QueryParam("bins") @DefaultValue("5") int bins,
                         @QueryParam("monetary") @DefaultValue("average") String monetary) {
        RfmValues.Monetary measure;
        try {
            measure = RfmValues.Monetary.valueOf(monetary.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'monetary' must be average or total, got '" + monetary + "'");
        }
        return rfm.report(new RfmReportUseCase.Query(date("asOf", asOf), bins, measure, RfmSegmentMap.STANDARD));
    }

    private static Optional<LocalDate> date(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date (YYYY-MM-DD), got '" + text + "'");
        }
    }
}
