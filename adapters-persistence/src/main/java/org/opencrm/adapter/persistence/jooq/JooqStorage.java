package org.opencrm.adapter.persistence.jooq;

import java.util.function.Supplier;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.opencrm.application.port.out.ApiKeyRepository;
import org.opencrm.application.port.out.AssociationRuleRepository;
import org.opencrm.application.port.out.CampaignRepository;
import org.opencrm.application.port.out.CustomerMergeRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.ComplaintRepository;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.application.port.out.InteractionRepository;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.application.port.out.ProductRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.SegmentRepository;
import org.opencrm.application.port.out.StoredResponseRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.port.out.storage.Storage;

/** A store behind the jOOQ repositories, whatever the SQL database: they share the session's transactions. */
public final class JooqStorage implements Storage {

    private final JooqSession session;
    private final JooqCustomerRepository customers;
    private final JooqPurchaseRepository purchases;
    private final JooqModelRepository models;
    private final JooqProductRepository products;
    private final JooqApiKeyRepository apiKeys;
    private final JooqStoredResponseRepository storedResponses;
    private final JooqInteractionRepository interactions;
    private final JooqSurveyResponseRepository surveyResponses;
    private final JooqComplaintRepository complaints;
    private final JooqFollowUpRepository followUps;
    private final JooqCustomerMergeRepository merges;
    private final JooqSegmentRepository segments;
    private final JooqCampaignRepository campaigns;
    private final JooqAssociationRuleRepository associationRules;
    private final Runnable afterClose;
    private final SqlBackend backend;

    /**
     * Initialises jOOQ's query rendering for {@code dialect} (its registry of every dialect's data types, a
     * noticeable part of a short command: docs/performance.md) ahead of the first query.
     */
    public static void prepare(SQLDialect dialect) {
        DSL.using(dialect).select(Tables.CUSTOMER_ID).from(Tables.CUSTOMER).where(Tables.CUSTOMER_ID.eq("")).getSQL();
    }

    /**
     * A store on {@code session}'s database, which {@code backend} knows the ways of; {@code afterClose} releases
     * what the session's connections came from (a pool, say).
     */
    public JooqStorage(JooqSession session, SqlBackend backend, Runnable afterClose) {
        this.session = session;
        this.backend = backend;
        this.customers = new JooqCustomerRepository(session, backend);
        this.purchases = new JooqPurchaseRepository(session, backend);
        this.models = new JooqModelRepository(session);
        this.products = new JooqProductRepository(session);
        this.apiKeys = new JooqApiKeyRepository(session);
        this.storedResponses = new JooqStoredResponseRepository(session);
        this.interactions = new JooqInteractionRepository(session, backend);
        this.surveyResponses = new JooqSurveyResponseRepository(session, backend);
        this.complaints = new JooqComplaintRepository(session);
        this.followUps = new JooqFollowUpRepository(session);
        this.merges = new JooqCustomerMergeRepository(session);
        this.segments = new JooqSegmentRepository(session);
        this.campaigns = new JooqCampaignRepository(session, backend);
        this.associationRules = new JooqAssociationRuleRepository(session, backend);
        this.afterClose = afterClose;
    }

    @Override
    public CustomerMergeRepository merges() {
        return merges;
    }

    @Override
    public AssociationRuleRepository associationRules() {
        return associationRules;
    }

    @Override
    public CampaignRepository campaigns() {
        return campaigns;
    }

    @Override
    public SegmentRepository segments() {
        return segments;
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public PurchaseRepository purchases() {
        return purchases;
    }

    @Override
    public ModelRepository models() {
        return models;
    }

    @Override
    public ProductRepository products() {
        return products;
    }

    @Override
    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    @Override
    public StoredResponseRepository storedResponses() {
        return storedResponses;
    }

    @Override
    public ComplaintRepository complaints() {
        return complaints;
    }

    @Override
    public FollowUpRepository followUps() {
        return followUps;
    }

    @Override
    public SurveyResponseRepository surveyResponses() {
        return surveyResponses;
    }

    @Override
    public InteractionRepository interactions() {
        return interactions;
    }

    @Override
    public void bulkLoadEnded() {
        backend.bulkLoadEnded(session);
    }

    @Override
    public <T> T loadPurchases(Supplier<T> load) {
        return backend.loadPurchases(session, load);
    }

    @Override
    public UnitOfWork unitOfWork() {
        return session;
    }

    @Override
    public void close() {
        try {
            session.close();
        } finally {
            afterClose.run();
        }
    }
}
