package org.opencrm.domain.value.clv;

/** The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1, as the customer-base models need it. */
public final class Hypergeometric {

    private static final int MAX_TERMS = 1_000_000;

    private Hypergeometric() {
    }

    /**
     * Sums the series with the term ratio (a+n)(b+n)/((c+n)(n+1))·z until a term no longer changes the sum.
     * Callers keep the parameters where the series behaves (value-models.md §2.1 uses Euler's transformation
     * to get there); a series that does not settle is refused rather than returned half-summed.
     */
    public static double hyp2f1(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("hyp2f1 needs 0 <= z < 1, got " + z);
        }
        if (!(c > 0)) {
            throw new IllegalArgumentException("hyp2f1 needs c > 0, got " + c);
        }
        double term = 1;
        double sum = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            double next = sum + term;
            if (next == sum) {
                return sum;
            }
            sum = next;
            if (!Double.isFinite(sum)) {
                break;
            }
        }
        throw new ArithmeticException("hyp2f1(" + a + ", " + b + "; " + c + "; " + z + ") does not converge");
    }
}
