package org.opencrm.adapter.rest.system;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code GET /health} and {@code GET /version}: for load balancers and operators, no authentication. */
@Tag(name = "system")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class SystemResource {

    private final String version;

    public SystemResource(String version) {
        this.version = version;
    }

    @Operation(operationId = "health", summary = "Liveness (no API key needed)")
    @GET
    @Path("health")
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }

    @Operation(operationId = "version", summary = "The running version (no API key needed)")
    @GET
    @Path("version")
    public Map<String, String> version() {
        return Map.of("version", version);
    }
}
