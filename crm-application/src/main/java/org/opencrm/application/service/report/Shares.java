package org.opencrm.application.service.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A part of a whole as every report shows it: a fraction to four decimals, half-even; 0 of nothing. */
public final class Shares {

    private Shares() {
    }

    public static BigDecimal of(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }
}
