package org.opencrm.application.port.in.access;

import java.util.Objects;
import java.util.Set;
import org.opencrm.domain.access.ApiKey;
import org.opencrm.domain.access.ApiScope;
import org.opencrm.domain.access.ApiToken;

/** Driving port: issues a new API key; its token is shown once, only its hash is kept. */
public interface CreateApiKeyUseCase {

    IssuedApiKey create(Command command);

    /** Who the key is for and what it may do. */
    record Command(String name, Set<ApiScope> scopes) {
        public Command {
            Objects.requireNonNull(name, "'name' must not be null");
            scopes = Set.copyOf(Objects.requireNonNull(scopes, "'scopes' must not be null"));
        }
    }

    /** The stored key and the token to hand to its holder (not retrievable later). */
    record IssuedApiKey(ApiKey key, ApiToken token) {
        public IssuedApiKey {
            Objects.requireNonNull(key, "'key' must not be null");
            Objects.requireNonNull(token, "'token' must not be null");
        }
    }
}
