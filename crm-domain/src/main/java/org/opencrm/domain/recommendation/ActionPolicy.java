package org.opencrm.domain.recommendation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the next-best-action ranking assumes: the chance each kind of offer is taken up (cross-sell uses its rule's
 * confidence instead), what one costs, the margin earned on revenue, the mean budget per customer that the tiers'
 * resource shares divide, and how many cross-sell and up-sell offers one customer gets at most.
 */
public record ActionPolicy(Map<ActionKind, Double> responseRates, Map<ActionKind, BigDecimal> costs, double margin,
                          BigDecimal budgetPerCustomer, int crossSellLimit, int upSellLimit) {

    /** Documented defaults (docs/domain.md, next best action). */
    public static final ActionPolicy DEFAULT = new ActionPolicy(
            rates(0.60, 0.50, 0.25, 0.10, 0.05),
            costs("15", "5", "10", "1", "1", "3"),
            1.0, new BigDecimal("20"), 3, 2);

    public ActionPolicy {
        responseRates = Map.copyOf(responseRates);
        costs = Map.copyOf(costs);
        for (ActionKind k : ActionKind.values()) {
            if (k != ActionKind.DO_NOT_INVEST && k != ActionKind.CROSS_SELL) {
                Double p = responseRates.get(k);
                if (p == null || !(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("the response rate of " + k.code() + " must be in [0, 1], got " + p);
                }
            }
            BigDecimal c = costs.get(k);
            if (k != ActionKind.DO_NOT_INVEST && (c == null || c.signum() < 0)) {
                throw new IllegalArgumentException("the cost of " + k.code() + " must be >= 0, got " + c);
            }
        }
        if (!(margin > 0 && margin <= 1)) {
            throw new IllegalArgumentException("'margin' must be in (0, 1], got " + margin);
        }
        Objects.requireNonNull(budgetPerCustomer, "'budgetPerCustomer' must not be null");
        if (budgetPerCustomer.signum() < 0) {
            throw new IllegalArgumentException("'budgetPerCustomer' must be >= 0, got " + budgetPerCustomer);
        }
        if (crossSellLimit < 0 || upSellLimit < 0) {
            throw new IllegalArgumentException("offer limits must be >= 0");
        }
    }

    /** This policy with another mean budget per customer. */
    public ActionPolicy withBudget(BigDecimal budget) {
        return new ActionPolicy(responseRates, costs, margin, budget, crossSellLimit, upSellLimit);
    }

    public double responseRate(ActionKind kind) {
        return responseRates.get(kind);
    }

    /** The cost of one action of this kind (nothing for do-not-invest). */
    public BigDecimal cost(ActionKind kind) {
        return costs.getOrDefault(kind, BigDecimal.ZERO);
    }

    private static Map<ActionKind, Double> rates(double recovery, double followUp, double retention, double upSell,
                                                 double winBack) {
        Map<ActionKind, Double> m = new EnumMap<>(ActionKind.class);
        m.put(ActionKind.COMPLAINT_RECOVERY, recovery);
        m.put(ActionKind.OVERDUE_FOLLOW_UP, followUp);
        m.put(ActionKind.RETENTION_OFFER, retention);
        m.put(ActionKind.UP_SELL, upSell);
        m.put(ActionKind.WIN_BACK, winBack);
        return m;
    }

    private static Map<ActionKind, BigDecimal> costs(String recovery, String followUp, String retention,
                                                     String crossSell, String upSell, String winBack) {
        Map<ActionKind, BigDecimal> m = new EnumMap<>(ActionKind.class);
        m.put(ActionKind.COMPLAINT_RECOVERY, new BigDecimal(recovery));
        m.put(ActionKind.OVERDUE_FOLLOW_UP, new BigDecimal(followUp));
        m.put(ActionKind.RETENTION_OFFER, new BigDecimal(retention));
        m.put(ActionKind.CROSS_SELL, new BigDecimal(crossSell));
        m.put(ActionKind.UP_SELL, new BigDecimal(upSell));
        m.put(ActionKind.WIN_BACK, new BigDecimal(winBack));
        return m;
    }
}
