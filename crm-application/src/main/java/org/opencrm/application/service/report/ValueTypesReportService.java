package org.opencrm.application.service.report;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.opencrm.application.concurrent.Background;
import org.opencrm.application.concurrent.Prefetch;
import org.opencrm.application.port.in.value.ValueTypesReport;
import org.opencrm.application.port.in.value.ValueTypesReportUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.ProductRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier.Result;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;
import org.opencrm.domain.value.orientation.ValueOrientationType;

/**
 * Classifies every customer from two streaming passes: who had bought by the as-of date, then each customer's
 * line items. Catalog entries are looked up in batches of customers, so memory holds one batch's lines and
 * the products they name.
 */
public class ValueTypesReportService implements ValueTypesReportUseCase {

    private static final int BATCH = 1000;

    private final CustomerRepository customers;
    private final PurchaseRepository purchases;
    private final ProductRepository products;
    private final ReportPopulation population;
    private final Clock clock;

    @Inject
    public ValueTypesReportService(CustomerRepository customers, PurchaseRepository purchases,
                                   ProductRepository products, ReportPopulation population, Clock clock) {
        this.population = Objects.requireNonNull(population);
        this.customers = Objects.requireNonNull(customers);
        this.purchases = Objects.requireNonNull(purchases);
        this.products = Objects.requireNonNull(products);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ValueTypesReport report(Query query) {
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        Predicate<CustomerId> counted = population.of(query.inSegment(), asOf);
        // Who had bought by the date is read on a thread of its own while the line items are classified.
        Background<Set<CustomerId>> buyers = Background.start(() -> {
            Set<CustomerId> bought = new HashSet<>();
            purchases.forEachPurchaseDays(clock.getZone(), asOf, d -> {
                if (counted.test(d.customerId())) {
                    bought.add(d.customerId());
                }
            });
            return bought;
        }, "value-types-buyers");
        List<Classified> results = new ArrayList<>();
        List<PurchaseRepository.LineHistory> batch = new ArrayList<>();
        Consumer<PurchaseRepository.LineHistory> gather = h -> {
            if (counted.test(h.customerId())) {
                batch.add(h);
                if (batch.size() == BATCH) {
                    classify(batch, asOf, query.classifier(), results);
                    batch.clear();
                }
            }
        };
        Set<CustomerId> bought;
        try {
            // The store reads and groups the lines on one thread while this one classifies them.
            Prefetch.<PurchaseRepository.LineHistory>pipe(sink -> purchases.forEachLineHistory(clock.getZone(), sink),
                    gather, "line-reader");
            classify(batch, asOf, query.classifier(), results);
        } finally {
            bought = buyers.join();
        }
        Tally tally = new Tally(query);
        // In the order the store listed them, as before: the customers listed first are the same on every run.
        results.stream().filter(r -> bought.contains(r.customer())).forEach(r -> tally.add(r.customer(), r.result()));
        long withoutLines = bought.size() - tally.seen;
        if (withoutLines > 0) {
            tally.unclassified(Result.Cause.NO_LINE_ITEMS, withoutLines, "no line items: purchases carry no products");
        }
        return tally.report(asOf, bought.size());
    }

    /** One customer's classification, kept until the buyers by the date are known. */
    private record Classified(CustomerId customer, Result result) {
    }

    private void classify(List<PurchaseRepository.LineHistory> batch, LocalDate asOf,
                          ValueOrientationClassifier classifier, List<Classified> results) {
        Set<ProductId> named = new HashSet<>();
        batch.forEach(h -> h.lines().forEach(l -> named.add(l.line().productId())));
        Map<ProductId, Product> catalog = named.isEmpty() ? Map.of() : products.findByIds(named);
        for (PurchaseRepository.LineHistory h : batch) {
            List<ValueOrientationClassifier.BoughtLine> lines = h.lines().stream()
                    .filter(l -> !l.day().isAfter(asOf)).toList();
            results.add(new Classified(h.customerId(), classifier.classify(lines, catalog)));
        }
    }

    /** Sums per type and cause, and the first customers classified. */
    private final class Tally {
        private final Query query;
        private final Map<ValueOrientationType, double[]> byType = new EnumMap<>(ValueOrientationType.class);
        private final Map<Result.Cause, Object[]> byCause = new EnumMap<>(Result.Cause.class);
        private final List<ValueTypesReport.CustomerRow> listed = new ArrayList<>();
        private long seen;
        private long classified;

        Tally(Query query) {
            this.query = query;
        }

        void add(CustomerId customer, Result result) {
            seen++;
            if (result instanceof Result.Classified c) {
                classified++;
                double[] sums = byType.computeIfAbsent(c.type(), t -> new double[5]);
                sums[0]++;
                sums[1] += c.newShare();
                sums[2] += c.establishedRepeatShare();
                sums[3] += c.discountShare();
                sums[4] += c.premiumShare();
                if (listed.size() < query.listCustomers()) {
                    String name = customers.findById(customer).map(Customer::name).orElse("");
                    listed.add(new ValueTypesReport.CustomerRow(customer, name, c.type(), c.newShare(),
                            c.establishedRepeatShare(), c.discountShare(), c.premiumShare()));
                }
            } else if (result instanceof Result.InsufficientData d) {
                unclassified(d.cause(), 1, d.reason());
            }
        }

        void unclassified(Result.Cause cause, long count, String example) {
            Object[] t = byCause.computeIfAbsent(cause, k -> new Object[] {0L, example});
            t[0] = (Long) t[0] + count;
        }

        ValueTypesReport report(LocalDate asOf, long total) {
            List<ValueTypesReport.TypeRow> types = new ArrayList<>();
            for (ValueOrientationType t : ValueOrientationType.values()) {
                double[] s = byType.getOrDefault(t, new double[5]);
                double n = Math.max(1, s[0]);
                types.add(new ValueTypesReport.TypeRow(t, (long) s[0], classified == 0 ? 0 : s[0] / classified,
                        s[1] / n, s[2] / n, s[3] / n, s[4] / n));
            }
            List<ValueTypesReport.UnclassifiedRow> unclassified = new ArrayList<>();
            byCause.forEach((cause, tally) -> unclassified.add(
                    new ValueTypesReport.UnclassifiedRow(cause, (Long) tally[0], (String) tally[1])));
            return new ValueTypesReport(asOf, total, classified, types, unclassified, listed);
        }
    }
}
