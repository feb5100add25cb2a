package org.opencrm.domain.value.clv;

/** What every fitted purchase-count model gives per customer: P(alive) and the purchases expected next. */
public interface PurchaseModel {

    /** The probability that a customer with this (x, t_x, T) has not churned. */
    double probabilityAlive(int x, double tx, double T);

    /** E[Y(t) | x, t_x, T]: purchases expected in the next t periods. */
    double expectedPurchases(double t, int x, double tx, double T);
}
