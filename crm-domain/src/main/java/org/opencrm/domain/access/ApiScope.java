package org.opencrm.domain.access;

import java.util.Locale;

/** What an API key lets its holder do: read data, or change it. Neither implies the other. */
public enum ApiScope {
    READ,
    WRITE;

    /** The lower-case name used in commands, headers and storage. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ApiScope ofCode(String code) {
        for (ApiScope s : values()) {
            if (s.code().equals(code == null ? null : code.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("'scope' must be read or write, got '" + code + "'");
    }
}
