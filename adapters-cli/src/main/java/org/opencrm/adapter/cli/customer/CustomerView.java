package org.opencrm.adapter.cli.customer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.application.port.in.customer.CustomerProfile;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.money.Money;
import org.opencrm.formats.CustomerStandingJson;

/** Prints customers as a table, CSV or JSON. */
final class CustomerView {

    private static final List<String> COLUMNS = List.of("id", "name", "external_ids", "email", "phone",
            "consent_email", "consent_phone", "acquisition_source", "acquisition_cost", "created_at", "attributes");

    private CustomerView() {
    }

    static void print(PrintWriter out, OutputFormat format, List<Customer> customers, Optional<String> nextCursor) {
        switch (format) {
            case JSON -> {
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("customers", customers.stream().map(CustomerView::json).toList());
                page.put("next_cursor", nextCursor.orElse(null));
                Renderer.json(out, page);
            }
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
            Renderer.json(out, json(customer));
            return;
        }
        print(out, format, List.of(customer), Optional.empty());
    }

    /** A customer and their standing: JSON under {@code standing}, a second table for people, CSV the profile row. */
    static void printOne(PrintWriter out, OutputFormat format, CustomerProfile profile) {
        switch (format) {
            case JSON -> {
                Map<String, Object> m = json(profile.customer());
                m.put("standing", CustomerStandingJson.of(profile));
                Renderer.json(out, m);
            }
            case CSV -> print(out, format, List.of(profile.customer()), Optional.empty());
            case TABLE -> {
                print(out, format, List.of(profile.customer()), Optional.empty());
                out.println();
                Renderer.table(out, List.of(standing(profile)));
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
        return new TableView("Standing as of " + p.asOf(), List.of("measure", "value"), rows);
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

    static Map<String, Object> json(Customer c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().value());
        m.put("name", c.name());
        // SOURCE:ID, as --external-id takes them: several of one source may resolve to one customer.
        m.put("external_ids", c.externalIds().stream().map(Object::toString).toList());
        Map<String, String> contacts = new LinkedHashMap<>();
        c.contactPoints().forEach(p -> contacts.put(p.kind().name().toLowerCase(java.util.Locale.ROOT), p.value()));
        m.put("contact", contacts);
        m.put("consent", Renderer.fields("email", c.consent().email(), "phone", c.consent().phone()));
        Map<String, Object> acquisition = new LinkedHashMap<>();
        acquisition.put("source", c.acquisition().name());
        c.acquisition().cost().ifPresent(cost -> acquisition.put("cost",
                Renderer.fields("amount", cost.amount().toPlainString(), "currency", cost.currency().getCurrencyCode())));
        m.put("acquisition", acquisition);
        m.put("created_at", c.createdAt().toString());
        m.put("attributes", c.attributes());
        return m;
    }
}
