package org.opencrm.adapter.rest.purchase;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The body of {@code POST /customers/{id}/purchases}: {@code id} is the idempotency key (posting it again
 * returns the stored purchase); {@code amount} an exact decimal, as a JSON string or number.
 */
public record NewPurchaseJson(String purchaseId, Instant occurredAt, BigDecimal amount, String currency, String channel) {
}
