package org.opencrm.domain.value.clv;

/** The four parameters of the BG/NBD model (Fader, Hardie & Lee 2005): r, α (in the time unit), a, b. */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    public BgNbdParameters {
        requirePositive("r", r);
        requirePositive("alpha", alpha);
        requirePositive("a", a);
        requirePositive("b", b);
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("'" + name + "' must be a positive number, got " + value);
        }
    }
}
