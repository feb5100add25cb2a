package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.opencrm.application.port.out.CampaignRepository;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignGroup;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.money.Money;

/** Campaigns, their snapshots and responses in SQL (db/migration V12 on SQLite, V14 on PostgreSQL). */
public final class JooqCampaignRepository implements CampaignRepository {

    private static final Table<Record> CAMPAIGN = table(name("campaign"));
    private static final Field<String> ID = field(name("campaign", "id"), String.class);
    private static final Field<String> NAME = field(name("campaign", "name"), String.class);
    private static final Field<String> SEGMENT = field(name("campaign", "segment"), String.class);
    private static final Field<Integer> SEGMENT_VERSION = field(name("campaign", "segment_version"), Integer.class);
    private static final Field<String> CHANNEL = field(name("campaign", "channel"), String.class);
    private static final Field<String> OFFER = field(name("campaign", "offer"), String.class);
    private static final Field<Long> COST_MINOR = field(name("campaign", "cost_per_contact_minor"), Long.class);
    private static final Field<Long> FIXED_MINOR = field(name("campaign", "fixed_cost_minor"), Long.class);
    private static final Field<String> CURRENCY = field(name("campaign", "currency"), String.class);
    private static final Field<Double> CONTROL_FRACTION = field(name("campaign", "control_fraction"), Double.class);
    private static final Field<Long> SEED = field(name("campaign", "seed"), Long.class);
    private static final Field<String> STARTED_ON = field(name("campaign", "started_on"), String.class);
    private static final Field<Integer> ATTRIBUTION_DAYS = field(name("campaign", "attribution_days"), Integer.class);
    private static final Field<Long> EXCLUDED = field(name("campaign", "excluded_without_consent"), Long.class);
    private static final Field<Long> CREATED_AT_MS = field(name("campaign", "created_at_ms"), Long.class);

    private static final Table<Record> MEMBER = table(name("campaign_member"));
    private static final Field<String> MEMBER_CAMPAIGN = field(name("campaign_member", "campaign_id"), String.class);
    private static final Field<String> MEMBER_CUSTOMER = field(name("campaign_member", "customer_id"), String.class);
    private static final Field<String> MEMBER_GROUP = field(name("campaign_member", "grp"), String.class);

    private static final Table<Record> RESPONSE = table(name("campaign_response"));
    private static final Field<String> RESPONSE_CAMPAIGN = field(name("campaign_response", "campaign_id"), String.class);
    private static final Field<String> RESPONSE_CUSTOMER = field(name("campaign_response", "customer_id"), String.class);
    private static final Field<Boolean> RESPONDED = field(name("campaign_response", "responded"), Boolean.class);
    private static final Field<Boolean> CONVERTED = field(name("campaign_response", "converted"), Boolean.class);
    private static final Field<Long> REVENUE_MINOR = field(name("campaign_response", "revenue_minor"), Long.class);
    private static final Field<Long> AT_MS = field(name("campaign_response", "at_ms"), Long.class);

    private final JooqSession session;
    private final RowWriter insertMembers;

    public JooqCampaignRepository(JooqSession session, SqlBackend backend) {
        this.session = session;
        this.insertMembers = backend.rowWriter(session, MEMBER, List.of(MEMBER_CAMPAIGN, MEMBER_CUSTOMER, MEMBER_GROUP),
                null, 500);
    }

    @Override
    public void start(Campaign c, List<CampaignMember> members) {
        session.inTransaction(() -> session.with(dsl -> {
            dsl.insertInto(CAMPAIGN).columns(ID, NAME, SEGMENT, SEGMENT_VERSION, CHANNEL, OFFER, COST_MINOR, FIXED_MINOR,
                            CURRENCY, CONTROL_FRACTION, SEED, STARTED_ON, ATTRIBUTION_DAYS, EXCLUDED, CREATED_AT_MS)
                    .values(c.id().value(), c.name(), c.segment(), c.segmentVersion(), c.channel().code(), c.offer(),
                            c.costPerContact().minorUnits(), c.fixedCost().minorUnits(),
                            c.costPerContact().currency().getCurrencyCode(), c.controlFraction(), c.seed(),
                            c.startedOn().toString(), c.attributionDays(), c.excludedWithoutConsent(),
                            c.createdAt().toEpochMilli())
                    .execute();
            List<Object[]> rows = new ArrayList<>(members.size());
            members.forEach(m -> rows.add(new Object[] {m.campaign().value(), m.customer().value(), m.group().code()}));
            insertMembers.write(dsl, rows);
            return null;
        }));
    }

    @Override
    public Optional<Campaign> findById(CampaignId id) {
        return session.read(dsl -> dsl.selectFrom(CAMPAIGN).where(ID.eq(id.value()))
                .fetchOptional(JooqCampaignRepository::campaign));
    }

    @Override
    public List<Campaign> findAll() {
        return session.read(dsl -> dsl.selectFrom(CAMPAIGN).orderBy(STARTED_ON.desc(), ID)
                .fetch(JooqCampaignRepository::campaign));
    }

    @Override
    public List<CampaignMember> members(CampaignId campaign) {
        return session.read(dsl -> {
            List<CampaignMember> members = new ArrayList<>();
            JdbcRows.forEach(dsl, dsl.select(MEMBER_CUSTOMER, MEMBER_GROUP).from(MEMBER)
                    .where(MEMBER_CAMPAIGN.eq(campaign.value())).orderBy(MEMBER_CUSTOMER), r -> members.add(
                    new CampaignMember(campaign, CustomerId.of(r.getString(1)), CampaignGroup.ofCode(r.getString(2)))));
            return members;
        });
    }

    @Override
    public Optional<CampaignMember> member(CampaignId campaign, CustomerId customer) {
        return session.read(dsl -> dsl.select(MEMBER_GROUP).from(MEMBER).where(MEMBER_CAMPAIGN.eq(campaign.value()))
                .and(MEMBER_CUSTOMER.eq(customer.value())).fetchOptional(MEMBER_GROUP)
                .map(g -> new CampaignMember(campaign, customer, CampaignGroup.ofCode(g))));
    }

    @Override
    public Optional<CampaignResponse> response(CampaignId campaign, CustomerId customer) {
        return responses(campaign, RESPONSE_CUSTOMER.eq(customer.value())).stream().findFirst();
    }

    @Override
    public boolean respond(CampaignResponse r) {
        return session.inTransaction(() -> session.with(dsl -> dsl.insertInto(RESPONSE)
                .columns(RESPONSE_CAMPAIGN, RESPONSE_CUSTOMER, RESPONDED, CONVERTED, REVENUE_MINOR, AT_MS)
                .values(r.campaign().value(), r.customer().value(), r.responded(), r.converted(),
                        r.revenue().minorUnits(), r.at().toEpochMilli())
                .onConflictDoNothing().execute() == 1));
    }

    @Override
    public List<CampaignResponse> responses(CampaignId campaign) {
        return responses(campaign, DSL.noCondition());
    }

    private List<CampaignResponse> responses(CampaignId campaign, Condition which) {
        return session.read(dsl -> {
            Currency currency = Currency.getInstance(dsl.select(CURRENCY).from(CAMPAIGN)
                    .where(ID.eq(campaign.value())).fetchOptional(CURRENCY).orElse("USD"));
            List<CampaignResponse> responses = new ArrayList<>();
            JdbcRows.forEach(dsl, dsl.select(RESPONSE_CUSTOMER, RESPONDED, CONVERTED, REVENUE_MINOR, AT_MS).from(RESPONSE)
                    .where(RESPONSE_CAMPAIGN.eq(campaign.value())).and(which).orderBy(RESPONSE_CUSTOMER),
                    r -> responses.add(
                    new CampaignResponse(campaign, CustomerId.of(r.getString(1)), r.getBoolean(2), r.getBoolean(3),
                            Money.ofMinor(r.getLong(4), currency), Instant.ofEpochMilli(r.getLong(5)))));
            return responses;
        });
    }

    private static Campaign campaign(Record r) {
        Currency currency = Currency.getInstance(r.get(CURRENCY));
        return new Campaign(CampaignId.of(r.get(ID)), r.get(NAME), r.get(SEGMENT), r.get(SEGMENT_VERSION),
                ContactChannel.ofCode(r.get(CHANNEL)), r.get(OFFER), Money.ofMinor(r.get(COST_MINOR), currency),
                Money.ofMinor(r.get(FIXED_MINOR), currency), r.get(CONTROL_FRACTION), r.get(SEED),
                LocalDate.parse(r.get(STARTED_ON)), r.get(ATTRIBUTION_DAYS), r.get(EXCLUDED),
                Instant.ofEpochMilli(r.get(CREATED_AT_MS)));
    }
}
