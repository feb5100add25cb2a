package org.opencrm.domain.acquisition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;

/**
 * Selection (the lifecycle's first phase): prospects scored by how much they look like today's best customers.
 * Each feature of a profile — the acquisition source and each attribute's value — carries its weight of evidence,
 * the log of how much more often it occurs among the strategic and major customers than among the other buying
 * customers (with add-one smoothing, so a value seen once does not decide); a prospect's score is the sum of the
 * weights of its features, and the largest of them are the reasons printed beside it. Explainable by
 * construction: every number is a count ratio a reader can check.
 */
public final class ProspectScoring {

    /** A prospect's score and the features that contributed most, largest first. */
    public record Scored(CustomerId customer, String name, double score, List<Contribution> reasons) {
        public Scored {
            reasons = List.copyOf(reasons);
        }
    }

    /** One feature and its weight of evidence. */
    public record Contribution(String feature, double weight) {
    }

    private final Map<String, Double> weights;

    private ProspectScoring(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** Learns the weights from the best customers and the other buying customers. */
    public static ProspectScoring learn(List<Customer> best, List<Customer> others) {
        Objects.requireNonNull(best, "'best' must not be null");
        Objects.requireNonNull(others, "'others' must not be null");
        if (best.isEmpty() || others.isEmpty()) {
            throw new IllegalArgumentException("prospect scoring needs both strategic or major customers and other "
                    + "buying customers to compare (best " + best.size() + ", others " + others.size() + ")");
        }
        Map<String, Integer> inBest = counts(best);
        Map<String, Integer> inOthers = counts(others);
        Set<String> features = new LinkedHashSet<>(inBest.keySet());
        features.addAll(inOthers.keySet());
        Map<String, Double> weights = new HashMap<>();
        for (String f : features) {
            double pBest = (inBest.getOrDefault(f, 0) + 1.0) / (best.size() + 2.0);
            double pOthers = (inOthers.getOrDefault(f, 0) + 1.0) / (others.size() + 2.0);
            weights.put(f, Math.log(pBest / pOthers));
        }
        return new ProspectScoring(weights);
    }

    /** The weight of evidence of a feature ({@code source=fair}, {@code city=上海}); 0 for one never seen. */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    /** Scores a prospect; {@code reasons} caps how many contributions are kept. */
    public Scored score(Customer prospect, int reasons) {
        List<Contribution> contributions = new ArrayList<>();
        double score = 0;
        for (String f : features(prospect)) {
            double w = weight(f);
            score += w;
            if (w != 0) {
                contributions.add(new Contribution(f, w));
            }
        }
        contributions.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weight()))
                .thenComparing(Contribution::feature));
        return new Scored(prospect.id(), prospect.name(), score,
                contributions.subList(0, Math.min(reasons, contributions.size())));
    }

    /** The features of a profile: its acquisition source and each attribute as name=value. */
    public static List<String> features(Customer c) {
        List<String> features = new ArrayList<>();
        features.add("source=" + c.acquisition().name());
        c.attributes().forEach((name, value) -> features.add(name + "=" + value));
        return features;
    }

    private static Map<String, Integer> counts(List<Customer> customers) {
        Map<String, Integer> counts = new HashMap<>();
        for (Customer c : customers) {
            for (String f : new LinkedHashSet<>(features(c))) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        return counts;
    }
}
