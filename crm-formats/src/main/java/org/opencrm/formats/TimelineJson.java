package org.opencrm.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencrm.application.port.in.customer.CustomerTimeline;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.lifecycle.LifecycleStage;

/**
 * A customer's timeline as {@code crm customers timeline --format json} and the API show it: entries oldest first,
 * each with a type and the fields it has.
 */
public record TimelineJson(String customerId, LocalDate asOf,
                           @Schema(description = "The lifecycle stage on the as-of date; absent before registration")
                           LifecycleStage stage, List<Entry> entries) {

    /** One entry; {@code type} says which of the other fields it carries. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(@Schema(allowableValues = {"registered", "purchase", "interaction", "complaint",
                                "complaint-resolved", "follow-up", "survey", "stage"}) String type,
                        LocalDate day,
                        @Schema(description = "registered, purchase and interaction: when it happened") Instant at,
                        @Schema(description = "purchase: the purchase") PurchaseJson purchase,
                        @Schema(description = "interaction: the contact") InteractionJson interaction,
                        @Schema(description = "complaint and complaint-resolved: the case as opened, and its "
                                + "resolution once resolved") Case complaint,
                        @Schema(description = "follow-up: the revisit due that day; doneAt only if done by the "
                                + "as-of date") FollowUpJson followUp,
                        @Schema(description = "survey: the answers") SurveyResponseJson survey,
                        @Schema(description = "stage: the stage left (absent for the first)") LifecycleStage from,
                        @Schema(description = "stage: the stage entered") LifecycleStage to,
                        @Schema(description = "stage: why the stage changed") String reason) {
    }

    /** A complaint case on the timeline: what was opened, and the resolution on the day it was resolved. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Case(String complaintId, String category, String severity, String summary, String resolution) {
    }

    public static TimelineJson of(CustomerTimeline t) {
        return new TimelineJson(t.customer().id().value(), t.asOf(), t.stage().orElse(null),
                t.entries().stream().map(TimelineJson::entry).toList());
    }

    private static Entry entry(CustomerTimeline.Entry e) {
        // Java 17 has no pattern switch; the entry types are sealed, so the last branch is the stage change.
        if (e instanceof CustomerTimeline.Registered r) {
            return new Entry("registered", r.day(), r.at(), null, null, null, null, null, null, null, null);
        }
        if (e instanceof CustomerTimeline.Purchased p) {
            return new Entry("purchase", p.day(), p.purchase().occurredAt(), PurchaseJson.of(p.purchase()), null,
                    null, null, null, null, null, null);
        }
        if (e instanceof CustomerTimeline.Interacted i) {
            return new Entry("interaction", i.day(), i.interaction().occurredAt(), null,
                    InteractionJson.of(i.interaction()), null, null, null, null, null, null);
        }
        if (e instanceof CustomerTimeline.Complained c) {
            Complaint k = c.complaint();
            return new Entry("complaint", c.day(), k.openedAt(), null, null, new Case(k.id().value(), k.category(),
                    k.severity().code(), k.summary(), null), null, null, null, null, null);
        }
        if (e instanceof CustomerTimeline.ComplaintResolved c) {
            Complaint k = c.complaint();
            return new Entry("complaint-resolved", c.day(), k.resolvedAt().orElseThrow(), null, null, new Case(
                    k.id().value(), k.category(), k.severity().code(), k.summary(), k.resolution().orElse(null)), null,
                    null, null, null, null);
        }
        if (e instanceof CustomerTimeline.FollowUpDue f) {
            FollowUpJson json = FollowUpJson.of(f.followUp());
            if (!f.done()) {
                json = new FollowUpJson(json.followUpId(), json.customerId(), json.dueOn(), json.owner(), json.reason(),
                        json.createdAt(), null);
            }
            return new Entry("follow-up", f.day(), null, null, null, null, json, null, null, null, null);
        }
        if (e instanceof CustomerTimeline.Answered a) {
            return new Entry("survey", a.day(), a.response().answeredAt(), null, null, null, null,
                    SurveyResponseJson.of(a.response()), null, null, null);
        }
        CustomerTimeline.StageChanged s = (CustomerTimeline.StageChanged) e;
        return new Entry("stage", s.day(), null, null, null, null, null, null, s.transition().from().orElse(null), s.transition().to(),
                s.transition().reason());
    }
}
