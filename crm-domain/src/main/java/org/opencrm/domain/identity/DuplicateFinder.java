package org.opencrm.domain.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;

/**
 * Finds candidate duplicates among customer records without comparing all pairs: records are grouped by
 * blocking keys (the normalised e-mail, the phone, and the name's first word with its first letter) and only
 * records sharing a key are compared. A block larger than {@code maxBlock} (a shared office number, a common
 * name) is skipped and counted, not compared pair by pair.
 */
public final class DuplicateFinder {

    /** Names this alike, plus one more matching field, make a candidate. */
    public static final double NAME_SIMILARITY = 0.85;

    private final int maxBlock;

    public DuplicateFinder(int maxBlock) {
        if (maxBlock < 2) {
            throw new IllegalArgumentException("'maxBlock' must be at least 2, got " + maxBlock);
        }
        this.maxBlock = maxBlock;
    }

    /** The pairs found, strongest first, and how many blocks were skipped for their size. */
    public record Result(List<DuplicateCandidate> candidates, long skippedBlocks) {
        public Result {
            candidates = List.copyOf(candidates);
        }
    }

    /** The candidate pairs with a score of at least {@code minScore}, strongest first (ties by ids). */
    public Result find(Iterable<Customer> customers, double minScore) {
        Map<String, List<Keys>> blocks = new HashMap<>();
        for (Customer c : customers) {
            Keys k = Keys.of(c);
            k.email.ifPresent(e -> blocks.computeIfAbsent("e:" + e, x -> new ArrayList<>()).add(k));
            k.phone.ifPresent(p -> blocks.computeIfAbsent("p:" + p, x -> new ArrayList<>()).add(k));
            k.name.ifPresent(n -> blocks.computeIfAbsent("n:" + nameBlock(n), x -> new ArrayList<>()).add(k));
        }
        long skippedBlocks = 0;
        Map<List<CustomerId>, DuplicateCandidate> best = new HashMap<>();
        for (List<Keys> block : blocks.values()) {
            if (block.size() < 2) {
                continue;
            }
            if (block.size() > maxBlock) {
                skippedBlocks++;
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    compare(block.get(i), block.get(j)).filter(d -> d.score() >= minScore).ifPresent(d ->
                            best.merge(List.of(d.first(), d.second()), d, (a, b) -> a.score() >= b.score() ? a : b));
                }
            }
        }
        List<DuplicateCandidate> found = new ArrayList<>(best.values());
        found.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
                .thenComparing(DuplicateCandidate::first).thenComparing(DuplicateCandidate::second));
        return new Result(found, skippedBlocks);
    }

    /**
     * The block of a normalised name: its first word's first two letters, or its first character in a script
     * written without spaces (张伟 and 张玮 share the surname's block).
     */
    static String nameBlock(String name) {
        String first = name.split(" ")[0];
        int letters = Character.isIdeographic(first.codePointAt(0)) ? 1 : 2;
        return first.codePoints().limit(letters).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    /** The strongest rule two records match by, if any. */
    static Optional<DuplicateCandidate> compare(Keys a, Keys b) {
        if (a.id.equals(b.id)) {
            return Optional.empty();
        }
        Keys lo = a.id.compareTo(b.id) < 0 ? a : b;
        Keys hi = lo == a ? b : a;
        if (lo.email.isPresent() && lo.email.equals(hi.email)) {
            return Optional.of(new DuplicateCandidate(lo.id, hi.id, MatchRule.SAME_EMAIL, 1.0,
                    "e-mail " + lo.email.get()));
        }
        if (lo.phone.isPresent() && lo.phone.equals(hi.phone)) {
            return Optional.of(new DuplicateCandidate(lo.id, hi.id, MatchRule.SAME_PHONE, 0.95,
                    "phone " + lo.phone.get()));
        }
        if (lo.name.isPresent() && hi.name.isPresent()) {
            double similarity = MatchKeys.similarity(lo.name.get(), hi.name.get());
            if (similarity >= NAME_SIMILARITY) {
                Optional<String> field = sameField(lo, hi);
                if (field.isPresent()) {
                    return Optional.of(new DuplicateCandidate(lo.id, hi.id, MatchRule.SIMILAR_NAME,
                            0.9 * similarity, String.format(Locale.ROOT, "names %.0f%% alike, same %s",
                            100 * similarity, field.get())));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sameField(Keys a, Keys b) {
        if (a.address.isPresent() && a.address.equals(b.address)) {
            return Optional.of("address");
        }
        for (Map.Entry<String, String> e : a.attributes.entrySet()) {
            // Only identifying attributes count: a shared "tier=gold" says nothing about who someone is.
            if (e.getKey().toLowerCase(Locale.ROOT).contains("birth")
                    && Objects.equals(b.attributes.get(e.getKey()), e.getValue())) {
                return Optional.of("attribute " + e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The normalised keys of one record. */
    record Keys(CustomerId id, Optional<String> email, Optional<String> phone, Optional<String> name,
                Optional<String> address, Map<String, String> attributes) {
        static Keys of(Customer c) {
            Map<String, String> attributes = new HashMap<>();
            c.attributes().forEach((k, v) -> MatchKeys.text(v).ifPresent(t -> attributes.put(k, t)));
            return new Keys(c.id(), c.email().flatMap(MatchKeys::email),
                    c.contact(ContactPoint.Kind.PHONE).flatMap(MatchKeys::phone), MatchKeys.name(c.name()),
                    c.contact(ContactPoint.Kind.ADDRESS).flatMap(MatchKeys::text), attributes);
        }
    }
}
