package org.opencrm.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;

/** Driven port: survey responses, idempotent by id, read per customer in time order or as each one's latest. */
public interface SurveyResponseRepository {

    /** Stores the response unless its id is stored already; returns whether it was new. Unknown customer: refused. */
    boolean add(SurveyResponse response);

    /**
     * Stores the responses whose ids are not stored yet (the first of several with one id wins), all or nothing;
     * returns how many it stored. The default adds them one by one.
     */
    default int addBatch(List<SurveyResponse> batch) {
        int added = 0;
        for (SurveyResponse response : batch) {
            if (add(response)) {
                added++;
            }
        }
        return added;
    }

    Optional<SurveyResponse> findById(SurveyResponseId id);

    /** A customer's responses, oldest first (ties by id). */
    List<SurveyResponse> findByCustomer(CustomerId customer);

    /** Each customer's latest response answered before {@code before} (ties: the greatest id), in customer id order. */
    List<SurveyResponse> latestPerCustomer(Instant before);

    long count();

    /** Every one, in id order, a page at a time (the default reads {@link #findAfter} pages of 10,000). */
    default void forEachSurveyResponse(Consumer<SurveyResponse> sink) {
        KeyPages.forEach(after -> findAfter(after, 10_000), SurveyResponse::id, 10_000, page -> page.forEach(sink));
    }

    /** Up to {@code limit} responses in id order after {@code after} (from the first when empty). */
    List<SurveyResponse> findAfter(Optional<SurveyResponseId> after, int limit);
}
