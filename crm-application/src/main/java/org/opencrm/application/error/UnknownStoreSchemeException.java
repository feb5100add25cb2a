package org.opencrm.application.error;

import java.util.List;

/** Refusal: no storage plugin serves the store URI's scheme; lists those that do. */
public final class UnknownStoreSchemeException extends CrmException {

    private static final long serialVersionUID = 1L;
    private final String scheme;
    private final List<String> available;

    public UnknownStoreSchemeException(String scheme, List<String> available) {
        super("unknown store scheme '" + scheme + "'; available: " + String.join(", ", available));
        this.scheme = scheme;
        this.available = List.copyOf(available);
    }

    public String scheme() {
        return scheme;
    }

    public List<String> available() {
        return available;
    }
}
