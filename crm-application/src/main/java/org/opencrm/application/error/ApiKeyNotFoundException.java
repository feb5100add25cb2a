package org.opencrm.application.error;

/** Refusal: no API key has the given id. */
public final class ApiKeyNotFoundException extends CrmException {

    private static final long serialVersionUID = 1L;

    public ApiKeyNotFoundException(String id) {
        super("no API key " + id);
    }
}
