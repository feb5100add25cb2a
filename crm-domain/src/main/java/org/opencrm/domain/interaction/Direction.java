package org.opencrm.domain.interaction;

import java.util.Locale;

/** Who started a contact: the customer (inbound) or the company (outbound); two-way contact needs both. */
public enum Direction {
    INBOUND, OUTBOUND;

    /** The lower-case name used in commands, files and JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction named {@code code} in any case; refused with both names otherwise. */
    public static Direction ofCode(String code) {
        if (code != null) {
            for (Direction d : values()) {
                if (d.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException("'direction' must be inbound or outbound, got '" + code + "'");
    }
}
