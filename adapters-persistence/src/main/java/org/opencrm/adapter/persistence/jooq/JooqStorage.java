package org.opencrm.adapter.persistence.jooq;

import java.util.List;
import java.util.function.Supplier;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
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

    /** What {@link #loadPurchases} drops and makes again: see V1 and V6 of db/migration/postgresql. */
    private static final List<String> WITHOUT_PURCHASE_INDEXES = List.of(
            "ALTER TABLE purchase_line DROP CONSTRAINT purchase_line_purchase_id_fkey",
            "ALTER TABLE purchase DROP CONSTRAINT purchase_pkey",
            "DROP INDEX purchase_customer_history");

    private static final List<String> WITH_PURCHASE_INDEXES = List.of(
            "ALTER TABLE purchase ADD CONSTRAINT purchase_pkey PRIMARY KEY (id)",
            "CREATE INDEX purchase_customer_history ON purchase (customer_seq, occurred_at_ms) "
                    + "INCLUDE (amount_minor, currency, categories)",
            "ALTER TABLE purchase_line ADD CONSTRAINT purchase_line_purchase_id_fkey FOREIGN KEY (purchase_id) "
                    + "REFERENCES purchase (id) ON DELETE CASCADE");

    private final JooqSession session;
    private final JooqCustomerRepository customers;
    private final JooqPurchaseRepository purchases;
    private final JooqModelRepository models;
    private final JooqProductRepository products;
    private final JooqApiKeyRepository apiKeys;
    private final JooqStoredResponseRepository storedResponses;
    private final Runnable afterClose;

    /**
     * Initialises jOOQ's query rendering for {@code dialect} (its registry of every dialect's data types, about a
     * tenth of a second) ahead of the first query.
     */
    public static void prepare(SQLDialect dialect) {
        DSL.using(dialect).select(Tables.CUSTOMER_ID).from(Tables.CUSTOMER).where(Tables.CUSTOMER_ID.eq("")).getSQL();
    }

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

    /**
     * PostgreSQL, when the purchase table is empty: its primary key, the history index and the line table's
     * foreign key are dropped for the load and made again at the end, in the same transaction (so a load cut
     * off leaves them as they were). Measured on 1M purchases: COPY into the bare table and the two index
     * builds took 2.4 s of server time, COPY with the indexes in place 5.9 s. Their definitions are those of
     * the migrations (V1, V6); a test compares the rebuilt schema with a freshly migrated one.
     */
    @Override
    public <T> T loadPurchases(Supplier<T> load) {
        if (session.dialect() != org.jooq.SQLDialect.POSTGRES) {
            return session.inTransaction(load);
        }
        return session.inTransaction(() -> {
            boolean empty = !session.with(dsl -> dsl.fetchExists(Tables.PURCHASE));
            if (empty) {
                session.with(dsl -> {
                    for (String ddl : WITHOUT_PURCHASE_INDEXES) {
                        dsl.execute(ddl);
                    }
                    return null;
                });
            }
            T result = load.get();
            if (empty) {
                session.with(dsl -> {
                    for (String ddl : WITH_PURCHASE_INDEXES) {
                        dsl.execute(ddl);
                    }
                    return null;
                });
            }
            return result;
        });
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
