package org.opencrm.application.port.in.value;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The loyalty models that need what customers say (seed 004), next to Reinartz &amp; Kumar's purchase-based one. */
public enum AttitudinalLoyaltyModel {
    DICK_BASU, KNOX, BRADT;

    /** The name used in commands and URLs: dick-basu, knox, bradt. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The model named {@code code}; refused with the list of models otherwise. */
    public static AttitudinalLoyaltyModel ofCode(String code) {
        for (AttitudinalLoyaltyModel m : values()) {
            if (m.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("'model' must be one of reinartz-kumar, " + Arrays.stream(values())
                .map(AttitudinalLoyaltyModel::code).collect(Collectors.joining(", ")) + ", got '" + code + "'");
    }
}
