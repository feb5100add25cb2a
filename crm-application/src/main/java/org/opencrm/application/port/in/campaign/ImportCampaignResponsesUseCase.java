package org.opencrm.application.port.in.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.domain.campaign.CampaignId;

/**
 * Driving port: imports a campaign's responses in committed batches. The member is the idempotency key: the same
 * response again is counted as a duplicate, a different one for a member who has responded is rejected, as are
 * rows for unknown customers or customers not in the campaign, each with line and field. An unknown campaign is
 * refused before any row is read.
 */
public interface ImportCampaignResponsesUseCase {

    ImportSummary importResponses(Command command);

    /** The campaign, the rows, and the source system their customer ids belong to. */
    record Command(CampaignId campaign, Iterator<ImportRow<ResponseRow>> rows, String customerSource, int batchSize,
                   ImportListener listener) {
        public Command {
            Objects.requireNonNull(campaign, "'campaign' must not be null");
            Objects.requireNonNull(rows, "'rows' must not be null");
            Objects.requireNonNull(customerSource, "'customerSource' must not be null");
            if (batchSize < 1) {
                throw new IllegalArgumentException("'batchSize' must be positive: " + batchSize);
            }
            Objects.requireNonNull(listener, "'listener' must not be null");
        }
    }

    /**
     * One response as read from a file: the member by external id; revenue an amount of the campaign's currency
     * (none: zero); no time: the time of the import.
     */
    record ResponseRow(String customerExternalId, boolean responded, boolean converted, Optional<BigDecimal> revenue,
                       Optional<Instant> at) {
        public ResponseRow {
            Objects.requireNonNull(customerExternalId, "'customerExternalId' must not be null");
            Objects.requireNonNull(revenue, "'revenue' must not be null");
            Objects.requireNonNull(at, "'at' must not be null");
        }
    }
}
