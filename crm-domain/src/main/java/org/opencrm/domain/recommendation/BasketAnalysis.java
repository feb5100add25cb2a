package org.opencrm.domain.recommendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.LineItem;

/**
 * Counts market baskets (the lines one customer bought on one day) and mines the product-to-product association
 * rules that clear the thresholds: one pass, every product and every pair of products in a basket counted
 * (baskets are small, so pairs stay few), rules read off the pair counts in both directions. Not thread-safe.
 */
public final class BasketAnalysis {

    private final Map<ProductId, Integer> index = new HashMap<>();
    private final List<ProductId> products = new ArrayList<>();
    private final List<Optional<Category>> categories = new ArrayList<>();
    private final List<Currency> currencies = new ArrayList<>();
    /** Per product: baskets holding it, quantity bought, minor units spent (in its first currency). */
    private final List<long[]> tallies = new ArrayList<>();
    /** Pair counts keyed by (lower index, higher index) packed into a long. */
    private final Map<Long, long[]> pairs = new HashMap<>();
    /** Baskets and lines counted so far. */
    private final long[] totals = new long[2];

    /** Counts one basket; a basket without lines is not a basket. */
    public void add(List<LineItem> basket) {
        if (basket.isEmpty()) {
            return;
        }
        totals[0]++;
        totals[1] += basket.size();
        int[] scratch = new int[basket.size()];
        int distinct = 0;
        for (LineItem line : basket) {
            int i = indexOf(line);
            price(i, line);
            boolean seen = false;
            for (int k = 0; k < distinct; k++) {
                if (scratch[k] == i) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                scratch[distinct++] = i;
                tallies.get(i)[0]++;
            }
        }
        for (int x = 0; x < distinct; x++) {
            for (int y = x + 1; y < distinct; y++) {
                int lo = Math.min(scratch[x], scratch[y]);
                int hi = Math.max(scratch[x], scratch[y]);
                pairs.computeIfAbsent(((long) lo << 32) | hi, k -> new long[1])[0]++;
            }
        }
    }

    private int indexOf(LineItem line) {
        Integer known = index.get(line.productId());
        if (known != null) {
            if (line.category().isPresent()) {
                categories.set(known, line.category());
            }
            return known;
        }
        int i = products.size();
        index.put(line.productId(), i);
        products.add(line.productId());
        categories.add(line.category());
        currencies.add(line.unitPrice().currency());
        tallies.add(new long[3]);
        return i;
    }

    /** A product's mean price is in the currency it was first seen in; lines in another currency do not move it. */
    private void price(int i, LineItem line) {
        if (line.unitPrice().currency().equals(currencies.get(i))) {
            tallies.get(i)[1] += line.quantity();
            tallies.get(i)[2] += line.unitPrice().minorUnits() * line.quantity();
        }
    }

    public long baskets() {
        return totals[0];
    }

    /** The rules that clear {@code thresholds}, with every product's statistics, as of {@code asOf}. */
    public RuleSet rules(RuleThresholds thresholds, LocalDate asOf, Instant minedAt) {
        List<AssociationRule> rules = new ArrayList<>();
        long baskets = totals[0];
        long minBoth = (long) Math.ceil(thresholds.minSupport() * baskets - 1e-9);
        pairs.forEach((key, count) -> {
            long both = count[0];
            if (both < Math.max(1, minBoth)) {
                return;
            }
            int lo = (int) (key >>> 32);
            int hi = (int) (long) key;
            for (AssociationRule r : List.of(rule(lo, hi, both), rule(hi, lo, both))) {
                if (thresholds.admits(r)) {
                    rules.add(r);
                }
            }
        });
        List<ProductStats> stats = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            long[] t = tallies.get(i);
            long meanMinor = t[1] == 0 ? 0 : BigDecimal.valueOf(t[2])
                    .divide(BigDecimal.valueOf(t[1]), 0, RoundingMode.HALF_EVEN).longValueExact();
            stats.add(new ProductStats(products.get(i), categories.get(i), t[0],
                    Money.ofMinor(meanMinor, currencies.get(i))));
        }
        return new RuleSet(asOf, thresholds, baskets, totals[1], minedAt, stats, rules);
    }

    private AssociationRule rule(int antecedent, int consequent, long both) {
        return new AssociationRule(products.get(antecedent), products.get(consequent), totals[0],
                tallies.get(antecedent)[0], tallies.get(consequent)[0], both);
    }
}
