package org.opencrm.adapter.rest.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.opencrm.application.port.in.customer.FindDuplicatesUseCase;
import org.opencrm.formats.DuplicatesJson;

/** {@code GET /customers/duplicates}: candidate pairs of records of one person, as {@code crm customers duplicates}. */
@Tag(name = "customers")
@Path("/customers/duplicates")
@Produces(MediaType.APPLICATION_JSON)
public final class DuplicateResource {

    private final FindDuplicatesUseCase duplicates;

    public DuplicateResource(FindDuplicatesUseCase duplicates) {
        this.duplicates = Objects.requireNonNull(duplicates);
    }

    @Operation(operationId = "findDuplicates", summary = "Candidate duplicate customers, each pair with rule and score")
    @GET
    public DuplicatesJson find(@QueryParam("minScore") @DefaultValue("0.8") double minScore,
                               @QueryParam("limit") @DefaultValue("100") int limit) {
        return DuplicatesJson.of(duplicates.find(new FindDuplicatesUseCase.Query(minScore, limit)));
    }
}
