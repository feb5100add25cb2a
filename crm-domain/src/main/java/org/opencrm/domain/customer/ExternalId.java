package org.opencrm.domain.customer;

/** A customer's identifier in one source system (shop, POS, legacy CRM): the Identify step of IDIC. */
public record ExternalId(String source, String value) {

    /** The source assumed when a file or a command names none. */
    public static final String DEFAULT_SOURCE = "default";

    public ExternalId {
        source = Text.required("source", source, 64);
        value = Text.required("externalId", value, 128);
    }

    public static ExternalId of(String source, String value) {
        return new ExternalId(source, value);
    }

    @Override
    public String toString() {
        return source + ":" + value;
    }
}
