package org.opencrm.adapter.rest.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.adapter.rest.media.CsvReports;
import org.opencrm.adapter.rest.media.HtmlReports;
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.application.port.in.acquisition.AcquisitionReportUseCase;
import org.opencrm.formats.AcquisitionReportJson;

/** {@code GET /reports/acquisition}: acquisition economics by source, as {@code crm report acquisition}. */
@Tag(name = "reports")
@Path("/reports/acquisition")
@Produces({MediaType.APPLICATION_JSON, CsvReports.MEDIA_TYPE, HtmlReports.MEDIA_TYPE})
public final class AcquisitionReportResource {

    private final AcquisitionReportUseCase reports;

    public AcquisitionReportResource(AcquisitionReportUseCase reports) {
        this.reports = Objects.requireNonNull(reports);
    }

    @Operation(operationId = "acquisitionReport", summary = "Acquisition economics by source: conversion, time to "
            + "convert, acquisition cost, cost per converted customer, mean CLV, CLV:CAC")
    @GET
    public AcquisitionReportJson report(@QueryParam("asOf") String asOf,
                                        @Parameter(description = ReportResource.IN_SEGMENT) @QueryParam("inSegment")
                                        String inSegment) {
        return AcquisitionReportJson.of(reports.report(Params.date("asOf", asOf), Optional.ofNullable(inSegment)));
    }
}
