package org.opencrm.domain.lifecycle;

/** What a churn signal says of a customer on a day, in increasing order of severity. */
public enum ChurnStatus {
    ALIVE, AT_RISK, LAPSED;

    public boolean atLeast(ChurnStatus other) {
        return compareTo(other) >= 0;
    }
}
