package org.opencrm.domain.access;

import java.util.Objects;
import java.util.Optional;

/** What a client presents: {@code crm_<key id>_<secret>}. Only a hash of the secret is ever stored. */
public record ApiToken(ApiKeyId keyId, String secret) {

    private static final String PREFIX = "crm_";

    public ApiToken {
        Objects.requireNonNull(keyId, "'keyId' must not be null");
        Objects.requireNonNull(secret, "'secret' must not be null");
        if (!secret.matches("[A-Za-z0-9_-]{32,128}")) {
            throw new IllegalArgumentException("'secret' must be 32..128 URL-safe characters");
        }
    }

    /** The token in a header's text, or empty when it is not one of ours (never an exception: it is untrusted). */
    public static Optional<ApiToken> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int split = text.indexOf('_', PREFIX.length());
        if (split < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ApiToken(ApiKeyId.of(text.substring(PREFIX.length(), split)),
                    text.substring(split + 1)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /** The token as the client sends it. */
    public String text() {
        return PREFIX + keyId.value() + "_" + secret;
    }

    /** Never the secret: tokens end up in logs through toString more often than anyone intends. */
    @Override
    public String toString() {
        return PREFIX + keyId.value() + "_…";
    }
}
