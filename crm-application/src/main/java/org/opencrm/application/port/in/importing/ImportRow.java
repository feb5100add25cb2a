package org.opencrm.application.port.in.importing;

import java.util.Objects;

/** One input row as the adapter parsed it: a typed value, or the reason it could not be parsed. */
public sealed interface ImportRow<T> {

    SourcePosition position();

    /** A row whose fields parsed into a value. */
    record Parsed<T>(SourcePosition position, T value) implements ImportRow<T> {
        public Parsed {
            Objects.requireNonNull(position, "'position' must not be null");
            Objects.requireNonNull(value, "'value' must not be null");
        }
    }

    /** A row the adapter could not parse; it becomes a reject without reaching the store. */
    record Unparsed<T>(RejectedRow rejection) implements ImportRow<T> {
        public Unparsed {
            Objects.requireNonNull(rejection, "'rejection' must not be null");
        }

        @Override
        public SourcePosition position() {
            return rejection.position();
        }
    }
}
