package org.opencrm.application.port.in.access;

import java.util.Optional;
import org.opencrm.domain.access.ApiKey;
import org.opencrm.domain.access.ApiScope;

/** Driving port: who presents this token, and may they act with a scope. */
public interface AuthenticateUseCase {

    /** The active key whose token this is, or empty for an unknown, malformed, wrong or revoked token. */
    Optional<ApiKey> authenticate(String token);

    /** What a request with this token may do. */
    enum Verdict { ALLOWED, UNAUTHENTICATED, FORBIDDEN }

    default Verdict check(String token, ApiScope needed) {
        return authenticate(token).map(k -> k.scopes().contains(needed) ? Verdict.ALLOWED : Verdict.FORBIDDEN)
                .orElse(Verdict.UNAUTHENTICATED);
    }
}
