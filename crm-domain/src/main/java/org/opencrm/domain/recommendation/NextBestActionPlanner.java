package org.opencrm.domain.recommendation;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.TierPolicy;

/**
 * Proposes and ranks each customer's next best actions (docs/domain.md, next best action).
 *
 * <p>Every action's expected value is P(response) × value at stake × margin. Ranked by expected value (a risk-tier
 * customer's do-not-invest first, as it bounds the rest); then, in that order, each action's cost is taken from the
 * customer's budget, the mean budget per customer × 4 × the tier's resource share (so the four tiers' budgets
 * average the mean), and actions past the budget are kept but marked. Without a tier the mean budget applies.
 */
public final class NextBestActionPlanner {

    /** Of two rules to the same product, the one more likely to be taken up is the reason given. */
    private static final Comparator<AssociationRule> MOST_CONFIDENT = Comparator
            .comparingDouble(AssociationRule::confidence).reversed().thenComparing(RuleSet.STRONGEST_FIRST);

    private final ActionPolicy policy;
    private final TierPolicy tiers;
    private final Currency currency;
    private final Optional<Money> valuableFrom;
    private final Map<ProductId, List<AssociationRule>> rulesFrom = new HashMap<>();
    private final Map<ProductId, ProductStats> products;
    private final Map<Category, List<ProductStats>> byCategory = new HashMap<>();

    /**
     * A planner for one run: {@code rules} the stored rule set (empty: no cross-sell or up-sell offers),
     * {@code valuableFrom} the historical value from which a lapsed customer is worth winning back (the base's
     * median; empty: no win-back offers), amounts in {@code currency}.
     */
    public NextBestActionPlanner(ActionPolicy policy, TierPolicy tiers, Optional<RuleSet> rules,
                                 Optional<Money> valuableFrom, Currency currency) {
        this.policy = Objects.requireNonNull(policy);
        this.tiers = Objects.requireNonNull(tiers);
        this.currency = Objects.requireNonNull(currency);
        this.valuableFrom = Objects.requireNonNull(valuableFrom);
        this.products = rules.map(RuleSet::productsById).orElse(Map.of());
        rules.ifPresent(set -> set.rules().forEach(r ->
                rulesFrom.computeIfAbsent(r.antecedent(), k -> new ArrayList<>()).add(r)));
        products.values().stream()
                .filter(p -> p.category().isPresent() && p.meanUnitPrice().currency().equals(currency))
                .sorted(Comparator.comparing((ProductStats p) -> p.meanUnitPrice().amount())
                        .thenComparing(p -> p.productId().value()))
                .forEach(p -> byCategory.computeIfAbsent(p.category().get(), k -> new ArrayList<>()).add(p));
    }

    /** The budget of a customer of {@code tier} (empty: not tiered). */
    public Money budget(Optional<RelationshipTier> tier) {
        BigDecimal share = tier.map(t -> BigDecimal.valueOf(tiers.resourceShare(t)).multiply(BigDecimal.valueOf(4)))
                .orElse(BigDecimal.ONE);
        return Money.rounded(policy.budgetPerCustomer().multiply(share), currency);
    }

    /** The customer's actions, ranked and fitted into the tier budget. */
    public NextBestActions plan(CustomerSituation s) {
        List<NextBestAction> proposed = new ArrayList<>();
        boolean risk = s.tier().orElse(null) == RelationshipTier.RISK;
        if (risk) {
            proposed.add(doNotInvest(s));
        }
        s.openComplaints().forEach(c -> proposed.add(recovery(s, c)));
        s.overdueFollowUps().forEach(f -> proposed.add(followUp(s, f)));
        if (!risk) {
            retention(s).ifPresent(proposed::add);
            proposed.addAll(crossSell(s));
            proposed.addAll(upSell(s));
            winBack(s).ifPresent(proposed::add);
        }
        proposed.sort(Comparator.comparing((NextBestAction a) -> a.kind() != ActionKind.DO_NOT_INVEST)
                .thenComparing(NextBestAction::expectedValue, Comparator.reverseOrder())
                .thenComparing(NextBestAction::kind)
                .thenComparing(a -> a.subject().orElse("")));
        Money budget = budget(s.tier());
        BigDecimal left = budget.amount();
        List<NextBestAction> ranked = new ArrayList<>(proposed.size());
        for (NextBestAction a : proposed) {
            boolean fits = a.cost().amount().compareTo(left) <= 0;
            if (fits) {
                left = left.subtract(a.cost().amount());
            }
            ranked.add(a.budgeted(fits));
        }
        return new NextBestActions(s.customerId(), s.asOf(), s.tier(), budget, ranked);
    }

    private NextBestAction doNotInvest(CustomerSituation s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("tier", "risk");
        f.put("resource_share", decimal(tiers.resourceShare(RelationshipTier.RISK)));
        s.value().ifPresent(v -> f.put("clv", v.clv().toString()));
        Money zero = Money.ofMinor(0, currency);
        return new NextBestAction(ActionKind.DO_NOT_INVEST, Optional.empty(),
                "risk tier (low historical value, low potential): keep to obligations, make no paid offers", f, 0,
                zero, zero, zero, true);
    }

    private NextBestAction recovery(CustomerSituation s, Complaint c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("complaint", c.id().value());
        f.put("category", c.category());
        f.put("severity", c.severity().name().toLowerCase(Locale.ROOT));
        f.put("opened_at", c.openedAt().toString());
        Money atStake = s.value().map(CustomerSituation.Value::clv).orElse(Money.ofMinor(0, currency));
        f.put("clv", atStake.toString());
        return action(ActionKind.COMPLAINT_RECOVERY, c.id().value(),
                "open " + f.get("severity") + " complaint about " + c.category() + " since "
                        + c.openedAt().toString().substring(0, 10) + ": recover the relationship before its value goes",
                f, policy.responseRate(ActionKind.COMPLAINT_RECOVERY), atStake);
    }

    private NextBestAction followUp(CustomerSituation s, FollowUp u) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("follow_up", u.id().value());
        f.put("reason", u.reason());
        f.put("due_on", u.dueOn().toString());
        f.put("days_overdue", Long.toString(ChronoUnit.DAYS.between(u.dueOn(), s.asOf())));
        double alive = alive(s);
        f.put("p_alive", aliveFigure(s));
        Money atStake = s.value().map(CustomerSituation.Value::expectedValuePerPurchase).orElse(Money.ofMinor(0, currency));
        f.put("expected_value_per_purchase", atStake.toString());
        return action(ActionKind.OVERDUE_FOLLOW_UP, u.id().value(), "follow-up '" + u.reason() + "' was due "
                + u.dueOn() + ": keep the promise", f, policy.responseRate(ActionKind.OVERDUE_FOLLOW_UP) * alive, atStake);
    }

    private Optional<NextBestAction> retention(CustomerSituation s) {
        if (s.value().isEmpty() || s.value().get().status() != ChurnStatus.AT_RISK
                || !(s.tier().orElse(null) == RelationshipTier.STRATEGIC || s.tier().orElse(null) == RelationshipTier.MAJOR)) {
            return Optional.empty();
        }
        CustomerSituation.Value v = s.value().get();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("tier", s.tier().get().name().toLowerCase(Locale.ROOT));
        f.put("p_alive", decimal(v.probabilityAlive()));
        f.put("churn_status", "at_risk");
        f.put("clv", v.clv().toString());
        return Optional.of(action(ActionKind.RETENTION_OFFER, null, "a " + f.get("tier") + " customer whose P(alive) "
                + "fell to " + decimal(v.probabilityAlive()) + " (at risk): offer to keep them", f,
                policy.responseRate(ActionKind.RETENTION_OFFER), v.clv()));
    }

    private List<NextBestAction> crossSell(CustomerSituation s) {
        Map<ProductId, AssociationRule> best = new HashMap<>();
        for (ProductId bought : s.boughtProducts()) {
            for (AssociationRule r : rulesFrom.getOrDefault(bought, List.of())) {
                if (!s.boughtProducts().contains(r.consequent())) {
                    best.merge(r.consequent(), r, (a, b) -> MOST_CONFIDENT.compare(a, b) <= 0 ? a : b);
                }
            }
        }
        double alive = alive(s);
        List<Offer> candidates = new ArrayList<>();
        best.values().forEach(r -> {
            ProductStats target = products.get(r.consequent());
            if (target != null && target.meanUnitPrice().currency().equals(currency)) {
                candidates.add(new Offer(r.consequent().value(), r.confidence() * alive, target.meanUnitPrice(),
                        () -> {
                            Map<String, String> f = new LinkedHashMap<>();
                            f.put("rule", r.antecedent() + " -> " + r.consequent());
                            f.put("support", decimal(r.support()));
                            f.put("confidence", decimal(r.confidence()));
                            f.put("lift", decimal(r.lift()));
                            f.put("p_alive", aliveFigure(s));
                            f.put("price", target.meanUnitPrice().toString());
                            return action(ActionKind.CROSS_SELL, r.consequent().value(), "bought " + r.antecedent()
                                    + "; " + percent(r.confidence()) + " of its buyers also buy " + r.consequent()
                                    + " (lift " + String.format(Locale.ROOT, "%.2f", r.lift()) + ")", f,
                                    r.confidence() * alive, target.meanUnitPrice());
                        }));
            }
        });
        return top(candidates, policy.crossSellLimit());
    }

    private List<NextBestAction> upSell(CustomerSituation s) {
        double alive = alive(s);
        double p = policy.responseRate(ActionKind.UP_SELL) * alive;
        List<Offer> candidates = new ArrayList<>();
        s.priceBands().forEach((category, band) -> {
            if (!band.currency().equals(currency)) {
                return;
            }
            for (ProductStats product : byCategory.getOrDefault(category, List.of())) {
                if (product.meanUnitPrice().compareTo(band) > 0 && !s.boughtProducts().contains(product.productId())) {
                    Money step = Money.rounded(product.meanUnitPrice().amount().subtract(band.amount()), currency);
                    candidates.add(new Offer(product.productId().value(), p, step, () -> {
                        Map<String, String> f = new LinkedHashMap<>();
                        f.put("category", category.name());
                        f.put("price_band", band.toString());
                        f.put("product", product.productId().value());
                        f.put("price", product.meanUnitPrice().toString());
                        f.put("p_alive", aliveFigure(s));
                        return action(ActionKind.UP_SELL, product.productId().value(), "buys " + category.name()
                                + " at up to " + band + "; " + product.productId() + " is the next step up at "
                                + product.meanUnitPrice(), f, p, step);
                    }));
                    return;
                }
            }
        });
        return top(candidates, policy.upSellLimit());
    }

    /**
     * An offer before its action is written out: many customers could take dozens of offers but keep the best
     * few, so only those are given their reason and figures (most of a plan's time went on the rest).
     */
    private final class Offer {
        private final String subject;
        private final Money expected;
        private final java.util.function.Supplier<NextBestAction> action;

        Offer(String subject, double p, Money atStake, java.util.function.Supplier<NextBestAction> action) {
            this.subject = subject;
            this.expected = Money.rounded(atStake.amount().doubleValue() * p * policy.margin(), currency);
            this.action = action;
        }
    }

    /** The {@code limit} offers of most expected value (ties by subject), written out as actions. */
    private static List<NextBestAction> top(List<Offer> offers, int limit) {
        return offers.stream().sorted(Comparator.comparing((Offer o) -> o.expected, Comparator.reverseOrder())
                .thenComparing(o -> o.subject)).limit(limit).map(o -> o.action.get()).toList();
    }

    private Optional<NextBestAction> winBack(CustomerSituation s) {
        if (s.value().isEmpty() || valuableFrom.isEmpty() || s.value().get().status() != ChurnStatus.LAPSED
                || s.value().get().historicalValue().compareTo(valuableFrom.get()) < 0) {
            return Optional.empty();
        }
        CustomerSituation.Value v = s.value().get();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("churn_status", "lapsed");
        f.put("p_alive", decimal(v.probabilityAlive()));
        f.put("historical_value", v.historicalValue().toString());
        f.put("valuable_from", valuableFrom.get().toString());
        return Optional.of(action(ActionKind.WIN_BACK, null, "lapsed, and was worth " + v.historicalValue()
                        + " (at least the base's median " + valuableFrom.get() + "): try to win back", f,
                policy.responseRate(ActionKind.WIN_BACK), v.historicalValue()));
    }

    private NextBestAction action(ActionKind kind, String subject, String reason, Map<String, String> figures,
                                  double p, Money atStake) {
        Money cost = Money.rounded(policy.cost(kind), currency);
        Money expected = Money.rounded(atStake.amount().doubleValue() * p * policy.margin(), currency);
        figures.put("p_response", decimal(p));
        figures.put("margin", decimal(policy.margin()));
        return new NextBestAction(kind, Optional.ofNullable(subject), reason, figures, p, atStake, expected, cost, true);
    }

    /** P(alive), or 1 where the value engine has no view: the offer's own response rate then stands alone. */
    private static double alive(CustomerSituation s) {
        return s.value().map(CustomerSituation.Value::probabilityAlive).orElse(1.0);
    }

    private static String aliveFigure(CustomerSituation s) {
        return s.value().map(v -> decimal(v.probabilityAlive())).orElse("no data");
    }

    /** Four decimals, half up (String.format was a tenth of a plan's time). */
    private static String decimal(double x) {
        return java.math.BigDecimal.valueOf(x).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(double x) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * x);
    }
}
