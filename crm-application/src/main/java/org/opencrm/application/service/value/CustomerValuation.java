package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.error.ModelNotFittedException;
import org.opencrm.application.port.in.report.ValueAssumptions;
import org.opencrm.application.port.in.report.ValuedCustomer;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.service.lifecycle.StoredModels;
import org.opencrm.domain.lifecycle.PurchaseFact;
import org.opencrm.domain.lifecycle.PurchaseHistory;
import org.opencrm.domain.value.clv.CustomerLifetimeValue;
import org.opencrm.domain.value.clv.CustomerScoring;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.GammaGammaModel;
import org.opencrm.domain.value.clv.GammaGammaParameters;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;

/**
 * Values every customer who had bought by each of some dates, in one streaming pass over the store, with the
 * latest stored fits of a purchase model and of Gamma-Gamma: what the value, churn, tier and loyalty reports
 * share. Customers with the same (x, t_x, T) share their model terms ({@link CustomerScoring}).
 */
public final class CustomerValuation {

    /** The fits a valuation used. */
    public record Fits(FittedModel purchases, FittedModel spend) {
    }

    /** The customers valued as of one date (those who had bought by then), in customer id order. */
    public record Snapshot(LocalDate asOf, List<ValuedCustomer> customers) {
        public Snapshot {
            customers = List.copyOf(customers);
        }
    }

    /** The valuation at each date asked for, in the currency of the store's purchases (empty if none). */
    public record Result(Fits fits, Optional<String> currency, List<Snapshot> snapshots) {
        public Result {
            snapshots = List.copyOf(snapshots);
        }
    }

    private final PurchaseRepository purchases;
    private final ModelRepository models;
    private final Clock clock;

    @Inject
    public CustomerValuation(PurchaseRepository purchases, ModelRepository models, Clock clock) {
        this.purchases = Objects.requireNonNull(purchases);
        this.models = Objects.requireNonNull(models);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Today in the store's time zone: the default report date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Fits fits(ModelKind purchaseModel) {
        FittedModel purchaseFit = models.findLatest(purchaseModel)
                .orElseThrow(() -> new ModelNotFittedException(purchaseModel));
        FittedModel spendFit = models.findLatest(ModelKind.GAMMA_GAMMA)
                .orElseThrow(() -> new ModelNotFittedException(ModelKind.GAMMA_GAMMA));
        return new Fits(purchaseFit, spendFit);
    }

    public Result valueAt(List<LocalDate> dates, ValueAssumptions assumptions) {
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("no dates to value the customers at");
        }
        Fits fits = fits(assumptions.purchaseModel());
        Scorer scorer = new Scorer(fits, assumptions);
        List<List<ValuedCustomer>> byDate = new ArrayList<>();
        dates.forEach(d -> byDate.add(new ArrayList<>()));
        String[] currency = new String[1];
        purchases.forEachHistory(clock.getZone(), history -> {
            checkCurrency(history, currency);
            for (int i = 0; i < dates.size(); i++) {
                ValuedCustomer v = scorer.value(history, dates.get(i));
                if (v != null) {
                    byDate.get(i).add(v);
                }
            }
        });
        List<Snapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            // In id order, whatever order the store streams in: sums of doubles then come out the same on every
            // backend, to the last digit.
            byDate.get(i).sort(Comparator.comparing(v -> v.customerId().value()));
            snapshots.add(new Snapshot(dates.get(i), byDate.get(i)));
        }
        return new Result(fits, Optional.ofNullable(currency[0]), snapshots);
    }

    private static void checkCurrency(PurchaseHistory history, String[] seen) {
        for (PurchaseFact p : history.purchases()) {
            String c = p.currency().getCurrencyCode();
            if (seen[0] == null) {
                seen[0] = c;
            } else if (!seen[0].equals(c)) {
                throw new IllegalArgumentException("value reports need purchases in one currency; the store has "
                        + seen[0] + " and " + c + " (customer " + history.customerId() + ")");
            }
        }
    }

    /** Values one history at one date. */
    private static final class Scorer {
        private final ModelTimeUnit unit;
        private final ValueAssumptions assumptions;
        private final CustomerScoring scoring;

        Scorer(Fits fits, ValueAssumptions assumptions) {
            FittedModel gg = fits.spend();
            GammaGammaModel spend = new GammaGammaModel(new GammaGammaParameters(gg.parameter("p"), gg.parameter("q"),
                    gg.parameter("gamma")));
            this.unit = fits.purchases().unit();
            double unitsPerMonth = unit == ModelTimeUnit.WEEKS ? CustomerLifetimeValue.WEEKS_PER_MONTH
                    : CustomerLifetimeValue.DAYS_PER_MONTH;
            this.scoring = new CustomerScoring(StoredModels.purchaseModel(fits.purchases()), spend,
                    new CustomerLifetimeValue(assumptions.horizonMonths(), assumptions.monthlyDiscount(), unitsPerMonth,
                            assumptions.margin()));
            this.assumptions = assumptions;
        }

        ValuedCustomer value(PurchaseHistory history, LocalDate asOf) {
            LocalDate currentFrom = asOf.minusMonths(assumptions.currentMonths());
            LocalDate first = null;
            LocalDate last = null;
            int repeatDays = 0;
            // Sums in minor units: exact, so the same whatever order a store lists same-day purchases in.
            long repeatMinor = 0;
            long totalMinor = 0;
            long currentMinor = 0;
            double perMinorUnit = 1;
            for (PurchaseFact p : history.purchases()) {
                LocalDate day = p.day();
                if (day.isAfter(asOf)) {
                    break;
                }
                long amount = p.minorUnits();
                perMinorUnit = Math.pow(10, -Math.max(0, p.currency().getDefaultFractionDigits()));
                if (first == null) {
                    first = day;
                    last = day;
                } else if (day.isAfter(last)) {
                    repeatDays++;
                    last = day;
                }
                if (!day.equals(first)) {
                    repeatMinor += amount;
                }
                totalMinor += amount;
                if (day.isAfter(currentFrom)) {
                    currentMinor += amount;
                }
            }
            if (first == null) {
                return null;
            }
            double tx = unit.fromDays(ChronoUnit.DAYS.between(first, last));
            double T = unit.fromDays(ChronoUnit.DAYS.between(first, asOf));
            double meanRepeat = repeatDays == 0 ? 0 : repeatMinor * perMinorUnit / repeatDays;
            CustomerScoring.Score score = scoring.score(repeatDays, tx, T, meanRepeat);
            double margin = assumptions.margin();
            return new ValuedCustomer(history.customerId(), first, last, repeatDays, tx, T, score.probabilityAlive(),
                    score.expectedPurchases(), score.expectedValuePerPurchase(), margin * totalMinor * perMinorUnit,
                    margin * currentMinor * perMinorUnit, score.clv());
        }
    }
}
