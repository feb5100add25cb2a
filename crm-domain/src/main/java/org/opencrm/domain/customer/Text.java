package org.opencrm.domain.customer;

import java.util.Objects;

/** Shared checks for short text fields: stripped, non-blank, bounded length. */
final class Text {

    private Text() {
    }

    static String required(String field, String value, int maxLength) {
        Objects.requireNonNull(value, "'" + field + "' must not be null");
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("'" + field + "' must not be blank");
        }
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new IllegalArgumentException("'" + field + "' is longer than " + maxLength + " characters");
        }
        return stripped;
    }
}
