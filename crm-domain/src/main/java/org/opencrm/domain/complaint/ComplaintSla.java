package org.opencrm.domain.complaint;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.value.grid.RelationshipTier;

/**
 * How soon a complaint must be resolved, by the customer's relationship tier (the better the tier, the sooner),
 * with one deadline for customers without a tier (no value fits yet, or no purchase).
 */
public record ComplaintSla(Map<RelationshipTier, Duration> byTier, Duration untiered) {

    /** Strategic 24 h, major 48 h, transactional 72 h, risk 120 h; untiered 72 h. */
    public static final ComplaintSla DEFAULT = new ComplaintSla(Map.of(RelationshipTier.STRATEGIC, Duration.ofHours(24),
            RelationshipTier.MAJOR, Duration.ofHours(48), RelationshipTier.TRANSACTIONAL, Duration.ofHours(72),
            RelationshipTier.RISK, Duration.ofHours(120)), Duration.ofHours(72));

    public ComplaintSla {
        byTier = new EnumMap<>(Objects.requireNonNull(byTier, "'byTier' must not be null"));
        for (RelationshipTier tier : RelationshipTier.values()) {
            Duration d = byTier.get(tier);
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("the complaint SLA of tier " + tier + " must be a positive duration");
            }
        }
        if (untiered == null || untiered.isNegative() || untiered.isZero()) {
            throw new IllegalArgumentException("the complaint SLA of untiered customers must be a positive duration");
        }
        byTier = Map.copyOf(byTier);
    }

    /** The deadline for a customer of {@code tier} (empty: untiered). */
    public Duration of(Optional<RelationshipTier> tier) {
        return tier.map(byTier::get).orElse(untiered);
    }
}
