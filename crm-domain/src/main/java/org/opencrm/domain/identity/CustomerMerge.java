package org.opencrm.domain.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.time.TimeRange;

/**
 * One entry of the merge log: which record was absorbed into which survivor, when, what moved and which empty
 * fields of the survivor it filled. The absorbed id stays an alias of the survivor from then on.
 */
public record CustomerMerge(CustomerId survivor, CustomerId absorbed, String absorbedName, Instant mergedAt,
                            MovedFacts moved, List<String> filledFields) {

    public CustomerMerge {
        Objects.requireNonNull(survivor, "'survivor' must not be null");
        Objects.requireNonNull(absorbed, "'absorbed' must not be null");
        if (survivor.equals(absorbed)) {
            throw new IllegalArgumentException("'absorbed' must differ from 'survivor' (" + survivor.value() + ")");
        }
        Objects.requireNonNull(absorbedName, "'absorbedName' must not be null");
        TimeRange.requireKept("mergedAt", mergedAt);
        mergedAt = mergedAt.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(moved, "'moved' must not be null");
        filledFields = List.copyOf(filledFields);
    }
}
