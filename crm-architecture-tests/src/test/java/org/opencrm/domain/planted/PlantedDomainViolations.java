package org.opencrm.domain.planted;

import java.time.Instant;

/** Deliberate violations for {@code PlantedViolationsTest}: each rule must catch its own. Never imported elsewhere. */
public final class PlantedDomainViolations {

    /** Mutable state in the domain. */
    private int counter;

    /** Reads the wall clock instead of taking the time as an argument. */
    public Instant stamp() {
        counter++;
        return Instant.now();
    }

    /** Does I/O from the domain. */
    public java.io.File file() {
        return new java.io.File("x" + counter);
    }
}
