package org.opencrm.domain.complaint;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a complaint case stands. A case goes open → in progress → resolved → closed; a resolved or closed case
 * may be reopened (back to open) when the customer says the fix did not hold. No other move is allowed.
 */
public enum ComplaintStatus {
    OPEN, IN_PROGRESS, RESOLVED, CLOSED;

    /** The statuses a case in this one may move to. */
    public Set<ComplaintStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, OPEN);
            case CLOSED -> EnumSet.of(OPEN);
        };
    }

    /** Whether the case still waits for a resolution. */
    public boolean isUnresolved() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** The name used in commands, files and JSON: open, in-progress, resolved, closed. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status named {@code code} (in-progress or in_progress, any case); refused with the list otherwise. */
    public static ComplaintStatus ofCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ComplaintStatus s : values()) {
            if (s.code().equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'status' must be one of " + Arrays.stream(values())
                .map(ComplaintStatus::code).collect(Collectors.joining(", ")) + ", got '" + code + "'");
    }
}
