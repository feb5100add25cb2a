package org.opencrm.domain.complaint;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much a complaint hurts the relationship; higher severities are worked first. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity named {@code code} in any case; refused with the list otherwise. */
    public static Severity ofCode(String code) {
        for (Severity s : values()) {
            if (s.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("'severity' must be one of " + Arrays.stream(values())
                .map(Severity::code).collect(Collectors.joining(", ")) + ", got '" + code + "'");
    }
}
