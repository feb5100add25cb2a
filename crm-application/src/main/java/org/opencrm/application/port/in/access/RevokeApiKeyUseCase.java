package org.opencrm.application.port.in.access;

import org.opencrm.domain.access.ApiKey;
import org.opencrm.domain.access.ApiKeyId;

/** Driving port: revokes a key for good; revoking a revoked key changes nothing. */
public interface RevokeApiKeyUseCase {

    /** The revoked key; {@link org.opencrm.application.error.ApiKeyNotFoundException} if there is none. */
    ApiKey revoke(ApiKeyId id);
}
