package org.opencrm.adapter.rest.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.opencrm.domain.time.TimeRange;

/** Query and body values that need more checking than JAX-RS does, refused with the parameter's name. */
public final class Params {

    private Params() {
    }

    /** An ISO date ({@code YYYY-MM-DD}), or empty when the parameter was not given. */
    public static Optional<LocalDate> date(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TimeRange.requireKept(name, LocalDate.parse(text.strip())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date (YYYY-MM-DD), got '" + text + "'");
        }
    }

    /** An ISO date that must be given. */
    public static LocalDate requiredDate(String name, String text) {
        return date(name, text).orElseThrow(() -> new IllegalArgumentException("'" + name + "' is required (YYYY-MM-DD)"));
    }

    /** A whole number of at least 1, or empty when the parameter was not given. */
    public static Optional<Integer> positive(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // refused below, with the parameter's name
        }
        throw new IllegalArgumentException("'" + name + "' must be a whole number of at least 1, got '" + text + "'");
    }

    /** {@code true} or {@code false} (any case); JAX-RS would read anything else as false. */
    public static boolean bool(String name, String text) {
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        if ("false".equalsIgnoreCase(text)) {
            return false;
        }
        throw new IllegalArgumentException("'" + name + "' must be true or false, got '" + text + "'");
    }
}
