package org.opencrm.domain.lifecycle;

/** A customer's state in the lifecycle, each under its management phase (docs/domain.md §1). */
public enum LifecycleStage {
    PROSPECT(ManagementPhase.SELECTION),
    NEW(ManagementPhase.ACQUISITION),
    ACTIVE(ManagementPhase.RETENTION),
    EXPANDING(ManagementPhase.EXPANSION),
    AT_RISK(ManagementPhase.RETENTION),
    LAPSED(ManagementPhase.EXIT),
    WON_BACK(ManagementPhase.RETENTION);

    private final ManagementPhase phase;

    LifecycleStage(ManagementPhase phase) {
        this.phase = phase;
    }

    public ManagementPhase phase() {
        return phase;
    }

    /** Stages a churn signal may move a customer out of: those with at least one purchase who are still alive. */
    boolean canDecline() {
        return this == NEW || this == ACTIVE || this == EXPANDING || this == WON_BACK;
    }
}
