package org.opencrm.adapter.rest.system;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code GET /bench/ceiling}: a constant answer through the same filters as every route (key check, access
 * log, metrics), served only with {@code crm serve --benchmark-ceiling}: the framework's ceiling that the
 * HTTP benchmark compares real routes with. Not part of the API, so not in its description.
 */
@Path("/bench/ceiling")
@Hidden
public final class CeilingResource {

    private static final Map<String, String> CONSTANT = Map.of("status", "ok");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> constant() {
        return CONSTANT;
    }
}
