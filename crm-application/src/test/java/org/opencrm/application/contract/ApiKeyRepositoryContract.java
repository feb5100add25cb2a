package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.access.ApiKey;
import org.opencrm.domain.access.ApiKeyId;
import org.opencrm.domain.access.ApiScope;

/** Contract of {@link org.opencrm.application.port.out.ApiKeyRepository}: every backend passes it. */
public abstract class ApiKeyRepositoryContract extends StorageContract {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final ApiKey READER = ApiKey.issue(ApiKeyId.of("reader000001"), "0a".repeat(32),
            "BI dashboard 看板", Set.of(ApiScope.READ), T0);
    private static final ApiKey WRITER = ApiKey.issue(ApiKeyId.of("writer000001"), "1b".repeat(32),
            "shop sync", Set.of(ApiScope.READ, ApiScope.WRITE), T0.plusSeconds(1));

    @Test
    void storesKeysAndReadsThemBackExactly() {
        unitOfWork().run(() -> {
            storage().apiKeys().save(WRITER);
            storage().apiKeys().save(READER);
        });
        assertThat(storage().apiKeys().findById(READER.id())).contains(READER);
        assertThat(storage().apiKeys().findById(WRITER.id())).contains(WRITER);
        assertThat(storage().apiKeys().findById(ApiKeyId.of("nobody000001"))).isEmpty();
        assertThat(storage().apiKeys().findAll()).containsExactly(READER, WRITER);
    }

    @Test
    void savingARevokedKeyReplacesIt() {
        unitOfWork().run(() -> storage().apiKeys().save(READER));
        ApiKey revoked = READER.revoke(T0.plusSeconds(3600));
        unitOfWork().run(() -> storage().apiKeys().save(revoked));
        assertThat(storage().apiKeys().findById(READER.id())).contains(revoked);
        assertThat(storage().apiKeys().findById(READER.id()).flatMap(ApiKey::revokedAt))
                .isEqualTo(Optional.of(T0.plusSeconds(3600)));
        assertThat(storage().apiKeys().findAll()).hasSize(1);
    }

    @Test
    void aRolledBackKeyIsNotKept() {
        try {
            unitOfWork().run(() -> {
                storage().apiKeys().save(READER);
                throw new IllegalStateException("abort");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(storage().apiKeys().findAll()).isEmpty();
    }
}
