package org.opencrm.domain.value.clv;

/**
 * What the fitters' likelihoods precompute from a summary table once per fit: which x occur, and the distinct
 * T and t_x with each row's position among them, so that terms in x, T or t_x alone are computed once per
 * distinct value in every evaluation.
 */
abstract class GroupedSummaries {

    final SummaryTable data;
    final int maxX;
    final boolean[] present;
    final double[] distinctT;
    final int[] tIndex;
    final double[] distinctTx;
    final int[] txIndex;

    GroupedSummaries(SummaryTable data) {
        this.data = data;
        this.present = data.xPresent();
        this.maxX = present.length - 1;
        SummaryTable.Distinct t = data.distinctT();
        this.distinctT = t.values();
        this.tIndex = t.index();
        SummaryTable.Distinct tx = data.distinctTx();
        this.distinctTx = tx.values();
        this.txIndex = tx.index();
    }
}
