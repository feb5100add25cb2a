package org.opencrm.formats.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.CustomerRow;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.NaturalKey;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.money.Money;

/** The customer import's CSV layout: fixed columns plus free attributes ({@code attr.NAME}). */
public final class CustomerCsv {

    public static final Set<String> FIELDS = Set.of("external_id", "name", "email", "phone", "address", "email_consent",
            "phone_consent", "acquisition_source", "acquisition_cost", "currency", "created_at");

    private CustomerCsv() {
    }

    /** The column a file must have to match its rows to stored customers by {@code key}. */
    public static Set<String> required(NaturalKey key) {
        return Set.of(key == NaturalKey.EMAIL ? "email" : "external_id");
    }

    /** The table's free-attribute columns ({@code attr.NAME}), in name order. */
    public static List<String> attributeFields(CsvTable table) {
        return table.fields().stream().filter(f -> f.startsWith("attr.")).sorted().toList();
    }

    /** One row; {@code source} names the system of the external_id column. */
    public static CustomerRow parse(CsvTable.Row row, String source, String defaultCurrency, List<String> attributeFields) {
        List<ExternalId> ids = new ArrayList<>();
        Optional.ofNullable(row.get("external_id")).ifPresent(v -> ids.add(ExternalId.of(source, v)));
        List<ContactPoint> contacts = new ArrayList<>();
        Optional.ofNullable(row.parse("email", ContactPoint::email)).ifPresent(contacts::add);
        Optional.ofNullable(row.parse("phone", ContactPoint::phone)).ifPresent(contacts::add);
        Optional.ofNullable(row.parse("address", a -> new ContactPoint(ContactPoint.Kind.ADDRESS, a)))
                .ifPresent(contacts::add);
        Boolean emailConsent = row.parse("email_consent", CustomerCsv::bool);
        Boolean phoneConsent = row.parse("phone_consent", CustomerCsv::bool);
        Optional<MarketingConsent> consent = emailConsent == null && phoneConsent == null ? Optional.empty()
                : Optional.of(new MarketingConsent(Boolean.TRUE.equals(emailConsent), Boolean.TRUE.equals(phoneConsent)));
        String code = Optional.ofNullable(row.parse("currency", c -> Money.currency(c).getCurrencyCode()))
                .orElse(defaultCurrency);
        Money cost = row.parse("acquisition_cost", c -> Money.of(c, code));
        String channel = row.get("acquisition_source");
        Optional<AcquisitionSource> acquisition = channel == null && cost == null ? Optional.empty()
                : Optional.of(new AcquisitionSource(channel == null ? "unknown" : channel, Optional.ofNullable(cost)));
        Map<String, String> attributes = new TreeMap<>();
        for (String field : attributeFields) {
            Optional.ofNullable(row.get(field)).ifPresent(v -> attributes.put(field.substring("attr.".length()), v));
        }
        return new CustomerRow(new CustomerUpdate(Optional.ofNullable(row.get("name")), ids, contacts, consent,
                attributes, acquisition), Optional.ofNullable(row.parse("created_at", Timestamps::parse)));
    }

    /** A yes/no cell. */
    public static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new IllegalArgumentException("is not a yes/no value (true, false, yes, no, 1, 0)");
        };
    }
}
