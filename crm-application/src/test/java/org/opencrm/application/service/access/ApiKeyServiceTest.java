package org.opencrm.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.ApiKeyNotFoundException;
import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.in.access.AuthenticateUseCase.Verdict;
import org.opencrm.application.port.in.access.CreateApiKeyUseCase;
import org.opencrm.domain.access.ApiKeyId;
import org.opencrm.domain.access.ApiScope;

class ApiKeyServiceTest {

    private final FakeStorage store = new FakeStorage();
    private final ApiKeyService keys = new ApiKeyService(store.apiKeys(), store,
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void anIssuedTokenAuthenticatesAndOnlyItsHashIsStored() {
        CreateApiKeyUseCase.IssuedApiKey issued = keys.create(new CreateApiKeyUseCase.Command("sync", Set.of(ApiScope.WRITE)));
        String token = issued.token().text();
        assertThat(keys.authenticate(token)).contains(issued.key());
        assertThat(keys.check(token, ApiScope.WRITE)).isEqualTo(Verdict.ALLOWED);
        assertThat(keys.check(token, ApiScope.READ)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(store.apiKeys().findAll()).singleElement().satisfies(k -> {
            assertThat(k.secretHash()).isEqualTo(ApiKeyService.hash(issued.token())).isNotEqualTo(issued.token().secret());
            assertThat(k.toString()).doesNotContain(issued.token().secret());
        });
    }

    @Test
    void unknownWrongAndMalformedTokensAreUnauthenticated() {
        String token = keys.create(new CreateApiKeyUseCase.Command("a", Set.of(ApiScope.READ))).token().text();
        String wrongSecret = token.substring(0, token.length() - 4) + "AAAA";
        for (String bad : new String[] {null, "", "nonsense", wrongSecret, token.replaceFirst("crm_[a-z0-9]+", "crm_zzzzzzzzzzzz")}) {
            assertThat(keys.check(bad, ApiScope.READ)).as(String.valueOf(bad)).isEqualTo(Verdict.UNAUTHENTICATED);
        }
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnceAndRevokingIsIdempotent() {
        CreateApiKeyUseCase.IssuedApiKey issued = keys.create(new CreateApiKeyUseCase.Command("a", Set.of(ApiScope.READ)));
        String token = issued.token().text();
        assertThat(keys.check(token, ApiScope.READ)).isEqualTo(Verdict.ALLOWED);
        keys.revoke(issued.key().id());
        assertThat(keys.check(token, ApiScope.READ)).isEqualTo(Verdict.UNAUTHENTICATED);
        assertThat(keys.revoke(issued.key().id()).revokedAt()).isPresent();
        assertThat(keys.list()).singleElement().satisfies(k -> assertThat(k.active()).isFalse());
        assertThatThrownBy(() -> keys.revoke(ApiKeyId.of("nosuchkey123"))).isInstanceOf(ApiKeyNotFoundException.class);
    }

    @Test
    void everyKeyGetsItsOwnIdAndSecret() {
        var a = keys.create(new CreateApiKeyUseCase.Command("a", Set.of(ApiScope.READ)));
        var b = keys.create(new CreateApiKeyUseCase.Command("b", Set.of(ApiScope.READ)));
        assertThat(a.key().id()).isNotEqualTo(b.key().id());
        assertThat(a.token().secret()).isNotEqualTo(b.token().secret());
        assertThat(keys.authenticate(b.token().text())).contains(b.key());
    }
}
