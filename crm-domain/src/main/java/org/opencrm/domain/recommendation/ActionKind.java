package org.opencrm.domain.recommendation;

/** The kinds of next best action, each with the situation that calls for it. */
public enum ActionKind {
    DO_NOT_INVEST("do-not-invest", "risk tier: no paid offers, service obligations only"),
    COMPLAINT_RECOVERY("complaint-recovery", "an open complaint"),
    OVERDUE_FOLLOW_UP("overdue-follow-up", "a follow-up past its due day"),
    RETENTION_OFFER("retention-offer", "a strategic or major customer whose P(alive) fell to at risk"),
    CROSS_SELL("cross-sell", "an association rule from a product bought to one never bought"),
    UP_SELL("up-sell", "a product above the customer's price band in a category they buy"),
    WIN_BACK("win-back", "a lapsed customer who was worth at least the base's median");

    private final String code;
    private final String trigger;

    ActionKind(String code, String trigger) {
        this.code = code;
        this.trigger = trigger;
    }

    /** The name used on the command line, in JSON and in CSV. */
    public String code() {
        return code;
    }

    /** When the action is proposed. */
    public String trigger() {
        return trigger;
    }
}
