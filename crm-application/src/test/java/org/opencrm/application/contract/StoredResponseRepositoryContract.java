package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencrm.application.port.out.StoredResponse;

/** Contract of {@link org.opencrm.application.port.out.StoredResponseRepository}: every backend passes it. */
public abstract class StoredResponseRepositoryContract extends StorageContract {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final StoredResponse CREATED = new StoredResponse("key-a", "retry-1", "f1",
            "{\"status\":201,\"body\":\"{\\\"name\\\":\\\"张伟 🐉\\\",\\\"amount\\\":\\\"0.10\\\"}\"}", T0);

    @Test
    void keepsAnAnswerPerOwnerAndKeyExactlyAndTheFirstOneWins() {
        assertThat(storage().storedResponses().add(CREATED)).isTrue();
        StoredResponse other = new StoredResponse("key-a", "retry-1", "f2", "{}", T0.plusSeconds(1));
        assertThat(storage().storedResponses().add(other)).isFalse();
        StoredResponse otherOwner = new StoredResponse("key-b", "retry-1", "f3", "[]", T0.plusSeconds(2));
        assertThat(storage().storedResponses().add(otherOwner)).isTrue();

        assertThat(storage().storedResponses().find("key-a", "retry-1")).contains(CREATED);
        assertThat(storage().storedResponses().find("key-b", "retry-1")).contains(otherOwner);
        assertThat(storage().storedResponses().find("key-a", "retry-2")).isEmpty();
    }

    @Test
    void forgetsAnswersStoredBeforeACutoff() {
        storage().storedResponses().add(CREATED);
        StoredResponse later = new StoredResponse("key-a", "retry-2", "f", "", T0.plusSeconds(60));
        storage().storedResponses().add(later);

        assertThat(storage().storedResponses().removeStoredBefore(T0.plusSeconds(60))).isOne();
        assertThat(storage().storedResponses().find("key-a", "retry-1")).isEmpty();
        assertThat(storage().storedResponses().find("key-a", "retry-2")).contains(later);
    }

    @Test
    void anAnswerAddedInATransactionThatFailsIsNotKept() {
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            storage().storedResponses().add(CREATED);
            throw new IllegalStateException("the request failed after all");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(storage().storedResponses().find("key-a", "retry-1")).isEmpty();
    }
}
