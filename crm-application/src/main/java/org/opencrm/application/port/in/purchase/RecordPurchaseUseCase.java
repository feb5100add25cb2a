package org.opencrm.application.port.in.purchase;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;

/** Driving port: records one purchase of a known customer, idempotently by purchase id. */
public interface RecordPurchaseUseCase {

    Result record(Command command);

    /** The purchase to record; without an id a new one is generated. */
    record Command(Optional<PurchaseId> id, CustomerId customerId, Instant occurredAt, Money amount,
                   List<LineItem> lineItems, Channel channel) {
        public Command {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(customerId, "'customerId' must not be null");
            Objects.requireNonNull(occurredAt, "'occurredAt' must not be null");
            Objects.requireNonNull(amount, "'amount' must not be null");
            lineItems = List.copyOf(Objects.requireNonNull(lineItems, "'lineItems' must not be null"));
            Objects.requireNonNull(channel, "'channel' must not be null");
        }
    }

    /** The stored purchase, and whether this call stored it or it was already there. */
    record Result(Purchase purchase, boolean created) {
    }
}
