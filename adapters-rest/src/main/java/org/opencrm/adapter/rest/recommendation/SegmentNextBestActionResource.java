package org.opencrm.adapter.rest.recommendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.opencrm.adapter.rest.media.CsvReports;
import org.opencrm.adapter.rest.request.Params;
import org.opencrm.application.port.in.recommendation.SegmentNextBestActionsUseCase;
import org.opencrm.formats.NextBestActionsJson;

/** {@code GET /segments/{name}/next-best-actions}: every member's next best actions, as {@code crm nba --segment}. */
@Tag(name = "next best action")
@Path("/segments/{name}/next-best-actions")
@Produces({MediaType.APPLICATION_JSON, CsvReports.MEDIA_TYPE})
public final class SegmentNextBestActionResource {

    private final SegmentNextBestActionsUseCase many;

    public SegmentNextBestActionResource(SegmentNextBestActionsUseCase many) {
        this.many = Objects.requireNonNull(many);
    }

    @Operation(operationId = "segmentNextBestActions", summary = "The next best actions of every member of a segment "
            + "(its latest version; 'all' for every customer) as of a date; as CSV, ?section=actions gives one row per "
            + "action")
    @GET
    public NextBestActionsJson segment(@PathParam("name") String name, @QueryParam("asOf") String asOf) {
        return NextBestActionsJson.of(many.plan(new SegmentNextBestActionsUseCase.Query(name,
                Params.date("asOf", asOf))));
    }
}
