package org.opencrm.domain.purchase;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.time.TimeRange;

/** A customer's transaction: when, how much, through which channel, and optionally what (docs/domain.md §3). */
public record Purchase(PurchaseId id, CustomerId customerId, Instant occurredAt, Money amount,
                       List<LineItem> lineItems, Channel channel) {

    public Purchase {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        TimeRange.requireKept("occurredAt", occurredAt);
        // Stores keep milliseconds; truncating here makes a stored purchase equal the one that was saved.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(amount, "'amount' must not be null");
        amount.storable("amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("'amount' must not be negative: " + amount);
        }
        lineItems = List.copyOf(Objects.requireNonNull(lineItems, "'lineItems' must not be null"));
        for (LineItem item : lineItems) {
            if (!item.unitPrice().currency().equals(amount.currency())) {
                throw new IllegalArgumentException("line item " + item.productId() + " is in "
                        + item.unitPrice().currency() + " but the purchase is in " + amount.currency());
            }
        }
        Objects.requireNonNull(channel, "'channel' must not be null");
        int categoryText = -1;
        Set<Category> distinct = new HashSet<>();
        for (LineItem item : lineItems) { // the parameter: fields are assigned after this body
            item.category().ifPresent(distinct::add);
        }
        for (Category c : distinct) {
            categoryText += c.name().length() + 1;
        }
        if (categoryText > MAX_CATEGORY_TEXT) {
            // Stores keep a purchase's categories together in one column of this width.
            throw new IllegalArgumentException("'category' the line items' categories together exceed "
                    + MAX_CATEGORY_TEXT + " characters; a purchase touches fewer categories");
        }
    }

    /** How many characters a purchase's distinct category names may take together, one separator between each. */
    public static final int MAX_CATEGORY_TEXT = 4000;

    public static Purchase of(PurchaseId id, CustomerId customerId, Instant occurredAt, Money amount) {
        return new Purchase(id, customerId, occurredAt, amount, List.of(), Channel.UNSPECIFIED);
    }

    /** The categories its line items touched (none without line items or categories). */
    public Set<Category> categories() {
        Set<Category> categories = new HashSet<>();
        for (LineItem item : lineItems) {
            item.category().ifPresent(categories::add);
        }
        return categories;
    }

    /** This purchase as another customer's: how a merge moves it to the survivor. */
    public Purchase withCustomer(CustomerId customer) {
        return new Purchase(id, customer, occurredAt, amount, lineItems, channel);
    }
}
