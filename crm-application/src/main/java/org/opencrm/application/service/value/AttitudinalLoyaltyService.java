package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.opencrm.application.concurrent.Background;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyModel;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReport;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReportUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.application.service.report.ReportPopulation;
import org.opencrm.application.service.report.Shares;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.value.loyalty.BradtClass;
import org.opencrm.domain.value.loyalty.DickBasuClass;
import org.opencrm.domain.value.loyalty.DickBasuModel;
import org.opencrm.domain.value.loyalty.KnoxClass;

/** Classifies the customer base by an attitudinal loyalty model, from each customer's latest survey response. */
public class AttitudinalLoyaltyService implements AttitudinalLoyaltyReportUseCase {

    static final String NO_RESPONSE = "no survey response by the as-of date";

    private final CustomerRepository customers;
    private final PurchaseRepository purchases;
    private final SurveyResponseRepository responses;
    private final ReportPopulation population;
    private final Clock clock;

    @Inject
    public AttitudinalLoyaltyService(CustomerRepository customers, PurchaseRepository purchases,
                                     SurveyResponseRepository responses, ReportPopulation population, Clock clock) {
        this.customers = Objects.requireNonNull(customers);
        this.purchases = Objects.requireNonNull(purchases);
        this.responses = Objects.requireNonNull(responses);
        this.population = Objects.requireNonNull(population);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public AttitudinalLoyaltyReport report(Query query) {
        ZoneId zone = clock.getZone();
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        Instant end = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        // The base's latest answers are read while Dick & Basu's purchase counts are: two independent reads.
        Set<CustomerId> base = new HashSet<>();
        Predicate<CustomerId> counted = population.of(query.inSegment(), asOf);
        Background<Map<CustomerId, SurveyAnswers>> reading = Background.start(() -> {
            customers.forEachShape(c -> {
                if (c.createdAt().isBefore(end) && counted.test(c.id())) {
                    base.add(c.id());
                }
            });
            Map<CustomerId, SurveyAnswers> found = new HashMap<>();
            for (SurveyResponse r : responses.latestPerCustomer(end)) {
                if (base.contains(r.customerId())) {
                    found.put(r.customerId(), r.answers());
                }
            }
            return found;
        }, "loyalty-answers");
        Map<CustomerId, Integer> window = query.model() == AttitudinalLoyaltyModel.DICK_BASU
                ? purchasesInWindow(asOf, query.dickBasu().windowDays(), zone) : Map.of();
        Map<CustomerId, SurveyAnswers> latest = reading.join(); // base is complete once this returns
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> strategies = new LinkedHashMap<>();
        Map<String, Long> missing = new TreeMap<>();
        Map<String, Object> thresholds = new LinkedHashMap<>();
        switch (query.model()) {
            case DICK_BASU -> {
                for (DickBasuClass c : DickBasuClass.values()) {
                    counts.put(c.name(), 0L);
                    strategies.put(c.name(), c.strategy());
                }
                latest.forEach((customer, answers) -> {
                    OptionalDouble attitude = DickBasuModel.relativeAttitude(answers);
                    if (attitude.isEmpty()) {
                        missing.merge("no satisfaction or commitment answer", 1L, Long::sum);
                    } else {
                        DickBasuClass c = query.dickBasu().classify(attitude.getAsDouble(),
                                window.getOrDefault(customer, 0));
                        counts.merge(c.name(), 1L, Long::sum);
                    }
                });
                thresholds.put("attitudeCut", query.dickBasu().attitudeCut());
                thresholds.put("repeatPurchases", query.dickBasu().repeatPurchases());
                thresholds.put("windowDays", query.dickBasu().windowDays());
            }
            case KNOX -> {
                for (KnoxClass c : KnoxClass.values()) {
                    counts.put(c.name(), 0L);
                    strategies.put(c.name(), c.strategy());
                }
                latest.values().forEach(a -> {
                    if (a.involvement().isEmpty() || a.otherProviders().isEmpty()) {
                        missing.merge(a.involvement().isEmpty() ? "no involvement answer" : "no other-providers answer",
                                1L, Long::sum);
                    } else {
                        KnoxClass c = query.knox().classify(a.involvement().getAsInt(), a.otherProviders().getAsInt());
                        counts.merge(c.name(), 1L, Long::sum);
                    }
                });
                thresholds.put("involvementCut", query.knox().involvementCut());
                thresholds.put("manyProvidersFrom", query.knox().manyProvidersFrom());
            }
            case BRADT -> {
                for (BradtClass c : BradtClass.values()) {
                    counts.put(c.name(), 0L);
                    strategies.put(c.name(), c.strategy());
                }
                latest.values().forEach(a -> {
                    if (a.satisfaction().isEmpty() || a.recommend().isEmpty() || a.repurchaseIntention().isEmpty()) {
                        missing.merge("no satisfaction, recommend and repurchase answers", 1L, Long::sum);
                    } else {
                        BradtClass c = query.bradt().classify(a.satisfaction().getAsInt(), a.recommend().getAsInt(),
                                a.repurchaseIntention().getAsInt());
                        counts.merge(c.name(), 1L, Long::sum);
                    }
                });
                var b = query.bradt();
                thresholds.put("secureSatisfaction", b.secureSatisfaction());
                thresholds.put("secureRecommend", b.secureRecommend());
                thresholds.put("satisfiedSatisfaction", b.satisfiedSatisfaction());
                thresholds.put("satisfiedRecommend", b.satisfiedRecommend());
                thresholds.put("repurchaseCut", b.repurchaseCut());
                thresholds.put("dissatisfiedAtMost", b.dissatisfiedAtMost());
            }
        }
        long total = base.size();
        missing.put(NO_RESPONSE, total - latest.size());
        List<AttitudinalLoyaltyReport.AttitudeClassRow> classes = new ArrayList<>();
        long classified = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            classes.add(new AttitudinalLoyaltyReport.AttitudeClassRow(e.getKey(), e.getValue(), Shares.of(e.getValue(), total),
                    strategies.get(e.getKey())));
            classified += e.getValue();
        }
        List<AttitudinalLoyaltyReport.UnclassifiedRow> unclassified = new ArrayList<>();
        missing.forEach((reason, n) -> unclassified.add(new AttitudinalLoyaltyReport.UnclassifiedRow(reason, n,
                Shares.of(n, total))));
        return new AttitudinalLoyaltyReport(asOf, query.model().code(), thresholds, total, classified, classes,
                unclassified);
    }

    /** Purchases (days with a purchase) of every buyer in the {@code days} up to and including the as-of date. */
    private Map<CustomerId, Integer> purchasesInWindow(LocalDate asOf, int days, ZoneId zone) {
        LocalDate from = asOf.minusDays(days - 1L);
        Map<CustomerId, Integer> counts = new HashMap<>();
        purchases.forEachHistory(zone, history -> {
            int n = 0;
            for (PurchaseFact f : history.purchases()) {
                if (!f.day().isBefore(from) && !f.day().isAfter(asOf)) {
                    n++;
                }
            }
            if (n > 0) {
                counts.put(history.customerId(), n);
            }
        });
        return counts;
    }
}
