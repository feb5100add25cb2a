package org.opencrm.domain.customer;

import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.money.Money;

/** Where a customer came from (campaign, channel, referral) and what winning them cost (docs/domain.md §1, acquisition). */
public record AcquisitionSource(String name, Optional<Money> cost) {

    public static final AcquisitionSource UNKNOWN = new AcquisitionSource("unknown", Optional.empty());

    public AcquisitionSource {
        name = Text.required("acquisitionSource", name, 128);
        Objects.requireNonNull(cost, "'acquisitionCost' must not be null");
        cost.ifPresent(c -> {
            c.storable("acquisitionCost");
            if (c.isNegative()) {
                throw new IllegalArgumentException("'acquisitionCost' must not be negative: " + c);
            }
        });
    }

    public static AcquisitionSource of(String name) {
        return new AcquisitionSource(name, Optional.empty());
    }

    public static AcquisitionSource of(String name, Money cost) {
        return new AcquisitionSource(name, Optional.of(cost));
    }
}
