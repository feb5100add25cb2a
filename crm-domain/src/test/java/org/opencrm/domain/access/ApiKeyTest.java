package org.opencrm.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ApiToken TOKEN = new ApiToken(ApiKeyId.of("k1a2b3c4d5e6"), "s".repeat(43));
    private static final String HASH = "0123456789abcdef".repeat(4);
    private static final String OTHER_HASH = "fedcba9876543210".repeat(4);

    @Test
    void aTokenRoundTripsThroughItsTextAndNeverPrintsItsSecret() {
        assertThat(ApiToken.parse(TOKEN.text())).contains(TOKEN);
        assertThat(TOKEN.toString()).doesNotContain("sss").startsWith("crm_k1a2b3c4d5e6_");
    }

    @Test
    void textThatIsNotATokenParsesToNothingRatherThanThrowing() {
        for (String bad : new String[] {null, "", "Bearer x", "crm_", "crm_short_" + "s".repeat(43),
                "crm_k1a2b3c4d5e6", "crm_k1a2b3c4d5e6_tooShort", "crm_K1A2B3C4D5E6_" + "s".repeat(43),
                "crm_k1a2b3c4d5e6_" + "s".repeat(42) + "'; DROP TABLE api_key;--"}) {
            assertThat(ApiToken.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void aKeyPermitsOnlyItsScopesWithItsSecretWhileActive() {
        ApiKey key = ApiKey.issue(TOKEN.keyId(), HASH, "shop sync", Set.of(ApiScope.READ), NOW);
        assertThat(key.permits(HASH, ApiScope.READ)).isTrue();
        assertThat(key.permits(HASH, ApiScope.WRITE)).isFalse();
        assertThat(key.permits(OTHER_HASH, ApiScope.READ)).isFalse();
        assertThat(key.permits(HASH.substring(1), ApiScope.READ)).isFalse();
        assertThat(key.permits(null, ApiScope.READ)).isFalse();
        ApiKey revoked = key.revoke(NOW.plusSeconds(60));
        assertThat(revoked.permits(HASH, ApiScope.READ)).isFalse();
        assertThat(revoked.revoke(NOW.plusSeconds(120)).revokedAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void scopesAreListedInAStableOrder() {
        assertThat(ApiKey.issue(TOKEN.keyId(), HASH, "both", Set.of(ApiScope.WRITE, ApiScope.READ), NOW).scopeCodes())
                .isEqualTo("read,write");
        assertThat(ApiScope.ofCode(" WRITE ")).isEqualTo(ApiScope.WRITE);
        assertThatThrownBy(() -> ApiScope.ofCode("admin")).hasMessageContaining("read or write");
    }

    @Test
    void aKeyChecksItsOwnInvariants() {
        assertThatThrownBy(() -> ApiKey.issue(TOKEN.keyId(), HASH, " ", Set.of(ApiScope.READ), NOW)).hasMessageContaining("'name'");
        assertThatThrownBy(() -> ApiKey.issue(TOKEN.keyId(), HASH, "x", Set.of(), NOW)).hasMessageContaining("'scopes'");
        assertThatThrownBy(() -> ApiKeyId.of("UPPER123")).hasMessageContaining("'keyId'");
        assertThatThrownBy(() -> ApiKey.issue(TOKEN.keyId(), TOKEN.secret(), "x", Set.of(ApiScope.READ), NOW))
                .hasMessageContaining("'secretHash'");
    }
}
