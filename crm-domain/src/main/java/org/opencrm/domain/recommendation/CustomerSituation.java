package org.opencrm.domain.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.value.grid.RelationshipTier;

/**
 * What the next best action is decided on, for one customer as of a date: the tier, the value engine's view
 * (empty without fits or purchases), the complaints open and follow-ups overdue then, the products bought and the
 * highest unit price paid in each category bought.
 */
public record CustomerSituation(CustomerId customerId, LocalDate asOf, Optional<RelationshipTier> tier,
                                Optional<Value> value, List<Complaint> openComplaints, List<FollowUp> overdueFollowUps,
                                Set<ProductId> boughtProducts, Map<Category, Money> priceBands) {

    public CustomerSituation {
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        Objects.requireNonNull(tier, "'tier' must not be null");
        Objects.requireNonNull(value, "'value' must not be null");
        openComplaints = List.copyOf(openComplaints);
        overdueFollowUps = List.copyOf(overdueFollowUps);
        boughtProducts = Set.copyOf(boughtProducts);
        priceBands = Map.copyOf(priceBands);
    }

    /** The value engine's view of the customer: P(alive), the churn signal's reading, and three values. */
    public record Value(double probabilityAlive, ChurnStatus status, Money historicalValue, Money clv,
                        Money expectedValuePerPurchase) {
        public Value {
            if (!(probabilityAlive >= 0 && probabilityAlive <= 1)) {
                throw new IllegalArgumentException("'probabilityAlive' must be in [0, 1], got " + probabilityAlive);
            }
            Objects.requireNonNull(status, "'status' must not be null");
            Objects.requireNonNull(historicalValue, "'historicalValue' must not be null");
            Objects.requireNonNull(clv, "'clv' must not be null");
            Objects.requireNonNull(expectedValuePerPurchase, "'expectedValuePerPurchase' must not be null");
        }
    }
}
