package org.opencrm.domain.customer;


/** Shared checks for short text fields: stripped, non-blank, bounded length. */
public final class Text {

    private Text() {
    }

    /** {@code value} stripped; refused when null, blank or longer than {@code maxLength} code points, naming {@code field}. */
    public static String required(String field, String value, int maxLength) {
        if (value == null) {
            // Text comes from outside (a JSON null, a missing cell): a refusal of the input, not a bug.
            throw new IllegalArgumentException("'" + field + "' must not be null");
        }
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
