package org.opencrm.application.service.idempotency;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.opencrm.application.error.IdempotencyKeyReusedException;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.out.StoredResponse;
import org.opencrm.application.port.out.StoredResponseRepository;
import org.opencrm.application.port.out.UnitOfWork;

/**
 * Remembers answers in the store. In one-transaction mode the lookup, the work and the remembering share a
 * write transaction: write transactions are serialised by the store, so of two concurrent requests with one
 * key the second finds the first's answer. Answers older than {@link #KEPT} are forgotten as new ones arrive.
 */
public class IdempotentRequestService implements IdempotentRequestUseCase {

    /** How long an answer is replayed (Stripe's choice too). */
    public static final Duration KEPT = Duration.ofHours(24);

    private final StoredResponseRepository responses;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public IdempotentRequestService(StoredResponseRepository responses, UnitOfWork unitOfWork, Clock clock) {
        this.responses = Objects.requireNonNull(responses);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Outcome run(String owner, String key, String fingerprint, Mode mode, Supplier<String> work) {
        if (mode == Mode.ONE_TRANSACTION) {
            return unitOfWork.inTransaction(() -> replay(owner, key, fingerprint).orElseGet(() -> {
                String answer = work.get();
                remember(owner, key, fingerprint, answer);
                return new Outcome(answer, false);
            }));
        }
        Optional<Outcome> replay = replay(owner, key, fingerprint);
        if (replay.isPresent()) {
            return replay.get();
        }
        String answer = work.get();
        // A concurrent request with the same key may have finished first: its answer stays the one replayed.
        unitOfWork.run(() -> remember(owner, key, fingerprint, answer));
        return new Outcome(answer, false);
    }

    private Optional<Outcome> replay(String owner, String key, String fingerprint) {
        Instant oldest = clock.instant().minus(KEPT);
        return responses.find(owner, key).filter(r -> r.storedAt().isAfter(oldest)).map(r -> {
            if (!r.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException(key);
            }
            return new Outcome(r.answer(), true);
        });
    }

    private void remember(String owner, String key, String fingerprint, String answer) {
        Instant now = clock.instant();
        responses.removeStoredBefore(now.minus(KEPT));
        responses.add(new StoredResponse(owner, key, fingerprint, answer, now));
    }
}
