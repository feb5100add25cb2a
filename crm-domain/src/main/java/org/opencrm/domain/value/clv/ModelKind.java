package org.opencrm.domain.value.clv;

/** The customer-base models the value engine fits. */
public enum ModelKind {
    BG_NBD("bgnbd"), MBG_NBD("mbgnbd"), PARETO_NBD("pareto-nbd"), GAMMA_GAMMA("gamma-gamma");

    private final String code;

    ModelKind(String code) {
        this.code = code;
    }

    /** The name used on the command line and in stores. */
    public String code() {
        return code;
    }

    public static ModelKind ofCode(String code) {
        for (ModelKind k : values()) {
            if (k.code.equalsIgnoreCase(code.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("'model' must be one of bgnbd, mbgnbd, pareto-nbd, gamma-gamma; got '"
                + code + "'");
    }
}
