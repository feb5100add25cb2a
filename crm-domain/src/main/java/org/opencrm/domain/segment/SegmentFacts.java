package org.opencrm.domain.segment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;
import org.opencrm.domain.value.rfm.RfmScore;

/**
 * What is known of one customer as of a date, as segment conditions read it: the profile, the lifecycle stage,
 * the value engine's tier, loyalty class, P(alive) and CLV, the RFM score and segment, and purchase days and
 * spend in the windows the condition names. A part is empty where its data are (no fit, no purchase).
 */
public record SegmentFacts(Customer customer, Optional<LifecycleStage> stage, Optional<RelationshipTier> tier,
                           Optional<ReinartzKumarClass> loyalty, Optional<RfmScore> rfm, Optional<String> rfmSegment,
                           OptionalDouble probabilityAlive, Optional<BigDecimal> clv, Map<Integer, Window> windows) {

    /** Days with a purchase and the amount spent in the last {@code days} days up to the as-of date. */
    public record Window(long purchaseDays, BigDecimal spend) {
        public static final Window NONE = new Window(0, BigDecimal.ZERO);

        public Window {
            Objects.requireNonNull(spend, "'spend' must not be null");
        }
    }

    public SegmentFacts {
        Objects.requireNonNull(customer, "'customer' must not be null");
        windows = Map.copyOf(windows);
    }

    /** A customer of whom only the profile is known. */
    public static SegmentFacts ofProfile(Customer customer) {
        return new SegmentFacts(customer, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalDouble.empty(), Optional.empty(), Map.of());
    }

    /** The value of a field for this customer: a BigDecimal, a lower-case category or text, or a Boolean. */
    public Optional<?> value(SegmentCondition.FieldRef ref) {
        return switch (ref.field()) {
            case STAGE -> stage.map(SegmentFacts::code);
            case TIER -> tier.map(SegmentFacts::code);
            case LOYALTY -> loyalty.map(SegmentFacts::code);
            case RFM_SEGMENT -> rfmSegment;
            case RFM_R -> rfm.map(r -> BigDecimal.valueOf(r.recency()));
            case RFM_F -> rfm.map(r -> BigDecimal.valueOf(r.frequency()));
            case RFM_M -> rfm.map(r -> BigDecimal.valueOf(r.monetary()));
            case P_ALIVE -> probabilityAlive.isPresent() ? Optional.of(BigDecimal.valueOf(probabilityAlive.getAsDouble()))
                    : Optional.empty();
            case CLV -> clv;
            case PURCHASES -> Optional.of(BigDecimal.valueOf(window(ref).purchaseDays()));
            case SPEND -> Optional.of(window(ref).spend());
            case SOURCE -> Optional.of(customer.acquisition().name());
            case CONSENT_EMAIL -> Optional.of(customer.consent().email());
            case CONSENT_PHONE -> Optional.of(customer.consent().phone());
            case ATTRIBUTE -> Optional.ofNullable(customer.attributes().get(ref.attribute().orElseThrow()));
        };
    }

    private Window window(SegmentCondition.FieldRef ref) {
        return windows.getOrDefault(ref.windowDays().orElseThrow(), Window.NONE);
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
