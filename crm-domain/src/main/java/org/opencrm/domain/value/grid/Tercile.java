package org.opencrm.domain.value.grid;

/** Low, medium or high third of the customer base on one value axis. */
public enum Tercile {
    LOW, MEDIUM, HIGH;

    static Tercile ofScore(int score) {
        return values()[score - 1];
    }
}
