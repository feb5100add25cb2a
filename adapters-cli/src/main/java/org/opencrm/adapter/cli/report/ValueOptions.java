package org.opencrm.adapter.cli.report;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.TierPolicy;
import picocli.CommandLine.Option;

/** The options every value report shares: the purchase model and the CLV and tier assumptions. */
public final class ValueOptions {

    @Option(names = "--purchase-model", paramLabel = "MODEL",
            description = "Purchase model whose fit predicts purchases and P(alive): bgnbd, mbgnbd or pareto-nbd "
                    + "(default: the churn policy's, mbgnbd unless configured: the model the lifecycle report's "
                    + "P(alive) uses). The latest fit calibrated on or before the as-of date is used; spend comes from "
                    + "the latest such gamma-gamma fit.")
    String purchaseModel;

    @Option(names = "--horizon", paramLabel = "MONTHS", defaultValue = "12",
            description = "CLV horizon in months (default: ${DEFAULT-VALUE}).")
    int horizonMonths;

    @Option(names = "--discount", paramLabel = "RATE", defaultValue = "0.01",
            description = "Monthly discount rate of CLV (default: ${DEFAULT-VALUE}).")
    double monthlyDiscount;

    @Option(names = "--margin", paramLabel = "SHARE", defaultValue = "1.0",
            description = "Share of revenue that is margin, 0..1 (default: ${DEFAULT-VALUE}: values are revenue).")
    double margin;

    @Option(names = "--current-months", paramLabel = "MONTHS", defaultValue = "12",
            description = "Length of the period whose margin is the current value (default: ${DEFAULT-VALUE}).")
    int currentMonths;

    @Option(names = "--resource-shares", paramLabel = "TIER=SHARE,...",
            description = "Share of relationship resources per tier, adding up to 1 "
                    + "(default: strategic=0.40,major=0.35,transactional=0.20,risk=0.05).")
    String resourceShares;

    ValueAssumptions assumptions() {
        TierPolicy policy = resourceShares == null ? TierPolicy.DEFAULT
                : new TierPolicy(TierPolicy.DEFAULT.tiers(), shares(resourceShares));
        return new ValueAssumptions(Optional.ofNullable(purchaseModel).map(ModelKind::ofCode), horizonMonths, monthlyDiscount, margin,
                currentMonths, policy);
    }

    private static Map<RelationshipTier, Double> shares(String text) {
        Map<RelationshipTier, Double> shares = new EnumMap<>(RelationshipTier.class);
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            RelationshipTier tier;
            try {
                tier = RelationshipTier.valueOf(kv[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'--resource-shares': '" + kv[0].strip()
                        + "' is not a tier (strategic, major, transactional, risk)");
            }
            try {
                shares.put(tier, Double.parseDouble(kv.length == 2 ? kv[1].strip() : ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'--resource-shares': '" + part.strip() + "' needs TIER=SHARE, e.g. major=0.35");
            }
        }
        return shares;
    }
}
