package org.opencrm.domain.customer;

/** How a re-imported or edited profile meets the one already stored. */
public enum UpdatePolicy {
    /** Fields given replace the stored ones. */
    OVERWRITE,
    /** Fields given are used only where the stored profile has none. */
    FILL_EMPTY
}
