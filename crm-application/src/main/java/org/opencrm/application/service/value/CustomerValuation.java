package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.opencrm.application.concurrent.Prefetch;
import org.opencrm.application.error.ReportNotComputableException;
import org.opencrm.application.port.in.value.ChurnPolicy;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.in.value.ValuedCustomer;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.service.lifecycle.ModelFits;
import org.opencrm.application.service.lifecycle.StoredModels;
import org.opencrm.domain.lifecycle.ChurnThresholds;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.value.clv.CustomerLifetimeValue;
import org.opencrm.domain.value.clv.CustomerScoring;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.GammaGammaModel;
import org.opencrm.domain.value.clv.GammaGammaParameters;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;

/**
 * Values every customer who had bought by each of some dates, in one streaming pass over the store, with the
 * latest fits of a purchase model and of Gamma-Gamma calibrated by each date ({@link ModelFits}): what the
 * value, churn, tier and loyalty reports share. Customers with the same (x, t_x, T) share their model terms ({@link CustomerScoring}).
 */
public final class CustomerValuation {

    /** The fits a valuation used. */
    public record Fits(FittedModel purchases, FittedModel spend) {
    }

    /**
     * The customers valued as of one date (those who had bought by then), in customer id order, with the fits
     * calibrated by that date that valued them and any warning about those fits.
     */
    public record Snapshot(LocalDate asOf, Fits fits, List<ValuedCustomer> customers, List<String> warnings) {
        public Snapshot {
            customers = List.copyOf(customers);
            warnings = List.copyOf(warnings);
        }
    }

    /** The valuation at each date asked for, in the currency of the store's purchases (empty if none). */
    public record Result(Optional<String> currency, List<Snapshot> snapshots) {
        public Result {
            snapshots = List.copyOf(snapshots);
        }

        /** The fits of the first (often the only) date. */
        public Fits fits() {
            return snapshots.get(0).fits();
        }
    }

    /** Threads scoring beside the store's reading, as the lifecycle report derives (docs/performance.md). */
    private static final int SCORING_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final PurchaseRepository purchases;
    private final ModelFits models;
    private final ChurnPolicy policy;
    private final Clock clock;

    @Inject
    public CustomerValuation(PurchaseRepository purchases, ModelFits models, ChurnPolicy policy, Clock clock) {
        this.purchases = Objects.requireNonNull(purchases);
        this.models = Objects.requireNonNull(models);
        this.policy = Objects.requireNonNull(policy);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The churn policy every value report reads statuses from. */
    public ChurnPolicy policy() {
        return policy;
    }

    /** Today in the store's time zone: the default report date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether fits of the purchase model the assumptions name and of Gamma-Gamma are calibrated by {@code asOf}. */
    public boolean canValueAt(LocalDate asOf, ValueAssumptions assumptions) {
        ModelKind model = assumptions.purchaseModel().orElse(policy.purchaseModel());
        return models.calibratedBy(model, asOf).isPresent() && models.calibratedBy(ModelKind.GAMMA_GAMMA, asOf).isPresent();
    }

    /** The latest fits calibrated by {@code asOf}: a valuation as of a date sees no purchase after it. */
    public Fits fits(ModelKind purchaseModel, LocalDate asOf) {
        return new Fits(models.requireCalibratedBy(purchaseModel, asOf),
                models.requireCalibratedBy(ModelKind.GAMMA_GAMMA, asOf));
    }

    public Result valueAt(List<LocalDate> dates, ValueAssumptions assumptions) {
        return sharedOrScored(dates, assumptions, null);
    }

    /**
     * The valuation of a report book's earlier report when there is one (see {@link #sharing}), else a new one;
     * {@code alongside} (null: none) gets every history either way, in a plain pass when the valuation is known.
     */
    private Result sharedOrScored(List<LocalDate> dates, ValueAssumptions assumptions,
                                  Consumer<PurchaseHistory> alongside) {
        Consumer<PurchaseHistory> each = alongside == null ? history -> { } : alongside;
        Map<List<Object>, Result> shared = SHARED.get();
        if (shared == null) {
            return scored(dates, assumptions, each);
        }
        List<Object> key = List.of(purchases, List.copyOf(dates), assumptions);
        Result known = shared.get(key);
        if (known == null) {
            known = scored(dates, assumptions, each);
            shared.put(key, known);
        } else if (alongside != null) {
            forEachHistory(alongside);
        }
        return known;
    }

    /**
     * Valuations made while {@link #sharing} runs, on its thread: reports run together (a report book) value the
     * base once per date instead of once each. Static, so it holds whichever instance each report was given.
     */
    private static final ThreadLocal<Map<List<Object>, Result>> SHARED = new ThreadLocal<>();

    /**
     * Runs {@code reports} so that they share each valuation (same store, dates and assumptions): nothing is
     * written meanwhile on this thread, so the base they value does not change under them.
     */
    public static <T> T sharing(java.util.function.Supplier<T> reports) {
        if (SHARED.get() != null) {
            return reports.get();
        }
        SHARED.set(new java.util.HashMap<>());
        try {
            return reports.get();
        } finally {
            SHARED.remove();
        }
    }

    /** Every purchase history, once: what a caller that cannot value the base (no fits) reads instead. */
    public void forEachHistory(Consumer<PurchaseHistory> sink) {
        purchases.forEachHistory(clock.getZone(), sink);
    }

    /**
     * {@link #valueAt(List, ValueAssumptions)}, handing each purchase history also to {@code alongside} in the
     * same pass: a report that needs the histories for something else (lifecycle stages) reads them once. The
     * histories are scored on two threads: {@code alongside} may be called from both at once.
     */
    public Result valueAt(List<LocalDate> dates, ValueAssumptions assumptions, Consumer<PurchaseHistory> alongside) {
        return sharedOrScored(dates, assumptions, Objects.requireNonNull(alongside, "'alongside' must not be null"));
    }

    private Result scored(List<LocalDate> dates, ValueAssumptions assumptions, Consumer<PurchaseHistory> alongside) {
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("no dates to value the customers at");
        }
        ModelKind model = assumptions.purchaseModel().orElse(policy.purchaseModel());
        List<Fits> fits = dates.stream().map(d -> fits(model, d)).toList();
        // The store streams histories on one thread while two others score them, each into lists of its own
        // (as the lifecycle report derives): scoring is most of a valuation's time.
        List<Part> parts = new ArrayList<>();
        Prefetch.<PurchaseHistory>pipe(sink -> purchases.forEachHistory(clock.getZone(), sink), () -> {
            Part part = new Part(dates.size());
            // A scorer per thread: each keeps the terms it has computed in a plain map.
            List<Scorer> scorers = fits.stream().map(f -> new Scorer(f, assumptions)).toList();
            synchronized (parts) {
                parts.add(part);
            }
            return history -> {
                checkCurrency(history, part.currency);
                alongside.accept(history);
                for (int i = 0; i < dates.size(); i++) {
                    ValuedCustomer v = scorers.get(i).value(history, dates.get(i));
                    if (v != null) {
                        part.byDate.get(i).add(v);
                    }
                }
            };
        }, SCORING_THREADS, "valuation-reader");
        String[] currency = new String[1];
        for (Part part : parts) {
            if (part.currency[0] != null && currency[0] != null && !currency[0].equals(part.currency[0])) {
                throw new ReportNotComputableException("value reports need purchases in one currency; the store has "
                        + currency[0] + " and " + part.currency[0]);
            }
            currency[0] = currency[0] == null ? part.currency[0] : currency[0];
        }
        // In id order, whatever order the store streams in: sums of doubles then come out the same on every
        // backend, to the last digit. Each thread's share is sorted on a thread of its own, then merged.
        parts.parallelStream().forEach(part -> part.byDate.forEach(list -> list.sort(BY_ID)));
        List<List<ValuedCustomer>> byDate = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            int date = i;
            byDate.add(merged(parts.stream().map(part -> part.byDate.get(date)).toList()));
        }
        List<Snapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            List<String> warnings = new ArrayList<>();
            ModelFits.staleness(fits.get(i).purchases(), d).ifPresent(warnings::add);
            ModelFits.staleness(fits.get(i).spend(), d).ifPresent(warnings::add);
            snapshots.add(new Snapshot(d, fits.get(i), byDate.get(i), warnings));
        }
        return new Result(Optional.ofNullable(currency[0]), snapshots);
    }

    private static final Comparator<ValuedCustomer> BY_ID = Comparator.comparing(ValuedCustomer::customerId);

    /** One list in id order from lists each in id order. */
    private static List<ValuedCustomer> merged(List<List<ValuedCustomer>> sorted) {
        List<ValuedCustomer> all = new ArrayList<>(sorted.stream().mapToInt(List::size).sum());
        int[] next = new int[sorted.size()];
        while (true) {
            int from = -1;
            for (int k = 0; k < sorted.size(); k++) {
                if (next[k] < sorted.get(k).size() && (from < 0
                        || BY_ID.compare(sorted.get(k).get(next[k]), sorted.get(from).get(next[from])) < 0)) {
                    from = k;
                }
            }
            if (from < 0) {
                return all;
            }
            all.add(sorted.get(from).get(next[from]++));
        }
    }

    /** What one scoring thread valued, per date, and the currency it saw. */
    private static final class Part {
        private final List<List<ValuedCustomer>> byDate = new ArrayList<>();
        private final String[] currency = new String[1];

        Part(int dates) {
            for (int i = 0; i < dates; i++) {
                byDate.add(new ArrayList<>());
            }
        }
    }

    private static void checkCurrency(PurchaseHistory history, String[] seen) {
        for (PurchaseFact p : history.purchases()) {
            String c = p.currency().getCurrencyCode();
            if (seen[0] == null) {
                seen[0] = c;
            } else if (!seen[0].equals(c)) {
                throw new ReportNotComputableException("value reports need purchases in one currency; the store has "
                        + seen[0] + " and " + c + " (customer " + history.customerId() + ")");
            }
        }
    }

    /** Values one history at one date. */
    private final class Scorer {
        private final ModelTimeUnit unit;
        private final ValueAssumptions assumptions;
        private final CustomerScoring scoring;
        private final ChurnThresholds thresholds;
        private final BigDecimal margin;

        Scorer(Fits fits, ValueAssumptions assumptions) {
            this.thresholds = policy.thresholds();
            this.margin = BigDecimal.valueOf(assumptions.margin());
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
            Currency currency = null;
            try {
                for (PurchaseFact p : history.purchases()) {
                    LocalDate day = p.day();
                    if (day.isAfter(asOf)) {
                        break;
                    }
                    long amount = p.minorUnits();
                    perMinorUnit = Math.pow(10, -Math.max(0, p.currency().getDefaultFractionDigits()));
                    currency = p.currency();
                    if (first == null) {
                        first = day;
                        last = day;
                    } else if (day.isAfter(last)) {
                        repeatDays++;
                        last = day;
                    }
                    if (!day.equals(first)) {
                        repeatMinor = Math.addExact(repeatMinor, amount);
                    }
                    totalMinor = Math.addExact(totalMinor, amount);
                    if (day.isAfter(currentFrom)) {
                        currentMinor = Math.addExact(currentMinor, amount);
                    }
                }
            } catch (ArithmeticException beyondLong) {
                // Thousands of the largest storable amounts for one customer: refused, never wrapped.
                throw new IllegalArgumentException("customer " + history.customerId().value() + " bought more than "
                        + Money.ofMinor(Long.MAX_VALUE, currency) + " in all: too much to value");
            }
            if (first == null) {
                return null;
            }
            double tx = unit.fromDays(ChronoUnit.DAYS.between(first, last));
            double T = unit.fromDays(ChronoUnit.DAYS.between(first, asOf));
            double meanRepeat = repeatDays == 0 ? 0 : repeatMinor * perMinorUnit / repeatDays;
            CustomerScoring.Score score = scoring.score(repeatDays, tx, T, meanRepeat);
            return new ValuedCustomer(history.customerId(), first, last, repeatDays, tx, T, score.probabilityAlive(),
                    thresholds.statusOf(score.probabilityAlive()), score.expectedPurchases(),
                    Money.rounded(score.expectedValuePerPurchase(), currency), margin(totalMinor, currency),
                    margin(currentMinor, currency), Money.rounded(score.clv(), currency));
        }

        /** The margin on revenue, exact: revenue itself at the default margin of 1. */
        private Money margin(long revenueMinor, Currency currency) {
            Money revenue = Money.ofMinor(revenueMinor, currency);
            return margin.compareTo(BigDecimal.ONE) == 0 ? revenue
                    : Money.rounded(margin.multiply(revenue.amount()), currency);
        }
    }
}
