package org.opencrm.application.error;

import org.opencrm.domain.purchase.PurchaseId;

/** Refusal: a purchase id already recorded with other content or for another customer. */
public final class PurchaseIdConflictException extends IdConflictException {

    private static final long serialVersionUID = 1L;
    private final transient PurchaseId id;

    public PurchaseIdConflictException(PurchaseId id) {
        super("purchase", id.value());
        this.id = id;
    }

    public PurchaseId id() {
        return id;
    }
}
