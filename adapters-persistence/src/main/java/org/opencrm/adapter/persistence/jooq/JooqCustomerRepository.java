package org.opencrm.adapter.persistence.jooq;

import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_NAME;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_VALUE;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_EMAIL;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.EXTERNAL_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.EXTERNAL_ID_CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.EXTERNAL_ID_SOURCE;
import static org.opencrm.adapter.persistence.jooq.Tables.EXTERNAL_ID_VALUE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.opencrm.application.error.DuplicateExternalIdException;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;

/** Customers in SQL: one row per customer, external ids and attributes in their own tables. */
public final class JooqCustomerRepository implements CustomerRepository {

    /** Rows per multi-row statement and ids per IN list: well under every dialect's bind-variable limit. */
    static final int CHUNK = 500;

    private final JooqSession session;

    public JooqCustomerRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public void save(Customer customer) {
        saveAll(List.of(customer));
    }

    @Override
    public void saveAll(Collection<Customer> customers) {
        if (customers.isEmpty()) {
            return;
        }
        Map<CustomerId, Customer> latest = new LinkedHashMap<>();
        customers.forEach(c -> latest.put(c.id(), c)); // the last version of a customer in a batch wins
        List<Customer> batch = new ArrayList<>(latest.values());
        session.inTransaction(() -> session.with(dsl -> {
            requireExternalIdsFree(dsl, batch);
            List<String> ids = batch.stream().map(c -> c.id().value()).toList();
            for (List<String> chunk : chunks(ids)) {
                dsl.deleteFrom(EXTERNAL_ID).where(EXTERNAL_ID_CUSTOMER.in(chunk)).execute();
                dsl.deleteFrom(ATTRIBUTE).where(ATTRIBUTE_CUSTOMER.in(chunk)).execute();
            }
            for (List<Customer> chunk : chunks(batch)) {
                upsertCustomers(dsl, chunk);
            }
            insertExternalIds(dsl, batch);
            insertAttributes(dsl, batch);
            return null;
        }));
    }

    private static void upsertCustomers(DSLContext dsl, List<Customer> chunk) {
        List<Field<?>> columns = CustomerRows.COLUMNS;
        InsertValuesStepN<Record> insert = dsl.insertInto(CUSTOMER).columns(columns);
        for (Customer c : chunk) {
            insert = insert.values(CustomerRows.values(c));
        }
        Map<Field<?>, Field<?>> updates = new LinkedHashMap<>();
        for (Field<?> f : columns) {
            if (!f.equals(CUSTOMER_ID)) {
                updates.put(f, DSL.excluded(f));
            }
        }
        insert.onConflict(CUSTOMER_ID).doUpdate().set(updates).execute();
    }

    private static void insertExternalIds(DSLContext dsl, List<Customer> batch) {
        List<Object[]> rows = new ArrayList<>();
        for (Customer c : batch) {
            for (ExternalId e : c.externalIds()) {
                rows.add(new Object[] {e.source(), e.value(), c.id().value()});
            }
        }
        for (List<Object[]> chunk : chunks(rows)) {
            var insert = dsl.insertInto(EXTERNAL_ID, EXTERNAL_ID_SOURCE, EXTERNAL_ID_VALUE, EXTERNAL_ID_CUSTOMER);
            for (Object[] r : chunk) {
                insert = insert.values((String) r[0], (String) r[1], (String) r[2]);
            }
            insert.execute();
        }
    }

    private static void insertAttributes(DSLContext dsl, List<Customer> batch) {
        List<String[]> rows = new ArrayList<>();
        for (Customer c : batch) {
            c.attributes().forEach((k, v) -> rows.add(new String[] {c.id().value(), k, v}));
        }
        for (List<String[]> chunk : chunks(rows)) {
            var insert = dsl.insertInto(ATTRIBUTE, ATTRIBUTE_CUSTOMER, ATTRIBUTE_NAME, ATTRIBUTE_VALUE);
            for (String[] r : chunk) {
                insert = insert.values(r[0], r[1], r[2]);
            }
            insert.execute();
        }
    }

    /** Refuses an external id held by a customer outside the batch, or by two customers inside it. */
    private static void requireExternalIdsFree(DSLContext dsl, List<Customer> batch) {
        Map<ExternalId, CustomerId> wanted = new HashMap<>();
        for (Customer c : batch) {
            for (ExternalId e : c.externalIds()) {
                CustomerId other = wanted.putIfAbsent(e, c.id());
                if (other != null && !other.equals(c.id())) {
                    throw new DuplicateExternalIdException(e);
                }
            }
        }
        Map<String, List<String>> bySource = new HashMap<>();
        wanted.keySet().forEach(e -> bySource.computeIfAbsent(e.source(), s -> new ArrayList<>()).add(e.value()));
        for (Map.Entry<String, List<String>> source : bySource.entrySet()) {
            for (List<String> chunk : chunks(source.getValue())) {
                for (Record r : dsl.select(EXTERNAL_ID_VALUE, EXTERNAL_ID_CUSTOMER).from(EXTERNAL_ID)
                        .where(EXTERNAL_ID_SOURCE.eq(source.getKey())).and(EXTERNAL_ID_VALUE.in(chunk)).fetch()) {
                    ExternalId e = ExternalId.of(source.getKey(), r.get(EXTERNAL_ID_VALUE));
                    if (!wanted.get(e).value().equals(r.get(EXTERNAL_ID_CUSTOMER))) {
                        throw new DuplicateExternalIdException(e);
                    }
                }
            }
        }
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return Optional.ofNullable(session.with(dsl -> CustomerRows.load(dsl, List.of(id.value()))).get(id.value()));
    }

    @Override
    public Optional<Customer> findByExternalId(ExternalId externalId) {
        return Optional.ofNullable(findByExternalIds(externalId.source(), List.of(externalId.value()))
                .get(externalId.value()));
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return Optional.ofNullable(findByEmails(List.of(email)).get(email));
    }

    @Override
    public Map<String, Customer> findByExternalIds(String source, Collection<String> values) {
        Map<String, CustomerId> ids = findIdsByExternalIds(source, values);
        Map<String, Customer> loaded = session.with(dsl ->
                CustomerRows.load(dsl, ids.values().stream().map(CustomerId::value).toList()));
        Map<String, Customer> found = new HashMap<>();
        ids.forEach((ext, id) -> found.put(ext, loaded.get(id.value())));
        return found;
    }

    @Override
    public Map<String, CustomerId> findIdsByExternalIds(String source, Collection<String> values) {
        return session.with(dsl -> {
            Map<String, CustomerId> found = new HashMap<>();
            for (List<String> chunk : chunks(new ArrayList<>(new HashSet<>(values)))) {
                dsl.select(EXTERNAL_ID_VALUE, EXTERNAL_ID_CUSTOMER).from(EXTERNAL_ID)
                        .where(EXTERNAL_ID_SOURCE.eq(source)).and(EXTERNAL_ID_VALUE.in(chunk))
                        .fetch().forEach(r -> found.put(r.value1(), CustomerId.of(r.value2())));
            }
            return found;
        });
    }

    @Override
    public Map<String, Customer> findByEmails(Collection<String> emails) {
        return session.with(dsl -> {
            Map<String, String> idByEmail = new HashMap<>();
            for (List<String> chunk : chunks(new ArrayList<>(new HashSet<>(emails)))) {
                dsl.select(CUSTOMER_EMAIL, CUSTOMER_ID).from(CUSTOMER).where(CUSTOMER_EMAIL.in(chunk))
                        .orderBy(CUSTOMER_ID).fetch().forEach(r -> idByEmail.putIfAbsent(r.value1(), r.value2()));
            }
            Map<String, Customer> loaded = CustomerRows.load(dsl, new ArrayList<>(idByEmail.values()));
            Map<String, Customer> found = new HashMap<>();
            idByEmail.forEach((email, id) -> found.put(email, loaded.get(id)));
            return found;
        });
    }

    @Override
    public Page<Customer> findPage(PageRequest request) {
        return session.with(dsl -> {
            var where = request.after().map(CUSTOMER_ID::gt).orElse(DSL.noCondition());
            List<String> ids = dsl.select(CUSTOMER_ID).from(CUSTOMER).where(where).orderBy(CUSTOMER_ID)
                    .limit(request.limit() + 1).fetch(CUSTOMER_ID);
            boolean more = ids.size() > request.limit();
            List<String> pageIds = more ? ids.subList(0, request.limit()) : ids;
            Map<String, Customer> loaded = CustomerRows.load(dsl, pageIds);
            List<Customer> items = pageIds.stream().map(loaded::get).toList();
            return new Page<>(items, more ? Optional.of(pageIds.get(pageIds.size() - 1)) : Optional.empty());
        });
    }

    @Override
    public long count() {
        return session.with(dsl -> (long) dsl.fetchCount(CUSTOMER));
    }

    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return chunks;
    }

}
