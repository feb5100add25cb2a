package org.opencrm.domain.lifecycle;

/** The four management stages of the customer lifecycle (seed 002, docs/domain.md §1), plus the exit. */
public enum ManagementPhase {
    /** Who should our customers be? */
    SELECTION,
    /** How do we win them? */
    ACQUISITION,
    /** How do we keep them? */
    RETENTION,
    /** How do we grow them? */
    EXPANSION,
    /** Lost customers: not a management stage but the target of win-back. */
    EXIT
}
