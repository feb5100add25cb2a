package org.opencrm.application.error;

/** Refusal: no customer has the given id or key. */
public final class CustomerNotFoundException extends CrmException {

    private static final long serialVersionUID = 1L;
    private final String key;

    public CustomerNotFoundException(String key) {
        super("no customer " + key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
