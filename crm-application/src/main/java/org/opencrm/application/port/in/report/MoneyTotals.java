package org.opencrm.application.port.in.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Exact sums of money per ISO currency code, since amounts in different currencies do not add up. */
public record MoneyTotals(Map<String, BigDecimal> byCurrency) {

    public static final MoneyTotals ZERO = new MoneyTotals(Map.of());

    public MoneyTotals {
        byCurrency = Collections.unmodifiableSortedMap(new TreeMap<>(
                Objects.requireNonNull(byCurrency, "'byCurrency' must not be null")));
    }

    /** "1234.50 USD; 12.00 EUR", or "0" when empty. */
    public String format() {
        if (byCurrency.isEmpty()) {
            return "0";
        }
        return byCurrency.entrySet().stream().map(e -> e.getValue().toPlainString() + " " + e.getKey())
                .collect(Collectors.joining("; "));
    }
}
