package org.opencrm.application.port.in.idempotency;

import java.util.Objects;
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

    /**
     * An answer, and whether it is the first request's, replayed. The answer is the driving adapter's own text
     * (HTTP writes its status, headers and body in it): the application keeps it, never reads it.
     */
    record Outcome(String answer, boolean replayed) {
        public Outcome {
            Objects.requireNonNull(answer, "'answer' must not be null");
        }
    }

    /**
     * The answer remembered for ({@code owner}, {@code key}), or else {@code work}'s, remembered.
     * {@code fingerprint} identifies the request; a failure of {@code work} is not remembered.
     */
    Outcome run(String owner, String key, String fingerprint, Mode mode, Supplier<String> work);
}
