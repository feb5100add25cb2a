package org.opencrm.domain.value.rfm;

/** Scores 1..n per dimension, n best; recency is reversed (most recent = n). */
public record RfmScore(int recency, int frequency, int monetary) {

    public RfmScore {
        if (recency < 1 || frequency < 1 || monetary < 1) {
            throw new IllegalArgumentException("scores start at 1, got " + recency + frequency + monetary);
        }
    }

    /** The usual three-digit code, e.g. "535". */
    public String code() {
        return "" + recency + frequency + monetary;
    }
}
