package org.opencrm.domain.identity;

import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;

/** A pair of customer records that may be one person: the lower id first, the strongest rule that matched. */
public record DuplicateCandidate(CustomerId first, CustomerId second, MatchRule rule, double score, String evidence) {

    public DuplicateCandidate {
        Objects.requireNonNull(first, "'first' must not be null");
        Objects.requireNonNull(second, "'second' must not be null");
        Objects.requireNonNull(rule, "'rule' must not be null");
        Objects.requireNonNull(evidence, "'evidence' must not be null");
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("a candidate pair names two records, the lower id first");
        }
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("'score' must be in (0, 1], got " + score);
        }
    }
}
