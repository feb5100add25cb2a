package org.opencrm.application.port.in.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.ValueCell;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;
import org.opencrm.domain.value.orientation.ValueOrientationType;
import org.opencrm.domain.value.rfm.RfmScore;

/**
 * One customer on one screen as of a date: the profile and where they stand in every report, each figure the
 * one the whole-base report gives for them (same churn signal, same fits, same cuts). A part is absent when its
 * data are: {@code notes} say why (no purchase yet, no fit calibrated by the date, ...). {@code merges} is the
 * merge log of the records this one absorbed, whatever the date: their facts are this customer's now.
 */
public record CustomerProfile(Customer customer, LocalDate asOf, Optional<Lifecycle> lifecycle, Optional<Rfm> rfm,
                              Optional<Value> value, Optional<ValueOrientation> valueOrientation,
                              Relationship relationship, List<CustomerMerge> merges, List<String> notes) {

    public CustomerProfile {
        Objects.requireNonNull(customer, "'customer' must not be null");
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        Objects.requireNonNull(lifecycle, "'lifecycle' must not be null");
        Objects.requireNonNull(rfm, "'rfm' must not be null");
        Objects.requireNonNull(value, "'value' must not be null");
        Objects.requireNonNull(valueOrientation, "'valueOrientation' must not be null");
        Objects.requireNonNull(relationship, "'relationship' must not be null");
        merges = List.copyOf(merges);
        notes = List.copyOf(notes);
    }

    /** The lifecycle stage, the day the customer entered it, and the churn signal that decided. */
    public record Lifecycle(LifecycleStage stage, LocalDate since, String churnSignal) {
    }

    /** RFM values and scores against the base as of the date, and the segment they fall in. */
    public record Rfm(long recencyDays, int purchaseDays, Money monetary, RfmScore score, String segment) {
    }

    /**
     * The value engine's view: P(alive) and churn status from the purchase model's fit calibrated by the date,
     * historical, current and potential value, the value-grid cell and tier, and the Reinartz &amp; Kumar class.
     */
    public record Value(FittedModel purchaseModel, double probabilityAlive, ChurnStatus status, Money historical,
                        Money current, Money potential, ValueCell cell, RelationshipTier tier,
                        ReinartzKumarClass loyaltyClass) {
    }

    /**
     * The relationship side as of the date: cases unresolved then (and how many past their deadline), the next
     * follow-up still to do, the latest satisfaction answer and the relationship quality index (the one
     * {@code crm report quality} gives the customer); empty where there is no data.
     */
    public record Relationship(long openComplaints, long overdueComplaints, Optional<FollowUp> nextFollowUp,
                               OptionalInt latestSatisfaction, OptionalDouble qualityIndex) {
    }

    /** The value-orientation type, or why there is not enough data to tell. */
    public record ValueOrientation(Optional<ValueOrientationType> type, Optional<String> insufficientData) {
    }
}
