package org.opencrm.adapter.cli.customer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.application.port.in.customer.CustomerProfile;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.identity.MovedFacts;
import org.opencrm.domain.money.Money;
import org.opencrm.formats.CustomerJson;
import org.opencrm.formats.CustomerProfileJson;
import org.opencrm.formats.Items;

/** Prints customers as a table, CSV or JSON. */
final class CustomerView {

    private static final List<String> COLUMNS = List.of("id", "name", "external_ids", "email", "phone",
            "consent_email", "consent_phone", "acquisition_source", "acquisition_cost", "created_at", "attributes");

    private CustomerView() {
    }

    static void print(PrintWriter out, OutputFormat format, List<Customer> customers, Optional<String> nextCursor) {
        switch (format) {
            case JSON -> Renderer.json(out, new Items<>(customers.stream().map(CustomerJson::of).toList(),
                    nextCursor.orElse(null)));
            case CSV -> Renderer.csv(out, table(customers));
            case TABLE -> {
                Renderer.table(out, List.of(table(customers)));
                nextCursor.ifPresent(c -> out.println("More: crm customers list --after " + c));
                out.flush();
            }
        }
    }

    static void printOne(PrintWriter out, OutputFormat format, Customer customer) {
        if (format == OutputFormat.JSON) {
            Renderer.json(out, CustomerJson.of(customer));
            return;
        }
        print(out, format, List.of(customer), Optional.empty());
    }

    /**
     * A customer and their standing: JSON as {@code GET /customers/{id}/profile} serves it, a second table for
     * people, CSV the profile row.
     */
    static void printOne(PrintWriter out, OutputFormat format, CustomerProfile profile) {
        switch (format) {
            case JSON -> Renderer.json(out, CustomerProfileJson.of(profile));
            case CSV -> print(out, format, List.of(profile.customer()), Optional.empty());
            case TABLE -> {
                print(out, format, List.of(profile.customer()), Optional.empty());
                out.println();
                Renderer.table(out, List.of(standing(profile)));
                if (!profile.merges().isEmpty()) {
                    out.println();
                    Renderer.table(out, List.of(merges(profile.merges())));
                }
                profile.notes().forEach(n -> out.println("note: " + n));
                out.flush();
            }
        }
    }

    private static TableView standing(CustomerProfile p) {
        List<List<String>> rows = new ArrayList<>();
        p.lifecycle().ifPresent(l -> {
            rows.add(List.of("lifecycle stage", l.stage().name() + " since " + l.since()));
            rows.add(List.of("churn signal", l.churnSignal()));
        });
        p.rfm().ifPresent(r -> {
            rows.add(List.of("RFM", "R" + r.score().recency() + " F" + r.score().frequency() + " M"
                    + r.score().monetary() + ": " + r.segment()));
            rows.add(List.of("recency / purchase days / monetary", r.recencyDays() + " days / " + r.purchaseDays()
                    + " / " + r.monetary()));
        });
        p.value().ifPresent(v -> {
            rows.add(List.of("P(alive)", Renderer.fixed(v.probabilityAlive(), 4) + " (" + v.status().name() + ", "
                    + Renderer.fit(v.purchaseModel()) + ")"));
            rows.add(List.of("historical value", v.historical().toString()));
            rows.add(List.of("current value", v.current().toString()));
            rows.add(List.of("potential value (CLV)", v.potential().toString()));
            rows.add(List.of("relationship tier", v.tier().name() + " (historical " + v.cell().historical().name()
                    + ", potential " + v.cell().potential().name() + ")"));
            rows.add(List.of("loyalty class", v.loyaltyClass().name()));
        });
        p.valueOrientation().ifPresent(o -> rows.add(List.of("value-orientation type",
                o.type().map(Enum::name).orElseGet(() -> "insufficient data: " + o.insufficientData().orElse("")))));
        CustomerProfile.Relationship r = p.relationship();
        rows.add(List.of("complaints", r.openComplaints() + " unresolved, " + r.overdueComplaints() + " overdue"));
        rows.add(List.of("next follow-up", r.nextFollowUp().map(f -> f.dueOn() + ": " + f.reason()
                + f.owner().map(o -> " (" + o + ")").orElse("")).orElse("none")));
        rows.add(List.of("latest satisfaction", r.latestSatisfaction().isPresent()
                ? r.latestSatisfaction().getAsInt() + " of 5" : "no data"));
        rows.add(List.of("relationship quality", r.qualityIndex().isPresent()
                ? Renderer.fixed(r.qualityIndex().getAsDouble(), 1) + " of 100" : "no data"));
        return new TableView("Standing as of " + p.asOf(), List.of("measure", "value"), rows);
    }

    /** The merge log: one row an absorbed record, what moved and which empty fields it filled. */
    static TableView merges(List<CustomerMerge> merges) {
        List<List<String>> rows = new ArrayList<>();
        for (CustomerMerge m : merges) {
            MovedFacts moved = m.moved();
            rows.add(List.of(m.mergedAt().toString(), m.absorbed().value(), m.absorbedName(), m.survivor().value(),
                    Long.toString(moved.purchases()), Long.toString(moved.interactions()),
                    Long.toString(moved.complaints()), Long.toString(moved.followUps()),
                    Long.toString(moved.surveyResponses()), Long.toString(moved.externalIds()),
                    Long.toString(moved.campaignMemberships()),
                    m.filledFields().isEmpty() ? "none" : String.join(" ", m.filledFields())));
        }
        return new TableView("Merge log", List.of("merged_at", "absorbed_id", "absorbed_name", "into", "purchases",
                "interactions", "complaints", "follow_ups", "survey_responses", "external_ids", "campaign_memberships", "filled"),
                rows);
    }

    private static TableView table(List<Customer> customers) {
        List<List<String>> rows = new ArrayList<>();
        for (Customer c : customers) {
            rows.add(List.of(c.id().value(), c.name(),
                    c.externalIds().stream().map(Object::toString).collect(Collectors.joining(" ")),
                    c.email().orElse(""), c.contact(ContactPoint.Kind.PHONE).orElse(""),
                    Boolean.toString(c.consent().email()), Boolean.toString(c.consent().phone()),
                    c.acquisition().name(), c.acquisition().cost().map(Money::toString).orElse(""),
                    c.createdAt().toString(),
                    c.attributes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(" "))));
        }
        return new TableView("Customers", COLUMNS, rows);
    }
}
