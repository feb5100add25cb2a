package org.opencrm.application.port.in.idempotency;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Driving port: runs a request at most once per idempotency key, remembering its answer in the store for a
 * day, so that a client's retry (even to a restarted server) gets the first answer instead of a second record.
 * Keys belong to an owner (an API key); a key sent again with another request is refused with
 * {@code IdempotencyKeyReusedException}.
 */
public interface IdempotentRequestUseCase {

    /** How the request writes. */
    enum Mode {
        /** In one transaction, which the answer is remembered in too: both are stored, or neither. */
        ONE_TRANSACTION,
        /**
         * In transactions of its own (a bulk import commits batch by batch), each idempotent by itself; the
         * answer is remembered once the request has finished.
         */
        OWN_TRANSACTIONS
    }

    /** What a request answered: its status, the headers a client acts on, and its JSON body. */
    record Answer(int status, Optional<String> location, Optional<String> etag, String body) {
        public Answer {
            Objects.requireNonNull(location, "'location' must not be null");
            Objects.requireNonNull(etag, "'etag' must not be null");
            Objects.requireNonNull(body, "'body' must not be null");
        }
    }

    /** An answer, and whether it is the first request's, replayed. */
    record Outcome(Answer answer, boolean replayed) {
        public Outcome {
            Objects.requireNonNull(answer, "'answer' must not be null");
        }
    }

    /**
     * The answer remembered for ({@code owner}, {@code key}), or else {@code work}'s, remembered.
     * {@code fingerprint} identifies the request; a failure of {@code work} is not remembered.
     */
    Outcome run(String owner, String key, String fingerprint, Mode mode, Supplier<Answer> work);
}
