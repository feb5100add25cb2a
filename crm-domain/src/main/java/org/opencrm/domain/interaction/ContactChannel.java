package org.opencrm.domain.interaction;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a contact took place (domain.md §3: the many touch points of one relationship). */
public enum ContactChannel {
    PHONE, EMAIL, VISIT, CHAT, SOCIAL, LETTER;

    /** The lower-case name used in commands, files and JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The channel named {@code code} in any case; refused with the list of channels otherwise. */
    public static ContactChannel ofCode(String code) {
        if (code != null) {
            for (ContactChannel c : values()) {
                if (c.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("'channel' must be one of " + Arrays.stream(values())
                .map(ContactChannel::code).collect(Collectors.joining(", ")) + ", got '" + code + "'");
    }
}
