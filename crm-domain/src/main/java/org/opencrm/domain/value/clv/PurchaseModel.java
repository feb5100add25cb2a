package org.opencrm.domain.value.clv;

/** What every fitted purchase-count model gives per customer: P(alive) and the purchases expected next. */
public interface PurchaseModel {

    /** ln L of one customer with x repeat purchases, last at t_x, observed for T. */
    double logLikelihood(int x, double tx, double T);

    /** Σ ln L over all customers. */
    default double logLikelihood(SummaryTable summaries) {
        double sum = 0;
        for (int i = 0; i < summaries.size(); i++) {
            sum += summaries.weight(i) * logLikelihood(summaries.x(i), summaries.tx(i), summaries.T(i));
        }
        return sum;
    }

    /** The probability that a customer with this (x, t_x, T) has not churned. */
    double probabilityAlive(int x, double tx, double T);

    /** E[Y(t) | x, t_x, T]: purchases expected in the next t periods. */
    double expectedPurchases(double t, int x, double tx, double T);
}
