package org.opencrm.application.port.in.segment;

import java.util.Objects;
import org.opencrm.domain.segment.Segment;

/**
 * Driving port: saves a segment's condition under its name. A new condition makes the next version; the same
 * condition as the latest version answers that version (saving twice stores nothing twice).
 */
public interface SaveSegmentUseCase {

    Result save(Command command);

    /** A name and the condition its members meet. */
    record Command(String name, String expression) {
        public Command {
            Objects.requireNonNull(name, "'name' must not be null");
            Objects.requireNonNull(expression, "'expression' must not be null");
        }
    }

    /** The version stored (or found), and whether it is new. */
    record Result(Segment segment, boolean created) {
    }
}
