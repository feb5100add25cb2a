package org.opencrm.application.error;

import org.opencrm.domain.customer.ExternalId;

/** Refusal: the external id already belongs to another customer. */
public final class DuplicateExternalIdException extends CrmException {

    private static final long serialVersionUID = 1L;
    private final transient ExternalId externalId;

    public DuplicateExternalIdException(ExternalId externalId) {
        super("external id " + externalId + " already belongs to another customer");
        this.externalId = externalId;
    }

    public ExternalId externalId() {
        return externalId;
    }
}
