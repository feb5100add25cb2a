package org.opencrm.adapter.persistence.jooq;

import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_NAME;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_VALUE;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ACQUISITION_COST_CURRENCY;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ACQUISITION_COST_MINOR;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ACQUISITION_SOURCE;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ADDRESS;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_CONSENT_EMAIL;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_CONSENT_PHONE;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_CREATED_AT_MS;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_EMAIL;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_NAME;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_PHONE;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_SEQ;
import static org.opencrm.adapter.persistence.jooq.Tables.EXTERNAL_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.EXTERNAL_ID_CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.EXTERNAL_ID_SOURCE;
import static org.opencrm.adapter.persistence.jooq.Tables.EXTERNAL_ID_VALUE;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.money.Money;

/** Maps customers to and from their rows. */
final class CustomerRows {

    static final List<Field<?>> COLUMNS = List.of(CUSTOMER_ID, CUSTOMER_NAME, CUSTOMER_EMAIL, CUSTOMER_PHONE,
            CUSTOMER_ADDRESS, CUSTOMER_CONSENT_EMAIL, CUSTOMER_CONSENT_PHONE, CUSTOMER_ACQUISITION_SOURCE,
            CUSTOMER_ACQUISITION_COST_MINOR, CUSTOMER_ACQUISITION_COST_CURRENCY, CUSTOMER_CREATED_AT_MS);

    /** {@link #COLUMNS} after the surrogate key, for inserting new customers with a key chosen in advance. */
    static final List<Field<?>> COLUMNS_WITH_KEY = withKey();

    private static List<Field<?>> withKey() {
        List<Field<?>> columns = new ArrayList<>();
        columns.add(CUSTOMER_SEQ);
        columns.addAll(COLUMNS);
        return List.copyOf(columns);
    }

    private CustomerRows() {
    }

    /** Values in the order of {@link #COLUMNS}. */
    static Object[] values(Customer c) {
        Optional<Money> cost = c.acquisition().cost();
        return new Object[] {
            c.id().value(), c.name(),
            c.contact(ContactPoint.Kind.EMAIL).orElse(null),
            c.contact(ContactPoint.Kind.PHONE).orElse(null),
            c.contact(ContactPoint.Kind.ADDRESS).orElse(null),
            c.consent().email(), c.consent().phone(),
            c.acquisition().name(),
            cost.map(Money::minorUnits).orElse(null),
            cost.map(m -> m.currency().getCurrencyCode()).orElse(null),
            c.createdAt().toEpochMilli()
        };
    }

    /** Values in the order of {@link #COLUMNS_WITH_KEY}. */
    static Object[] valuesWithKey(Customer c, long seq) {
        Object[] values = values(c);
        Object[] withKey = new Object[values.length + 1];
        withKey[0] = seq;
        System.arraycopy(values, 0, withKey, 1, values.length);
        return withKey;
    }

    /** Loads whole customers (row, external ids, attributes) by id; missing ids are simply absent. */
    static Map<String, Customer> load(DSLContext dsl, List<String> ids) {
        if (ids.size() == 1 && dsl.dialect() != SQLDialect.POSTGRES) {
            return loadOne(dsl, ids.get(0));
        }
        Map<String, Customer> found = new HashMap<>();
        for (List<String> chunk : KeySets.batches(dsl, ids)) {
            Map<String, List<ExternalId>> externalIds = new HashMap<>();
            dsl.fetch(externalIdsOf(dsl, chunk))
                    .forEach(r -> externalIds.computeIfAbsent(r.get(EXTERNAL_ID_CUSTOMER), k -> new ArrayList<>())
                            .add(ExternalId.of(r.get(EXTERNAL_ID_SOURCE), r.get(EXTERNAL_ID_VALUE))));
            Map<String, Map<String, String>> attributes = new HashMap<>();
            dsl.fetch(attributesOf(dsl, chunk))
                    .forEach(r -> attributes.computeIfAbsent(r.get(ATTRIBUTE_CUSTOMER), k -> new TreeMap<>())
                            .put(r.get(ATTRIBUTE_NAME), r.get(ATTRIBUTE_VALUE)));
            for (Record r : dsl.fetch(rowsOf(dsl, chunk))) {
                String id = r.get(CUSTOMER_ID);
                found.put(id, toCustomer(r, externalIds.getOrDefault(id, List.of()),
                        attributes.getOrDefault(id, Map.of())));
            }
        }
        return found;
    }

    private static Select<Record3<String, String, String>> externalIdsOf(DSLContext dsl, List<String> ids) {
        return dsl.select(EXTERNAL_ID_CUSTOMER, EXTERNAL_ID_SOURCE, EXTERNAL_ID_VALUE).from(EXTERNAL_ID)
                .where(KeySets.in(dsl, EXTERNAL_ID_CUSTOMER, ids)).orderBy(EXTERNAL_ID_SOURCE);
    }

    private static Select<Record3<String, String, String>> attributesOf(DSLContext dsl, List<String> ids) {
        return dsl.select(ATTRIBUTE_CUSTOMER, ATTRIBUTE_NAME, ATTRIBUTE_VALUE).from(ATTRIBUTE)
                .where(KeySets.in(dsl, ATTRIBUTE_CUSTOMER, ids));
    }

    private static Select<Record> rowsOf(DSLContext dsl, List<String> ids) {
        return dsl.select(COLUMNS).from(CUSTOMER).where(KeySets.in(dsl, CUSTOMER_ID, ids));
    }

    /** The three loading queries for one customer, rendered once per dialect with the id as their one bind value. */
    private static final Map<SQLDialect, String[]> SINGLE = new ConcurrentHashMap<>();

    /**
     * One customer on SQLite, the API's most frequent read: the three queries rendered once and run through JDBC.
     * Building, rendering and binding them with jOOQ on every call took a fifth of the server's samples on
     * {@code GET /customers/{id}}, more than SQLite took to answer.
     */
    private static Map<String, Customer> loadOne(DSLContext dsl, String id) {
        String[] sql = SINGLE.computeIfAbsent(dsl.dialect(), d -> new String[] {
            dsl.render(externalIdsOf(dsl, List.of(id))), dsl.render(attributesOf(dsl, List.of(id))),
            dsl.render(rowsOf(dsl, List.of(id)))});
        return dsl.connectionResult(c -> {
            List<ExternalId> externalIds = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql[0])) {
                ps.setString(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        externalIds.add(ExternalId.of(r.getString(2), r.getString(3)));
                    }
                }
            }
            Map<String, String> attributes = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql[1])) {
                ps.setString(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        attributes.put(r.getString(2), r.getString(3));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(sql[2])) {
                ps.setString(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? Map.of(id, toCustomer(r, externalIds, attributes)) : Map.<String, Customer>of();
                }
            }
        });
    }

    /** A customer from a JDBC row of {@link #COLUMNS}, in that order: whole tables are streamed this way. */
    static Customer toCustomer(ResultSet r, List<ExternalId> externalIds, Map<String, String> attributes)
            throws SQLException {
        List<ContactPoint> contacts = new ArrayList<>();
        for (int i = 0; i < CONTACT_KINDS.length; i++) {
            String value = r.getString(3 + i);
            if (value != null) {
                contacts.add(new ContactPoint(CONTACT_KINDS[i], value));
            }
        }
        long costMinor = r.getLong(9);
        Optional<Money> cost = r.wasNull() ? Optional.empty()
                : Optional.of(Money.ofMinor(costMinor, Money.currency(r.getString(10))));
        return new Customer(CustomerId.of(r.getString(1)), r.getString(2), externalIds, contacts,
                new MarketingConsent(r.getBoolean(6), r.getBoolean(7)), attributes,
                new AcquisitionSource(r.getString(8), cost), Instant.ofEpochMilli(r.getLong(11)));
    }

    /** The contact columns of {@link #COLUMNS}, third to fifth. */
    private static final ContactPoint.Kind[] CONTACT_KINDS = {
        ContactPoint.Kind.EMAIL, ContactPoint.Kind.PHONE, ContactPoint.Kind.ADDRESS};

    private static Customer toCustomer(Record r, List<ExternalId> externalIds, Map<String, String> attributes) {
        List<ContactPoint> contacts = new ArrayList<>();
        Optional.ofNullable(r.get(CUSTOMER_EMAIL)).ifPresent(v -> contacts.add(new ContactPoint(ContactPoint.Kind.EMAIL, v)));
        Optional.ofNullable(r.get(CUSTOMER_PHONE)).ifPresent(v -> contacts.add(new ContactPoint(ContactPoint.Kind.PHONE, v)));
        Optional.ofNullable(r.get(CUSTOMER_ADDRESS)).ifPresent(v -> contacts.add(new ContactPoint(ContactPoint.Kind.ADDRESS, v)));
        Long costMinor = r.get(CUSTOMER_ACQUISITION_COST_MINOR);
        Optional<Money> cost = costMinor == null ? Optional.empty()
                : Optional.of(Money.ofMinor(costMinor, Money.currency(r.get(CUSTOMER_ACQUISITION_COST_CURRENCY))));
        return new Customer(CustomerId.of(r.get(CUSTOMER_ID)), r.get(CUSTOMER_NAME), externalIds, contacts,
                new MarketingConsent(r.get(CUSTOMER_CONSENT_EMAIL), r.get(CUSTOMER_CONSENT_PHONE)), attributes,
                new AcquisitionSource(r.get(CUSTOMER_ACQUISITION_SOURCE), cost),
                Instant.ofEpochMilli(r.get(CUSTOMER_CREATED_AT_MS)));
    }
}
