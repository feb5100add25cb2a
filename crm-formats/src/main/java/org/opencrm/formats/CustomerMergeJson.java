package org.opencrm.formats;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.opencrm.domain.identity.CustomerMerge;

/** One merge-log entry, as {@code crm customers merge} and {@code POST /customers/{id}/merge} answer it. */
public record CustomerMergeJson(String survivorId, String absorbedId, String absorbedName, Instant mergedAt,
                                Moved moved,
                                @Schema(description = "the survivor's fields that were empty and were filled from "
                                        + "the absorbed record: email, phone, address, attributes.NAME, acquisition, "
                                        + "createdAt") List<String> filledFields) {

    /** How many of each fact moved from the absorbed record to the survivor. */
    public record Moved(long purchases, long interactions, long complaints, long followUps, long surveyResponses,
                        long externalIds, long campaignMemberships) {
    }

    public static CustomerMergeJson of(CustomerMerge m) {
        return new CustomerMergeJson(m.survivor().value(), m.absorbed().value(), m.absorbedName(), m.mergedAt(),
                new Moved(m.moved().purchases(), m.moved().interactions(), m.moved().complaints(),
                        m.moved().followUps(), m.moved().surveyResponses(), m.moved().externalIds(),
                        m.moved().campaignMemberships()),
                m.filledFields());
    }
}
