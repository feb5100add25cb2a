package org.opencrm.application.port.in.customer;

import java.util.List;
import org.opencrm.domain.identity.DuplicateCandidate;

/** Driving port: candidate pairs of customer records that may be one person, by match rule and score. */
public interface FindDuplicatesUseCase {

    Duplicates find(Query query);

    /** Pairs scoring at least {@code minScore} (0..1), at most {@code limit} of them, strongest first. */
    record Query(double minScore, int limit) {
        public Query {
            if (!(minScore >= 0 && minScore <= 1)) {
                throw new IllegalArgumentException("'minScore' must be 0..1, got " + minScore);
            }
            if (limit < 1) {
                throw new IllegalArgumentException("'limit' must be at least 1, got " + limit);
            }
        }
    }

    /** The pairs with both records' names, how many there were in all, and blocks too large to compare. */
    record Duplicates(long customers, long pairs, long skippedBlocks, List<Pair> candidates) {
        public Duplicates {
            candidates = List.copyOf(candidates);
        }
    }

    /** One pair and the names it joins. */
    record Pair(DuplicateCandidate candidate, String firstName, String secondName) {
    }
}
