package org.opencrm.domain.segment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;
import org.opencrm.domain.time.TimeRange;

/**
 * A saved segment: a name, a version (1 for the first definition, one more for each change) and the condition
 * its members meet. Saving a new condition under a name makes a new version; earlier versions stay readable.
 */
public record Segment(String name, int version, String expression, Instant savedAt) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public Segment {
        Objects.requireNonNull(name, "'name' must not be null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'name' must be 1..64 lower-case letters, digits, '-' or '_' starting "
                    + "with a letter or digit, got '" + name + "'");
        }
        if (version < 1) {
            throw new IllegalArgumentException("'version' must be at least 1, got " + version);
        }
        Objects.requireNonNull(expression, "'expression' must not be null");
        expression = expression.strip();
        SegmentParser.parse(expression); // refuses a condition that cannot be read, with its column
        TimeRange.requireKept("savedAt", savedAt);
        savedAt = savedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The condition, parsed. */
    public SegmentCondition condition() {
        return SegmentParser.parse(expression);
    }
}
