package org.opencrm.domain.value.clv;

/** The Gamma-Gamma spend model's parameters p, q, γ (Fader, Hardie & Lee 2005; lifetimes calls γ "v"). */
public record GammaGammaParameters(double p, double q, double gamma) {

    public GammaGammaParameters {
        for (double v : new double[] {p, q, gamma}) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("Gamma-Gamma parameters must be positive numbers, got p=" + p
                        + ", q=" + q + ", gamma=" + gamma);
            }
        }
    }
}
