package org.opencrm.domain.acquisition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.opencrm.domain.money.Money;

/**
 * Acquisition economics by source (seed 001, domain.md §1): how many customers each acquisition source brought, how
 * many of them bought by the date (converted) and how fast (median days from registering to the first purchase),
 * what winning them cost (the recorded acquisition costs, and per converted customer: the CAC), the mean CLV of the
 * converted customers, and CLV:CAC. Costs and CLV in one currency; a source without recorded costs has no CAC.
 */
public final class AcquisitionEconomics {

    /** One customer as the economics read them. */
    public record Entry(String source, LocalDate registeredOn, Optional<LocalDate> firstPurchase,
                        Optional<Money> acquisitionCost, OptionalDouble clv) {
        public Entry {
            Objects.requireNonNull(source, "'source' must not be null");
            Objects.requireNonNull(registeredOn, "'registeredOn' must not be null");
            Objects.requireNonNull(firstPurchase, "'firstPurchase' must not be null");
            Objects.requireNonNull(acquisitionCost, "'acquisitionCost' must not be null");
            Objects.requireNonNull(clv, "'clv' must not be null");
        }
    }

    /** One source's figures; empty where the data are missing (no cost recorded, no one converted, no fits). */
    public record SourceRow(String source, long customers, long prospects, long converted, double conversionRate,
                            OptionalDouble medianDaysToConvert, Optional<Money> acquisitionCost,
                            Optional<Money> costPerConverted, OptionalDouble meanClv, OptionalDouble clvToCac) {
    }

    private AcquisitionEconomics() {
    }

    /** The rows by source name; money in {@code currency} (a cost in another is refused). */
    public static List<SourceRow> bySource(List<Entry> entries, Currency currency) {
        Map<String, List<Entry>> bySource = new TreeMap<>();
        entries.forEach(e -> bySource.computeIfAbsent(e.source(), s -> new ArrayList<>()).add(e));
        List<SourceRow> rows = new ArrayList<>();
        bySource.forEach((source, list) -> rows.add(row(source, list, currency)));
        return rows;
    }

    private static SourceRow row(String source, List<Entry> list, Currency currency) {
        long converted = list.stream().filter(e -> e.firstPurchase().isPresent()).count();
        double[] days = list.stream().filter(e -> e.firstPurchase().isPresent())
                .mapToDouble(e -> Math.max(0, ChronoUnit.DAYS.between(e.registeredOn(), e.firstPurchase().get())))
                .sorted().toArray();
        OptionalDouble median = days.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(days.length % 2 == 1
                ? days[days.length / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2);
        BigDecimal cost = BigDecimal.ZERO;
        boolean anyCost = false;
        for (Entry e : list) {
            if (e.acquisitionCost().isPresent()) {
                Money c = e.acquisitionCost().get();
                if (!c.currency().equals(currency)) {
                    throw new IllegalArgumentException("acquisition costs must be in one currency (" + currency
                            + "); source " + source + " has one in " + c.currency());
                }
                cost = cost.add(c.amount());
                anyCost = true;
            }
        }
        Optional<Money> total = anyCost ? Optional.of(Money.of(cost, currency)) : Optional.empty();
        Optional<Money> perConverted = anyCost && converted > 0
                ? Optional.of(Money.rounded(cost.divide(BigDecimal.valueOf(converted), 10, RoundingMode.HALF_EVEN),
                currency)) : Optional.empty();
        double[] clvs = list.stream().filter(e -> e.firstPurchase().isPresent() && e.clv().isPresent())
                .mapToDouble(e -> e.clv().getAsDouble()).toArray();
        OptionalDouble meanClv = clvs.length == 0 ? OptionalDouble.empty() : Arrays.stream(clvs).average();
        OptionalDouble ratio = meanClv.isPresent() && perConverted.isPresent()
                && perConverted.get().amount().signum() > 0
                ? OptionalDouble.of(meanClv.getAsDouble() / perConverted.get().amount().doubleValue())
                : OptionalDouble.empty();
        return new SourceRow(source, list.size(), list.size() - converted, converted,
                (double) converted / list.size(), median, total, perConverted, meanClv, ratio);
    }
}
