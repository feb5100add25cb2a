package org.opencrm.application.error;

import org.opencrm.domain.purchase.PurchaseId;

/**
 * Refusal: a purchase id already recorded with other content or for another customer. The message says so and
 * nothing more: what is stored under the id is not the caller's to see (it may be another customer's purchase).
 */
public final class PurchaseIdConflictException extends CrmException {

    private static final long serialVersionUID = 1L;
    private final transient PurchaseId id;

    public PurchaseIdConflictException(PurchaseId id) {
        super("purchase id " + id.value() + " is already recorded with other content; a retry must send the same "
                + "purchase, a new purchase needs a new id");
        this.id = id;
    }

    public PurchaseId id() {
        return id;
    }
}
