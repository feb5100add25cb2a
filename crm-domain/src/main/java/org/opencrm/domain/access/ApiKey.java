package org.opencrm.domain.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A stored API key: who it is for, what it may do, the hash of its secret, and whether it was revoked. */
public record ApiKey(ApiKeyId id, String name, Set<ApiScope> scopes, String secretHash, Instant createdAt,
                     Optional<Instant> revokedAt) {

    public ApiKey {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        name = name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("'name' must be 1..200 characters");
        }
        Objects.requireNonNull(scopes, "'scopes' must not be null");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("'scopes' must name at least one of read, write");
        }
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
        Objects.requireNonNull(secretHash, "'secretHash' must not be null");
        if (!secretHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("'secretHash' must be a hex SHA-256");
        }
        Objects.requireNonNull(createdAt, "'createdAt' must not be null");
        Objects.requireNonNull(revokedAt, "'revokedAt' must not be null");
    }

    /** A new, active key whose secret hashes to {@code secretHash}. */
    public static ApiKey issue(ApiKeyId id, String secretHash, String name, Set<ApiScope> scopes, Instant now) {
        return new ApiKey(id, name, scopes, secretHash, now, Optional.empty());
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }

    /** Whether a secret hashing to {@code presentedHash} may act with {@code scope}: active, right secret, scope held. */
    public boolean permits(String presentedHash, ApiScope scope) {
        return active() && matches(presentedHash) && scopes.contains(scope);
    }

    /**
     * Whether the presented secret's hash is this key's, compared in time independent of where they differ (so
     * response times do not reveal how much of a guess was right).
     */
    public boolean matches(String presentedHash) {
        if (presentedHash == null || presentedHash.length() != secretHash.length()) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < secretHash.length(); i++) {
            difference |= secretHash.charAt(i) ^ presentedHash.charAt(i);
        }
        return difference == 0;
    }

    /** This key, revoked at {@code when}; revoking twice keeps the first time. */
    public ApiKey revoke(Instant when) {
        return active() ? new ApiKey(id, name, scopes, secretHash, createdAt, Optional.of(when)) : this;
    }

    /** Scopes in a stable order, for listings and storage. */
    public String scopeCodes() {
        return String.join(",", EnumSet.copyOf(scopes).stream().map(ApiScope::code).toList());
    }
}
