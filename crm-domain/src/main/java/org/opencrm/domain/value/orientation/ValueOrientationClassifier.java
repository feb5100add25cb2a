package org.opencrm.domain.value.orientation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.LineItem;

/**
 * Classifies a customer into one of the nine value-orientation types from what they bought (docs/domain.md §4):
 * time orientation from the share of spend on newly launched products (future) against repeat purchases of
 * long-established products (past); value type from the share bought at a discount (economic) against the
 * share of premium products (psychological), functional otherwise. It says "insufficient data" rather than
 * guess when the catalog does not describe most of what was bought.
 *
 * @param newWithinDays        a product counts as new this many days after its launch
 * @param establishedAfterDays a product counts as long-established this many days after its launch
 * @param futureShare          share of spend on new products that makes a customer future-oriented
 * @param pastShare            share of spend on repeat, established products that makes one past-oriented
 * @param economicShare        share of spend bought below list price that makes one economic
 * @param psychologicalShare   share of spend on premium products that makes one psychological
 * @param minDescribedShare    share of spend whose product the catalog must describe (launch date, list price)
 */
public record ValueOrientationClassifier(int newWithinDays, int establishedAfterDays, double futureShare,
                                         double pastShare, double economicShare, double psychologicalShare,
                                         double minDescribedShare) {

    public static final ValueOrientationClassifier DEFAULT =
            new ValueOrientationClassifier(90, 365, 0.4, 0.5, 0.5, 0.5, 0.8);

    /** One bought line with the day it was bought. */
    public record BoughtLine(LocalDate day, LineItem line) {
        public BoughtLine {
            Objects.requireNonNull(day, "'day' must not be null");
            Objects.requireNonNull(line, "'line' must not be null");
        }
    }

    /** A type with the shares that decided it, or the reason there is not enough to decide. */
    public sealed interface Result {
        /** The customer's type and the signals behind it. */
        record Classified(ValueOrientationType type, double newShare, double establishedRepeatShare,
                          double discountShare, double premiumShare) implements Result {
        }

        /** Too little known to classify honestly: why, in a word and in a sentence. */
        record InsufficientData(Cause cause, String reason) implements Result {
        }

        /** Why a customer could not be classified. */
        enum Cause {
            /** The purchases carry no line items (products). */
            NO_LINE_ITEMS,
            /** The line items add up to nothing. */
            NO_SPEND,
            /** The catalog lacks launch date or list price for too much of what was bought. */
            CATALOG_INCOMPLETE
        }
    }

    /** Lines must be in day order (repeat purchases are recognised by what came before). */
    public Result classify(List<BoughtLine> lines, Map<ProductId, Product> catalog) {
        if (lines.isEmpty()) {
            return new Result.InsufficientData(Result.Cause.NO_LINE_ITEMS, "no line items: purchases carry no products");
        }
        double total = 0;
        double described = 0;
        double newSpend = 0;
        double establishedRepeat = 0;
        double discounted = 0;
        double premium = 0;
        Set<ProductId> boughtBefore = new HashSet<>();
        for (BoughtLine b : lines) {
            double spend = b.line().total().amount().doubleValue();
            total += spend;
            Product p = catalog.get(b.line().productId());
            Optional<LocalDate> launch = p == null ? Optional.empty() : p.launchDate();
            Optional<BigDecimal> listPrice = b.line().listPrice().map(m -> m.amount())
                    .or(() -> p == null ? Optional.empty() : p.listPrice().map(m -> m.amount()));
            if (launch.isPresent() && listPrice.isPresent()) {
                described += spend;
                long age = ChronoUnit.DAYS.between(launch.get(), b.day());
                if (age >= 0 && age <= newWithinDays) {
                    newSpend += spend;
                }
                if (age >= establishedAfterDays && boughtBefore.contains(p.id())) {
                    establishedRepeat += spend;
                }
                if (b.line().unitPrice().amount().compareTo(listPrice.get()) < 0) {
                    discounted += spend;
                }
                if (p.premium()) {
                    premium += spend;
                }
            }
            boughtBefore.add(b.line().productId());
        }
        if (total <= 0) {
            return new Result.InsufficientData(Result.Cause.NO_SPEND, "no spend on line items");
        }
        if (described / total < minDescribedShare) {
            return new Result.InsufficientData(Result.Cause.CATALOG_INCOMPLETE, String.format(java.util.Locale.ROOT,
                    "the catalog describes (launch date, list price) only %.0f%% of the spend; %.0f%% needed",
                    100 * described / total, 100 * minDescribedShare));
        }
        double newShare = newSpend / described;
        double pastShareValue = establishedRepeat / described;
        double discountShare = discounted / described;
        double premiumShare = premium / described;
        ValueOrientationType.Time time = pick(newShare / futureShare, pastShareValue / pastShare,
                ValueOrientationType.Time.FUTURE, ValueOrientationType.Time.PAST, ValueOrientationType.Time.PRESENT);
        ValueOrientationType.Kind kind = pick(discountShare / economicShare, premiumShare / psychologicalShare,
                ValueOrientationType.Kind.ECONOMIC, ValueOrientationType.Kind.PSYCHOLOGICAL,
                ValueOrientationType.Kind.FUNCTIONAL);
        return new Result.Classified(ValueOrientationType.of(time, kind), newShare, pastShareValue, discountShare,
                premiumShare);
    }

    /** The signal that reaches its threshold (ratio >= 1) by the wider margin, or the fallback. */
    private static <T> T pick(double firstRatio, double secondRatio, T first, T second, T otherwise) {
        if (firstRatio >= 1 && firstRatio >= secondRatio) {
            return first;
        }
        if (secondRatio >= 1) {
            return second;
        }
        return otherwise;
    }
}
