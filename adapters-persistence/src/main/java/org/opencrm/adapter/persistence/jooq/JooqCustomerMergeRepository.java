package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.EXTERNAL_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.EXTERNAL_ID_CUSTOMER;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.opencrm.application.port.out.CustomerMergeRepository;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.identity.MovedFacts;

/**
 * Merges in SQL: each fact table's customer key rewritten in one UPDATE, the absorbed row deleted, the log and
 * the flattened aliases in their own tables (db/migration V10 on SQLite, V12 on PostgreSQL).
 */
public final class JooqCustomerMergeRepository implements CustomerMergeRepository {

    static final Table<Record> ALIAS = table(name("customer_alias"));
    static final Field<String> ALIAS_ID = field(name("customer_alias", "alias_id"), String.class);
    static final Field<String> ALIAS_CUSTOMER = field(name("customer_alias", "customer_id"), String.class);

    private static final Table<Record> MERGE = table(name("customer_merge"));
    private static final Field<String> ABSORBED = field(name("customer_merge", "absorbed_id"), String.class);
    private static final Field<String> SURVIVOR = field(name("customer_merge", "survivor_id"), String.class);
    private static final Field<String> ABSORBED_NAME = field(name("customer_merge", "absorbed_name"), String.class);
    private static final Field<Long> MERGED_AT_MS = field(name("customer_merge", "merged_at_ms"), Long.class);
    private static final Field<Long> PURCHASES = field(name("customer_merge", "purchases"), Long.class);
    private static final Field<Long> INTERACTIONS = field(name("customer_merge", "interactions"), Long.class);
    private static final Field<Long> COMPLAINTS = field(name("customer_merge", "complaints"), Long.class);
    private static final Field<Long> FOLLOW_UPS = field(name("customer_merge", "follow_ups"), Long.class);
    private static final Field<Long> SURVEY_RESPONSES = field(name("customer_merge", "survey_responses"), Long.class);
    private static final Field<Long> EXTERNAL_IDS = field(name("customer_merge", "external_ids"), Long.class);
    private static final Field<Long> CAMPAIGN_MEMBERSHIPS =
            field(name("customer_merge", "campaign_memberships"), Long.class);
    private static final Field<String> FILLED = field(name("customer_merge", "filled_fields"), String.class);

    private final JooqSession session;

    public JooqCustomerMergeRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public MovedFacts moveFacts(CustomerId absorbed, CustomerId survivor) {
        return session.inTransaction(() -> session.with(dsl -> {
            // Responses first: which campaigns the survivor is in is read from the memberships before they move.
            reassign(dsl, "campaign_response", absorbed, survivor);
            long from = CustomerSeq.of(dsl, absorbed);
            long to = CustomerSeq.of(dsl, survivor);
            rekey(dsl, "purchase_line", from, to); // the lines' copy of their purchase's customer (line scans)
            MovedFacts moved = new MovedFacts(rekey(dsl, "purchase", from, to), rekey(dsl, "interaction", from, to),
                    rekey(dsl, "complaint", from, to), rekey(dsl, "follow_up", from, to),
                    rekey(dsl, "survey_response", from, to),
                    dsl.update(EXTERNAL_ID).set(EXTERNAL_ID_CUSTOMER, survivor.value())
                            .where(EXTERNAL_ID_CUSTOMER.eq(absorbed.value())).execute(),
                    reassign(dsl, "campaign_member", absorbed, survivor));
            dsl.deleteFrom(ATTRIBUTE).where(ATTRIBUTE_CUSTOMER.eq(absorbed.value())).execute();
            dsl.deleteFrom(CUSTOMER).where(CUSTOMER_ID.eq(absorbed.value())).execute();
            // A later batch of this session must not find the absorbed id's key in the cache and write under it.
            session.customerKeys().forget(absorbed.value());
            return moved;
        }));
    }

    /**
     * Gives the absorbed record's rows of a campaign table (keyed by campaign and customer id) to the survivor, except
     * in campaigns the survivor is a member of already: those of the absorbed record are dropped.
     */
    private static long reassign(DSLContext dsl, String table, CustomerId absorbed, CustomerId survivor) {
        Field<String> campaign = field(name(table, "campaign_id"), String.class);
        Field<String> customer = field(name(table, "customer_id"), String.class);
        var own = table(name("campaign_member")).as("own");
        Field<String> ownCampaign = field(name("own", "campaign_id"), String.class);
        Field<String> ownCustomer = field(name("own", "customer_id"), String.class);
        long moved = dsl.update(table(name(table))).set(customer, survivor.value())
                .where(customer.eq(absorbed.value()))
                .and(campaign.notIn(dsl.select(ownCampaign).from(own).where(ownCustomer.eq(survivor.value()))))
                .execute();
        dsl.deleteFrom(table(name(table))).where(customer.eq(absorbed.value())).execute();
        return moved;
    }

    private static long rekey(DSLContext dsl, String factTable, long from, long to) {
        Field<Long> key = field(name(factTable, "customer_seq"), Long.class);
        return dsl.update(table(name(factTable))).set(key, to).where(key.eq(from)).execute();
    }

    @Override
    public void record(CustomerMerge m) {
        session.inTransaction(() -> session.with(dsl -> {
            MovedFacts moved = m.moved();
            dsl.insertInto(MERGE).columns(ABSORBED, SURVIVOR, ABSORBED_NAME, MERGED_AT_MS, PURCHASES, INTERACTIONS,
                            COMPLAINTS, FOLLOW_UPS, SURVEY_RESPONSES, EXTERNAL_IDS, FILLED, CAMPAIGN_MEMBERSHIPS)
                    .values(m.absorbed().value(), m.survivor().value(), m.absorbedName(), m.mergedAt().toEpochMilli(),
                            moved.purchases(), moved.interactions(), moved.complaints(), moved.followUps(),
                            moved.surveyResponses(), moved.externalIds(), String.join("\n", m.filledFields()),
                            moved.campaignMemberships())
                    .execute();
            dsl.update(ALIAS).set(ALIAS_CUSTOMER, m.survivor().value())
                    .where(ALIAS_CUSTOMER.eq(m.absorbed().value())).execute();
            dsl.insertInto(ALIAS).columns(ALIAS_ID, ALIAS_CUSTOMER).values(m.absorbed().value(), m.survivor().value())
                    .execute();
            return null;
        }));
    }

    @Override
    public List<CustomerMerge> findBySurvivor(CustomerId survivor) {
        return session.read(dsl -> dsl.selectFrom(MERGE).where(SURVIVOR.eq(survivor.value()))
                .orderBy(MERGED_AT_MS, ABSORBED).fetch(JooqCustomerMergeRepository::merge));
    }

    @Override
    public List<CustomerMerge> findAll() {
        return session.read(dsl -> dsl.selectFrom(MERGE).orderBy(MERGED_AT_MS, ABSORBED)
                .fetch(JooqCustomerMergeRepository::merge));
    }

    private static CustomerMerge merge(Record r) {
        String filled = r.get(FILLED);
        return new CustomerMerge(CustomerId.of(r.get(SURVIVOR)), CustomerId.of(r.get(ABSORBED)), r.get(ABSORBED_NAME),
                Instant.ofEpochMilli(r.get(MERGED_AT_MS)), new MovedFacts(r.get(PURCHASES), r.get(INTERACTIONS),
                        r.get(COMPLAINTS), r.get(FOLLOW_UPS), r.get(SURVEY_RESPONSES), r.get(EXTERNAL_IDS),
                        r.get(CAMPAIGN_MEMBERSHIPS)),
                filled.isEmpty() ? List.of() : Arrays.asList(filled.split("\n")));
    }

    /** The customer an absorbed id resolves to now, or null for an id never merged away. */
    static String resolve(DSLContext dsl, String id) {
        return dsl.select(ALIAS_CUSTOMER).from(ALIAS).where(ALIAS_ID.eq(id)).fetchOne(ALIAS_CUSTOMER);
    }
}
