package org.opencrm.adapter.persistence.jooq;

import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_NAME;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_VALUE;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ACQUISITION_COST_MINOR;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ACQUISITION_SOURCE;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ADDRESS;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.opencrm.application.error.DuplicateExternalIdException;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.ProfileShape;
import org.opencrm.domain.segment.SegmentCondition;

/** Customers in SQL: one row per customer, external ids and attributes in their own tables. */
public final class JooqCustomerRepository implements CustomerRepository {

    /** Rows per multi-row statement and ids per IN list: well under every dialect's bind-variable limit. */
    static final int CHUNK = 500;

    private final JooqSession session;
    private final RowWriter insertCustomers;
    private final RowWriter upsertCustomers;
    private final RowWriter insertExternalIds;
    private final RowWriter insertAttributes;

    public JooqCustomerRepository(JooqSession session, SqlBackend backend) {
        this.session = session;
        Map<Field<?>, Field<?>> updates = new LinkedHashMap<>();
        for (Field<?> f : CustomerRows.COLUMNS) {
            if (!f.equals(CUSTOMER_ID)) {
                updates.put(f, DSL.excluded(f));
            }
        }
        // Stored customers are rewritten with their own key: PostgreSQL checks NOT NULL before ON CONFLICT.
        this.upsertCustomers = new BulkInsert(session, CUSTOMER, CustomerRows.COLUMNS_WITH_KEY,
                insert -> insert.onConflict(CUSTOMER_ID).doUpdate().set(updates), CHUNK / 4);
        // New customers, their external ids and attributes are new rows by construction (fresh keys, chosen under
        // the write lock): the backend writes them its fastest way (COPY on PostgreSQL).
        this.insertCustomers = backend.rowWriter(session, CUSTOMER, CustomerRows.COLUMNS_WITH_KEY, null, CHUNK / 4);
        List<Field<?>> externalIdColumns = List.of(EXTERNAL_ID_SOURCE, EXTERNAL_ID_VALUE, EXTERNAL_ID_CUSTOMER);
        this.insertExternalIds = backend.rowWriter(session, EXTERNAL_ID, externalIdColumns, null, CHUNK);
        List<Field<?>> attributeColumns = List.of(ATTRIBUTE_CUSTOMER, ATTRIBUTE_NAME, ATTRIBUTE_VALUE);
        this.insertAttributes = backend.rowWriter(session, ATTRIBUTE, attributeColumns, null, CHUNK);
    }

    @Override
    public void save(Customer customer) {
        saveAll(List.of(customer));
    }

    @Override
    public void saveAll(Collection<Customer> customers) {
        write(customers, false);
    }

    @Override
    public void registerAll(Collection<Customer> newCustomers) {
        write(newCustomers, true);
    }

    /** Stores the customers; {@code knownNew}: their ids and external ids are not stored, so not looked up. */
    private void write(Collection<Customer> customers, boolean knownNew) {
        if (customers.isEmpty()) {
            return;
        }
        Map<CustomerId, Customer> latest = new LinkedHashMap<>();
        customers.forEach(c -> latest.put(c.id(), c)); // the last version of a customer in a batch wins
        List<Customer> batch = new ArrayList<>(latest.values());
        session.inTransaction(() -> session.with(dsl -> {
            Map<ExternalId, CustomerId> holders = externalIdsHeldOnce(batch);
            Map<String, Long> stored = new HashMap<>();
            if (!knownNew) {
                requireExternalIdsFree(dsl, holders);
                // Replacing a stored profile replaces its external ids and attributes: clear those of stored ones.
                for (List<String> chunk : KeySets.batches(dsl, batch.stream().map(c -> c.id().value()).toList())) {
                    dsl.select(CUSTOMER_ID, CUSTOMER_SEQ).from(CUSTOMER).where(KeySets.in(dsl, CUSTOMER_ID, chunk))
                            .fetch().forEach(r -> stored.put(r.value1(), r.value2()));
                }
                for (List<String> chunk : KeySets.batches(dsl, new ArrayList<>(stored.keySet()))) {
                    dsl.deleteFrom(EXTERNAL_ID).where(KeySets.in(dsl, EXTERNAL_ID_CUSTOMER, chunk)).execute();
                    dsl.deleteFrom(ATTRIBUTE).where(KeySets.in(dsl, ATTRIBUTE_CUSTOMER, chunk)).execute();
                }
            }
            // New customers get their surrogate keys here, so the purchases that follow need not look them up.
            CustomerKeys keys = session.customerKeys();
            keys.bound();
            long next = CustomerKeys.nextFree(dsl);
            List<Object[]> updatedRows = new ArrayList<>();
            List<Object[]> newRows = new ArrayList<>(batch.size());
            List<Object[]> externalIdRows = new ArrayList<>(batch.size());
            List<Object[]> attributeRows = new ArrayList<>();
            for (Customer c : batch) {
                Long storedSeq = stored.get(c.id().value());
                if (storedSeq != null) {
                    updatedRows.add(CustomerRows.valuesWithKey(c, storedSeq));
                } else {
                    long seq = next++;
                    newRows.add(CustomerRows.valuesWithKey(c, seq));
                    keys.put(c.id().value(), seq);
                }
                c.externalIds().forEach(e -> externalIdRows.add(new Object[] {e.source(), e.value(), c.id().value()}));
                c.attributes().forEach((k, v) -> attributeRows.add(new Object[] {c.id().value(), k, v}));
            }
            insertCustomers.write(dsl, newRows);
            upsertCustomers.write(dsl, updatedRows);
            insertExternalIds.write(dsl, externalIdRows);
            insertAttributes.write(dsl, attributeRows);
            return null;
        }));
    }

    /** Who holds each external id of the batch; refuses one held by two customers of the batch. */
    private static Map<ExternalId, CustomerId> externalIdsHeldOnce(List<Customer> batch) {
        Map<ExternalId, CustomerId> holders = new HashMap<>();
        for (Customer c : batch) {
            for (ExternalId e : c.externalIds()) {
                CustomerId other = holders.putIfAbsent(e, c.id());
                if (other != null && !other.equals(c.id())) {
                    throw new DuplicateExternalIdException(e);
                }
            }
        }
        return holders;
    }

    /** Refuses an external id of the batch that a stored customer outside it holds. */
    private static void requireExternalIdsFree(DSLContext dsl, Map<ExternalId, CustomerId> holders) {
        Map<String, List<String>> bySource = new HashMap<>();
        holders.keySet().forEach(e -> bySource.computeIfAbsent(e.source(), s -> new ArrayList<>()).add(e.value()));
        for (Map.Entry<String, List<String>> source : bySource.entrySet()) {
            for (List<String> chunk : KeySets.batches(dsl, source.getValue())) {
                for (Record r : dsl.select(EXTERNAL_ID_VALUE, EXTERNAL_ID_CUSTOMER).from(EXTERNAL_ID)
                        .where(EXTERNAL_ID_SOURCE.eq(source.getKey())).and(KeySets.in(dsl, EXTERNAL_ID_VALUE, chunk)).fetch()) {
                    ExternalId e = ExternalId.of(source.getKey(), r.get(EXTERNAL_ID_VALUE));
                    if (!holders.get(e).value().equals(r.get(EXTERNAL_ID_CUSTOMER))) {
                        throw new DuplicateExternalIdException(e);
                    }
                }
            }
        }
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return Optional.ofNullable(session.read(dsl -> {
            Customer found = CustomerRows.load(dsl, List.of(id.value())).get(id.value());
            if (found != null) {
                return found;
            }
            String survivor = JooqCustomerMergeRepository.resolve(dsl, id.value());
            return survivor == null ? null : CustomerRows.load(dsl, List.of(survivor)).get(survivor);
        }));
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
        Map<String, Customer> loaded = session.read(dsl ->
                CustomerRows.load(dsl, ids.values().stream().map(CustomerId::value).toList()));
        Map<String, Customer> found = new HashMap<>();
        ids.forEach((ext, id) -> found.put(ext, loaded.get(id.value())));
        return found;
    }

    @Override
    public Map<String, CustomerId> findIdsByExternalIds(String source, Collection<String> values) {
        return session.read(dsl -> {
            Map<String, CustomerId> found = new HashMap<>();
            KeySets.lookup(dsl, values, EXTERNAL_ID, EXTERNAL_ID_VALUE, EXTERNAL_ID_CUSTOMER,
                    EXTERNAL_ID_SOURCE.eq(source), r -> CustomerId.of(r.getString(2)), found::put);
            return found;
        });
    }

    @Override
    public Map<String, Customer> findByEmails(Collection<String> emails) {
        return session.read(dsl -> {
            Map<String, String> idByEmail = new HashMap<>();
            for (List<String> chunk : KeySets.batches(dsl, new ArrayList<>(new HashSet<>(emails)))) {
                dsl.select(CUSTOMER_EMAIL, CUSTOMER_ID).from(CUSTOMER).where(KeySets.in(dsl, CUSTOMER_EMAIL, chunk))
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
        return page(request, DSL.noCondition());
    }

    @Override
    public Map<CustomerId, Customer> findByIds(Collection<CustomerId> ids) {
        Map<String, Customer> loaded = session.read(dsl -> CustomerRows.load(dsl,
                ids.stream().map(CustomerId::value).distinct().toList()));
        Map<CustomerId, Customer> found = new HashMap<>();
        loaded.values().forEach(c -> found.put(c.id(), c));
        return found;
    }

    @Override
    public Optional<List<CustomerId>> findIdsMatching(SegmentCondition condition, Instant createdBefore) {
        return SegmentSql.of(condition).map(where -> session.read(dsl -> {
            List<CustomerId> ids = new ArrayList<>();
            JdbcRows.forEach(dsl, dsl.select(CUSTOMER_ID).from(CUSTOMER)
                    .where(CUSTOMER_CREATED_AT_MS.lt(createdBefore.toEpochMilli())).and(where).orderBy(CUSTOMER_ID),
                    r -> ids.add(CustomerId.of(r.getString(1))));
            return ids;
        }));
    }

    /** One query: which contact columns are set, and whether an attribute and an external id exist. */
    @Override
    public void forEachShape(Consumer<ProfileShape> sink) {
        session.read(dsl -> {
            JdbcRows.forEach(dsl, dsl.select(CUSTOMER_ID, CUSTOMER_CREATED_AT_MS, DSL.field(CUSTOMER_EMAIL.isNotNull()),
                    DSL.field(CUSTOMER_PHONE.isNotNull()), DSL.field(CUSTOMER_ADDRESS.isNotNull()),
                    DSL.field(CUSTOMER_ACQUISITION_SOURCE.ne(AcquisitionSource.UNKNOWN.name())
                            .or(CUSTOMER_ACQUISITION_COST_MINOR.isNotNull())),
                    DSL.field(DSL.exists(DSL.selectOne().from(ATTRIBUTE).where(ATTRIBUTE_CUSTOMER.eq(CUSTOMER_ID)))),
                    DSL.field(DSL.exists(DSL.selectOne().from(EXTERNAL_ID).where(EXTERNAL_ID_CUSTOMER.eq(CUSTOMER_ID)))))
                    .from(CUSTOMER), r -> {
                        Set<ContactPoint.Kind> kinds = EnumSet.noneOf(ContactPoint.Kind.class);
                        if (r.getBoolean(3)) {
                            kinds.add(ContactPoint.Kind.EMAIL);
                        }
                        if (r.getBoolean(4)) {
                            kinds.add(ContactPoint.Kind.PHONE);
                        }
                        if (r.getBoolean(5)) {
                            kinds.add(ContactPoint.Kind.ADDRESS);
                        }
                        sink.accept(new ProfileShape(CustomerId.of(r.getString(1)), Instant.ofEpochMilli(r.getLong(2)),
                                kinds, r.getBoolean(6), r.getBoolean(7), r.getBoolean(8)));
                    });
            return null;
        });
    }

    /**
     * Three streams in customer-id order (customers, their external ids, their attributes) merged as they come:
     * one pass over each table instead of three keyed lookups per page of customers.
     */
    @Override
    public void forEachCustomer(Consumer<Customer> sink) {
        session.read(dsl -> {
            String customers = dsl.select(CustomerRows.COLUMNS).from(CUSTOMER).orderBy(CUSTOMER_ID).getSQL();
            String externalIds = dsl.select(EXTERNAL_ID_CUSTOMER, EXTERNAL_ID_SOURCE, EXTERNAL_ID_VALUE)
                    .from(EXTERNAL_ID).orderBy(EXTERNAL_ID_CUSTOMER, EXTERNAL_ID_SOURCE).getSQL();
            String attributes = dsl.select(ATTRIBUTE_CUSTOMER, ATTRIBUTE_NAME, ATTRIBUTE_VALUE).from(ATTRIBUTE)
                    .orderBy(ATTRIBUTE_CUSTOMER, ATTRIBUTE_NAME).getSQL();
            dsl.connection(c -> Streaming.read(c, dsl.dialect(), connection -> {
                try (PreparedStatement cs = connection.prepareStatement(customers);
                     PreparedStatement es = connection.prepareStatement(externalIds);
                     PreparedStatement as = connection.prepareStatement(attributes)) {
                    for (PreparedStatement ps : List.of(cs, es, as)) {
                        ps.setFetchSize(Streaming.FETCH_SIZE);
                    }
                    try (ResultSet cr = cs.executeQuery(); ResultSet er = es.executeQuery();
                         ResultSet ar = as.executeQuery()) {
                        boolean moreIds = er.next();
                        boolean moreAttributes = ar.next();
                        while (cr.next()) {
                            String id = cr.getString(1);
                            List<ExternalId> ids = new ArrayList<>();
                            for (; moreIds && id.equals(er.getString(1)); moreIds = er.next()) {
                                ids.add(ExternalId.of(er.getString(2), er.getString(3)));
                            }
                            Map<String, String> attrs = new TreeMap<>();
                            for (; moreAttributes && id.equals(ar.getString(1)); moreAttributes = ar.next()) {
                                attrs.put(ar.getString(2), ar.getString(3));
                            }
                            sink.accept(CustomerRows.toCustomer(cr, ids, attrs));
                        }
                        // Every detail row belongs to a customer, and all three are in one order: a row left
                        // over means the orders differ, and the customers read would have lost it.
                        if (moreIds || moreAttributes) {
                            throw new StorageException("the store's external ids or attributes are out of step "
                                    + "with their customers, at customer "
                                    + (moreIds ? er.getString(1) : ar.getString(1)));
                        }
                    }
                }
            }));
            return null;
        });
    }

    /** jOOQ's containsIgnoreCase escapes the text's % and _ and folds case as each dialect can. */
    @Override
    public Page<Customer> findByName(String text, PageRequest request) {
        return page(request, CUSTOMER_NAME.containsIgnoreCase(text));
    }

    private Page<Customer> page(PageRequest request, org.jooq.Condition filter) {
        return session.read(dsl -> {
            var where = request.after().map(CUSTOMER_ID::gt).orElse(DSL.noCondition()).and(filter);
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

}
