package org.opencrm.domain.value.grid;

/** Low, medium or high third of the customer base on one value axis. */
public enum Tercile {
    LOW, MEDIUM, HIGH;

    /** values() copies its array on every call; this runs once per customer of a grid. */
    private static final Tercile[] BY_SCORE = values();

    static Tercile ofScore(int score) {
        return BY_SCORE[score - 1];
    }
}
