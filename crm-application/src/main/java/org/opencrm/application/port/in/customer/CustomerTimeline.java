package org.opencrm.application.port.in.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.lifecycle.LifecycleTransition;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.survey.SurveyResponse;

/**
 * A customer's story as of a date, oldest first: when they were registered, what they bought, and how their
 * lifecycle stage changed, every contact, complaint, follow-up and survey answer. The stage is absent while the customer has not bought yet.
 */
public record CustomerTimeline(Customer customer, LocalDate asOf, Optional<LifecycleStage> stage, List<Entry> entries) {

    public CustomerTimeline {
        Objects.requireNonNull(customer, "'customer' must not be null");
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        Objects.requireNonNull(stage, "'stage' must not be null");
        entries = List.copyOf(Objects.requireNonNull(entries, "'entries' must not be null"));
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).day().isBefore(entries.get(i - 1).day())) {
                throw new IllegalArgumentException("timeline entries must be in date order");
            }
        }
    }

    /** One event of the timeline, on a day of the report zone. */
    public sealed interface Entry permits Registered, Purchased, Interacted, Complained, ComplaintResolved, FollowUpDue, Answered,
            StageChanged {
        LocalDate day();
    }

    /** The customer was registered (their created-at). */
    public record Registered(Instant at, LocalDate day) implements Entry {
        public Registered {
            Objects.requireNonNull(at, "'at' must not be null");
            Objects.requireNonNull(day, "'day' must not be null");
        }
    }

    /** The customer bought. */
    public record Purchased(Purchase purchase, LocalDate day) implements Entry {
        public Purchased {
            Objects.requireNonNull(purchase, "'purchase' must not be null");
            Objects.requireNonNull(day, "'day' must not be null");
        }
    }

    /** The customer was in contact (a call, a visit, ...). */
    public record Interacted(Interaction interaction, LocalDate day) implements Entry {
        public Interacted {
            Objects.requireNonNull(interaction, "'interaction' must not be null");
            Objects.requireNonNull(day, "'day' must not be null");
        }
    }

    /** The customer complained: the case as opened. */
    public record Complained(Complaint complaint, LocalDate day) implements Entry {
        public Complained {
            Objects.requireNonNull(complaint, "'complaint' must not be null");
            Objects.requireNonNull(day, "'day' must not be null");
        }
    }

    /** A complaint case was resolved (by the as-of date). */
    public record ComplaintResolved(Complaint complaint, LocalDate day) implements Entry {
        public ComplaintResolved {
            Objects.requireNonNull(complaint, "'complaint' must not be null");
            Objects.requireNonNull(day, "'day' must not be null");
        }
    }

    /** A follow-up fell due; {@code done} whether it was done by the end of the as-of date. */
    public record FollowUpDue(FollowUp followUp, boolean done) implements Entry {
        public FollowUpDue {
            Objects.requireNonNull(followUp, "'followUp' must not be null");
        }

        @Override
        public LocalDate day() {
            return followUp.dueOn();
        }
    }

    /** The customer answered a survey. */
    public record Answered(SurveyResponse response, LocalDate day) implements Entry {
        public Answered {
            Objects.requireNonNull(response, "'response' must not be null");
            Objects.requireNonNull(day, "'day' must not be null");
        }
    }

    /** The customer's lifecycle stage changed (derived from the purchases, so it carries a day, not a time). */
    public record StageChanged(LifecycleTransition transition) implements Entry {
        public StageChanged {
            Objects.requireNonNull(transition, "'transition' must not be null");
        }

        @Override
        public LocalDate day() {
            return transition.on();
        }
    }
}
