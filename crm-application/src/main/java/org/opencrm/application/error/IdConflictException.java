package org.opencrm.application.error;

/**
 * Refusal: an id (a purchase's, an interaction's: the idempotency key of a fact) already recorded with other
 * content or for another customer. The message says so and nothing more: what is stored under the id is not the
 * caller's to see (it may be another customer's).
 */
public class IdConflictException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** {@code kind}: what the id names ("purchase", "interaction"). */
    public IdConflictException(String kind, String id) {
        super(kind + " id " + id + " is already recorded with other content; a retry must send the same " + kind
                + ", a new " + kind + " needs a new id");
    }
}
