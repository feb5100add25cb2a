package org.opencrm.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;

class PurchaseDaysTest {

    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);
    private static final CustomerId ADA = CustomerId.of("ada");

    @Test
    void spendIsTheExactDecimalSumOfTheAmountsWhateverTheCurrenciesAndSizes() {
        Random random = new Random(11);
        List<Currency> currencies = List.of(Currency.getInstance("USD"), Currency.getInstance("JPY"),
                Currency.getInstance("BHD"));
        for (int run = 0; run < 2_000; run++) {
            List<PurchaseFact> facts = new ArrayList<>();
            boolean oneCurrency = run % 2 == 0;
            for (int i = random.nextInt(12); i >= 0; i--) {
                long minor = switch (random.nextInt(6)) {
                    case 0 -> Long.MAX_VALUE - random.nextInt(1_000);   // sums past a long
                    case 1 -> -random.nextInt(5_000);                   // refunds
                    default -> random.nextInt(100_000);
                };
                Currency currency = oneCurrency ? currencies.get(0) : currencies.get(random.nextInt(3));
                facts.add(PurchaseFact.ofMinor(D0.plusDays(random.nextInt(30)), minor, currency, Set.of()));
            }
            facts.sort(Comparator.comparing(PurchaseFact::day));
            LocalDate upTo = D0.plusDays(random.nextInt(35) - 3);
            assertThat(PurchaseDays.of(ADA, facts, upTo)).as("run %d", run).isEqualTo(reference(facts, upTo));
        }
    }

    @Test
    void purchasesOutOfDayOrderAreRefused() {
        Currency usd = Currency.getInstance("USD");
        List<PurchaseFact> facts = List.of(PurchaseFact.ofMinor(D0.plusDays(1), 1, usd, Set.of()),
                PurchaseFact.ofMinor(D0, 1, usd, Set.of()));
        assertThatThrownBy(() -> PurchaseDays.of(ADA, facts, D0.plusDays(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day order");
    }

    /** The definition, written the plain way: decimal sums of the amounts on or before the day. */
    private static java.util.Optional<PurchaseDays> reference(List<PurchaseFact> facts, LocalDate upTo) {
        List<PurchaseFact> kept = facts.stream().filter(p -> !p.day().isAfter(upTo)).toList();
        if (kept.isEmpty()) {
            return java.util.Optional.empty();
        }
        LocalDate first = kept.get(0).day();
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal firstDay = BigDecimal.ZERO;
        for (PurchaseFact p : kept) {
            spend = spend.add(p.amount().amount());
            if (p.day().equals(first)) {
                firstDay = firstDay.add(p.amount().amount());
            }
        }
        int days = (int) kept.stream().map(PurchaseFact::day).distinct().count();
        java.util.Set<Currency> currencies = new java.util.HashSet<>();
        kept.forEach(p -> currencies.add(p.currency()));
        return java.util.Optional.of(new PurchaseDays(ADA, first, kept.get(kept.size() - 1).day(), days, spend,
                firstDay, currencies.size() == 1 ? java.util.Optional.of(kept.get(0).currency()) : java.util.Optional.empty()));
    }
}
