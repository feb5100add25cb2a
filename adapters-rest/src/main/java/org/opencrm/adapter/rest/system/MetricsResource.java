package org.opencrm.adapter.rest.system;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Objects;

/** {@code GET /metrics}: request counts and latency histograms per route, import row counts, JVM, for Prometheus. */
@Tag(name = "system")
@Path("/metrics")
public final class MetricsResource {

    /** Prometheus' text exposition format. */
    public static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    public MetricsResource(PrometheusMeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry);
    }

    @Operation(operationId = "metrics", summary = "Prometheus metrics: requests and latency per route, import rows, JVM")
    @GET
    @Produces(TEXT_FORMAT)
    public String scrape() {
        return registry.scrape();
    }
}
