package org.opencrm.domain.value.clv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;

/**
 * Simulates a customer base from known BG/NBD purchase and Gamma-Gamma spend parameters, in whole days as a
 * store records them: what parameter-recovery tests and the million-customer benchmark fit and score.
 * Customers arrive evenly over the first {@code arrivalDays} and are observed until the same calibration end.
 */
public final class BgNbdSimulation {

    private BgNbdSimulation() {
    }

    /**
     * @param observedDays days from the last arrival to the calibration end (the shortest T)
     * @param arrivalDays  the span over which first purchases fall (0: everyone starts the same day)
     */
    public static List<PurchaseSummary> simulate(BgNbdParameters purchases, GammaGammaParameters spend, int customers,
                                                 int observedDays, int arrivalDays, long seed) {
        if (customers < 1 || observedDays < 1 || arrivalDays < 0) {
            throw new IllegalArgumentException("need customers >= 1, observedDays >= 1 and arrivalDays >= 0");
        }
        RandomDataGenerator random = new RandomDataGenerator(seed);
        List<PurchaseSummary> base = new ArrayList<>(customers);
        for (int c = 0; c < customers; c++) {
            int days = observedDays + (arrivalDays == 0 ? 0 : (int) ((long) c * arrivalDays / customers));
            double observed = days / 7.0;
            double lambda = random.nextGamma(purchases.r(), 1 / purchases.alpha()); // shape r, rate α
            double dropout = random.nextBeta(purchases.a(), purchases.b());
            int x = 0;
            double last = 0;
            double t = 0;
            while (true) {
                t += random.nextExponential(1 / lambda);
                if (t > observed) {
                    break;
                }
                x++;
                last = t;
                if (random.nextDouble() < dropout) {
                    break; // gone right after this purchase
                }
            }
            double meanValue = 0;
            if (x > 0) {
                // The mean of x purchases of Gamma(p, ν) is Gamma(px, xν); ν ~ Gamma(q, γ).
                double nu = random.nextGamma(spend.q(), 1 / spend.gamma());
                meanValue = random.nextGamma(spend.p() * x, 1 / (x * nu));
            }
            double lastInDays = Math.min(Math.floor(last * 7) / 7, observed);
            base.add(new PurchaseSummary(x, x == 0 ? 0 : lastInDays, observed,
                    BigDecimal.valueOf(Math.round(meanValue * 100), 2)));
        }
        return base;
    }
}
