package org.opencrm.domain.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;

/**
 * Derives a customer's lifecycle stage and its transition history from purchase facts as of a date
 * (docs/domain.md §1). A pure function of its inputs: re-running it for a past date gives the same answer.
 *
 * <p>Purchases move a customer forward (PROSPECT → NEW → ACTIVE ⇄ EXPANDING, AT_RISK → ACTIVE,
 * LAPSED → WON_BACK → ACTIVE); quiet time moves them down (→ AT_RISK → LAPSED) as the {@link ChurnSignal} says.
 */
public final class LifecycleDerivation {

    private final ChurnSignal churnSignal;
    private final ExpansionRule expansionRule;

    public LifecycleDerivation(ChurnSignal churnSignal, ExpansionRule expansionRule) {
        this.churnSignal = Objects.requireNonNull(churnSignal, "'churnSignal' must not be null");
        this.expansionRule = Objects.requireNonNull(expansionRule, "'expansionRule' must not be null");
    }

    /** The history as of the end of {@code asOf}, or empty if the customer was not known yet. */
    public Optional<LifecycleHistory> derive(PurchaseHistory history, LocalDate asOf) {
        Objects.requireNonNull(history, "'history' must not be null");
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        if (history.knownSince().isAfter(asOf)) {
            return Optional.empty();
        }
        List<LifecycleTransition> walk = new ArrayList<>();
        walk.add(LifecycleTransition.first(LifecycleStage.PROSPECT, history.knownSince(), "customer registered"));

        List<PurchaseFact> purchases = history.purchases();
        // Running state, so that each purchase day costs O(1) however long the history: prefix sums of
        // day spend (home currency, minor units) and the categories bought so far.
        long[] prefix = new long[purchases.size() + 1];
        Set<Category> seen = new HashSet<>();
        Currency home = purchases.isEmpty() ? null : purchases.get(0).currency();
        boolean mixed = false;
        int days = 0;
        LocalDate firstDay = null;
        LocalDate lastDay = null;
        int i = 0;
        while (i < purchases.size() && !purchases.get(i).day().isAfter(asOf)) {
            LocalDate day = purchases.get(i).day();
            long spend = 0;
            Optional<Category> newCategory = Optional.empty();
            Set<Category> today = null; // most purchases carry no categories: allocate only when one does
            for (; i < purchases.size() && purchases.get(i).day().equals(day); i++) {
                PurchaseFact p = purchases.get(i);
                if (p.currency().equals(home)) {
                    spend += p.minorUnits();
                } else {
                    mixed = true;
                }
                if (!p.categories().isEmpty()) {
                    if (today == null) {
                        today = new HashSet<>();
                    }
                    today.addAll(p.categories());
                }
            }
            if (today != null) {
                if (!seen.isEmpty()) {
                    newCategory = today.stream().filter(c -> !seen.contains(c)).min(Comparator.comparing(Category::name));
                }
                seen.addAll(today);
            }
            if (firstDay == null) {
                firstDay = day;
            } else {
                decline(walk, new PurchasePattern(firstDay, lastDay, days - 1), day.minusDays(1));
            }
            prefix[days + 1] = prefix[days] + spend;
            days++;
            lastDay = day;
            int recent = Math.min(expansionRule.recentDays(), days);
            ExpansionRule.Window window = new ExpansionRule.Window(newCategory, prefix[days] - prefix[days - recent],
                    recent, prefix[days - recent], days - recent, home, !mixed);
            onPurchase(walk, day, window);
        }
        if (firstDay != null) {
            decline(walk, new PurchasePattern(firstDay, lastDay, days - 1), asOf);
        }
        return Optional.of(new LifecycleHistory(history.customerId(), asOf, walk));
    }

    private void onPurchase(List<LifecycleTransition> walk, LocalDate day, ExpansionRule.Window window) {
        switch (stage(walk)) {
            case PROSPECT -> move(walk, LifecycleStage.NEW, day, () -> "first purchase");
            case NEW -> move(walk, LifecycleStage.ACTIVE, day, () -> "repeat purchase");
            case AT_RISK -> move(walk, LifecycleStage.ACTIVE, day, () -> "bought again while at risk");
            case LAPSED -> move(walk, LifecycleStage.WON_BACK, day, () -> "bought again after lapsing");
            case WON_BACK -> move(walk, LifecycleStage.ACTIVE, day, () -> "repeat purchase after win-back");
            case ACTIVE -> {
                if (expansionRule.isExpanding(window)) {
                    move(walk, LifecycleStage.EXPANDING, day, () -> expansionRule.expanding(window).orElseThrow());
                }
            }
            case EXPANDING -> {
                if (!expansionRule.isExpanding(window)) {
                    move(walk, LifecycleStage.ACTIVE, day, () -> "spend and categories back to usual");
                }
            }
        }
    }

    /** Applies the churn signal over the quiet days after the last purchase, up to and including {@code until}. */
    private void decline(List<LifecycleTransition> walk, PurchasePattern pattern, LocalDate until) {
        LocalDate from = pattern.lastPurchase().plusDays(1);
        if (from.isAfter(until)) {
            return;
        }
        if (stage(walk).canDecline()) {
            churnSignal.firstDayAtLeast(ChurnStatus.AT_RISK, pattern, from, until).ifPresent(day ->
                    move(walk, churnSignal.status(pattern, day) == ChurnStatus.LAPSED ? LifecycleStage.LAPSED
                            : LifecycleStage.AT_RISK, day, () -> churnSignal.assess(pattern, day).reason()));
        }
        if (stage(walk) == LifecycleStage.AT_RISK) {
            churnSignal.firstDayAtLeast(ChurnStatus.LAPSED, pattern, from, until).ifPresent(day ->
                    move(walk, LifecycleStage.LAPSED, day, () -> churnSignal.assess(pattern, day).reason()));
        }
    }

    private static LifecycleStage stage(List<LifecycleTransition> walk) {
        return walk.get(walk.size() - 1).to();
    }

    /** Reasons are written only if read: a report over all customers reads none. */
    private static void move(List<LifecycleTransition> walk, LifecycleStage next, LocalDate day,
                             Supplier<String> reason) {
        walk.add(LifecycleTransition.of(stage(walk), next, day, reason));
    }
}
