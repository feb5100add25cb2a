package org.opencrm.application.port.in.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.Tercile;

/**
 * The value of the customer base as of a date: totals of historical, current and potential value, the CLV
 * distribution (quantiles, and a histogram on log-scale bins), how many customers sit in each cell of the value grid,
 * and per relationship tier its size, value and share of relationship resources.
 */
public record ValueReport(LocalDate asOf, FittedModel purchaseModel, FittedModel spendModel,
                          ValueAssumptions assumptions, List<String> warnings, long customers, Money historicalTotal,
                          Money currentTotal, Money clvTotal, Money clvMean, List<Quantile> clvDistribution,
                          List<ClvBin> clvHistogram, List<GridCell> grid, List<TierRow> tiers) {

    public ValueReport {
        warnings = List.copyOf(warnings);
        clvDistribution = List.copyOf(clvDistribution);
        clvHistogram = List.copyOf(clvHistogram);
        grid = List.copyOf(grid);
        tiers = List.copyOf(tiers);
    }

    /** The CLV at quantile p (0..1) of the base. */
    public record Quantile(double p, Money clv) {
    }

    /** How many customers have a CLV in [from, to). */
    public record ClvBin(Money from, Money to, long customers) {
    }

    /** One cell of the grid: historical × potential tercile, its tier, and its customers. */
    public record GridCell(Tercile historical, Tercile potential, RelationshipTier tier, long customers) {
    }

    /** One tier, best first. */
    public record TierRow(RelationshipTier tier, long customers, BigDecimal share, Money historicalValue,
                          Money clv, BigDecimal resourceShare, String strategy) {
    }
}
