package org.opencrm.formats;

import java.time.Instant;
import org.opencrm.domain.purchase.Purchase;

/**
 * A purchase as the API shows it: the amount as an exact decimal string; {@code purchaseId} as in every request
 * and import, {@code customerId} the customer's id in this API (as in its path).
 */
public record PurchaseJson(String purchaseId, String customerId, Instant occurredAt, String amount, String currency,
                           String channel, int lineItems) {

    public static PurchaseJson of(Purchase p) {
        return new PurchaseJson(p.id().value(), p.customerId().value(), p.occurredAt(),
                p.amount().amount().toPlainString(), p.amount().currency().getCurrencyCode(), p.channel().name(),
                p.lineItems().size());
    }
}
