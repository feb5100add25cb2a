package org.opencrm.application.error;

/** The same idempotency key sent again with a different request. */
public class IdempotencyKeyReusedException extends CrmException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used with a different request body; use a new key "
                + "for a new request");
    }
}
