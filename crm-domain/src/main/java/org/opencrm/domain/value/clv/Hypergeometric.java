package org.opencrm.domain.value.clv;

/** The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1, as the customer-base models need it. */
public final class Hypergeometric {

    private static final int MAX_TERMS = 1_000_000;

    private Hypergeometric() {
    }

    /**
     * Sums the series with the term ratio (a+n)(b+n)/((c+n)(n+1))·z until a term no longer changes the sum.
     * Callers keep the parameters where the series behaves (docs/value-models.md §2.1 uses Euler's transformation
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

    /**
     * ln ₂F₁(a, b; a+1; z) for large b, where the plain series overflows: Euler's transformation gives
     * (1−z)^(1−b) ₂F₁(1, a+1−b; a+1; z), whose terms are positive and fall fast when a+1−b > 0
     * (docs/value-models.md §2.2).
     */
    public static double logHyp2f1WithCEqualsAPlusOne(double a, double b, double z) {
        if (!(a + 1 - b > 0)) {
            throw new IllegalArgumentException("needs a + 1 - b > 0, got a=" + a + ", b=" + b);
        }
        return (1 - b) * Math.log1p(-z) + Math.log(hyp2f1(1, a + 1 - b, a + 1, z));
    }
}
