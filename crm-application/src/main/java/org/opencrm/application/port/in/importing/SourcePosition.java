package org.opencrm.application.port.in.importing;

import java.util.Objects;

/** Where a row came from: file (or stream name) and 1-based line number. */
public record SourcePosition(String source, long line) {

    public SourcePosition {
        Objects.requireNonNull(source, "'source' must not be null");
        if (line < 1) {
            throw new IllegalArgumentException("'line' must be positive: " + line);
        }
    }

    @Override
    public String toString() {
        return source + ":" + line;
    }
}
