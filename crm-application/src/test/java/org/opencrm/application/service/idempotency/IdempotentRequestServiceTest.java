package org.opencrm.application.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestCustomers.aCustomer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.IdempotencyKeyReusedException;
import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase.Mode;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase.Outcome;

class IdempotentRequestServiceTest {

    private final FakeStorage storage = new FakeStorage();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final IdempotentRequestService service =
            new IdempotentRequestService(storage.storedResponses(), storage, clock);
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aRetryGetsTheFirstAnswerWithoutRunningAgain() {
        for (Mode mode : Mode.values()) {
            String key = "k-" + mode;
            Outcome first = service.run("owner", key, "body-1", mode, () -> answer("first"));
            Outcome retry = service.run("owner", key, "body-1", mode, () -> answer("second"));

            assertThat(first.replayed()).isFalse();
            assertThat(retry.replayed()).isTrue();
            assertThat(retry.answer()).isEqualTo(first.answer());
            assertThat(retry.answer()).isEqualTo("first");
        }
        assertThat(runs.get()).isEqualTo(2);
        // Another owner's key of the same name is another request.
        assertThat(service.run("someone else", "k-ONE_TRANSACTION", "body-1", Mode.ONE_TRANSACTION,
                () -> answer("theirs")).replayed()).isFalse();
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        service.run("owner", "k", "body-1", Mode.ONE_TRANSACTION, () -> answer("first"));
        assertThatThrownBy(() -> service.run("owner", "k", "body-2", Mode.ONE_TRANSACTION, () -> answer("x")))
                .isInstanceOf(IdempotencyKeyReusedException.class).hasMessageContaining("'k'");
        assertThat(runs.get()).isOne();
    }

    @Test
    void anAnswerIsReplayedForADayThenForgotten() {
        service.run("owner", "k", "body-1", Mode.ONE_TRANSACTION, () -> answer("first"));
        clock.advance(Duration.ofHours(23));
        assertThat(service.run("owner", "k", "body-1", Mode.ONE_TRANSACTION, () -> answer("x")).replayed()).isTrue();
        clock.advance(Duration.ofHours(2));
        Outcome later = service.run("owner", "k", "body-2", Mode.ONE_TRANSACTION, () -> answer("a day later"));
        assertThat(later.replayed()).isFalse();
        assertThat(later.answer()).isEqualTo("a day later");
    }

    @Test
    void aFailedRequestIsNotRememberedAndItsWritesAreUndoneWithIt() {
        assertThatThrownBy(() -> service.run("owner", "k", "body-1", Mode.ONE_TRANSACTION, () -> {
            storage.customers().save(aCustomer());
            throw new IllegalStateException("failed after writing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(storage.customers().count()).isZero();
        assertThat(storage.storedResponses().find("owner", "k")).isEmpty();

        Outcome retry = service.run("owner", "k", "body-1", Mode.ONE_TRANSACTION, () -> answer("second try"));
        assertThat(retry.replayed()).isFalse();
        assertThat(retry.answer()).isEqualTo("second try");
    }

    private String answer(String body) {
        runs.incrementAndGet();
        return body;
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
