package org.opencrm.adapter.persistence.jooq;

import org.opencrm.application.port.out.ApiKeyRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.application.port.out.ProductRepository;
import org.opencrm.application.port.out.PurchaseRepository;
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
    private final Runnable afterClose;

    /** {@code afterClose} releases what the session's connections came from (a pool, say). */
    public JooqStorage(JooqSession session, Runnable afterClose) {
        this(session, afterClose, false);
    }

    /** {@code aggregateInDatabase}: reports' per-customer summaries computed by the database (PostgreSQL). */
    public JooqStorage(JooqSession session, Runnable afterClose, boolean aggregateInDatabase) {
        this.session = session;
        this.customers = new JooqCustomerRepository(session);
        this.purchases = new JooqPurchaseRepository(session, aggregateInDatabase);
        this.models = new JooqModelRepository(session);
        this.products = new JooqProductRepository(session);
        this.apiKeys = new JooqApiKeyRepository(session);
        this.storedResponses = new JooqStoredResponseRepository(session);
        this.afterClose = afterClose;
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

    /** PostgreSQL: ANALYZE (a sample of each table, well under a second for millions of rows). */
    @Override
    public void bulkLoadEnded() {
        if (session.dialect() == org.jooq.SQLDialect.POSTGRES) {
            session.with(dsl -> dsl.execute("ANALYZE"));
        }
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
