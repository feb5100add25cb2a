package org.opencrm.domain.value.clv;

/** The Pareto/NBD parameters r, α (purchase rate) and s, β (dropout rate); α, β in the time unit. */
public record ParetoNbdParameters(double r, double alpha, double s, double beta) {

    public ParetoNbdParameters {
        for (double v : new double[] {r, alpha, s, beta}) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("Pareto/NBD parameters must be positive numbers, got r=" + r
                        + ", alpha=" + alpha + ", s=" + s + ", beta=" + beta);
            }
        }
    }
}
