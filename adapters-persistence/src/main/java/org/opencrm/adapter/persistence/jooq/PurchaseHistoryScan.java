package org.opencrm.adapter.persistence.jooq;

import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_CREATED_AT_MS;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_SEQ;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_CATEGORY;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_CURRENCY;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_CUSTOMER_SEQ;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_LIST_PRICE_MINOR;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_NO;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_OCCURRED_AT_MS;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_PRODUCT;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_PURCHASE;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_QUANTITY;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_UNIT_PRICE_MINOR;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_CATEGORIES;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_CURRENCY;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.opencrm.application.concurrent.Prefetch;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.port.out.PurchaseRepository.LineHistory;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;

/**
 * The history scans that reports run over every customer: two index-ordered scans merged in Java instead of a
 * join (no per-customer seeks, the customer id read once per customer). Currency and categories come back as
 * one column that is null in the usual case (the store's usual currency, no categories): reading strings is
 * what a JDBC scan pays for. How the purchase rows are asked for is the backend's ({@link HistoryRows}).
 */
final class PurchaseHistoryScan {

    /** From this many customers on, histories are read by two connections at once. */
    static final long PARALLEL_SCAN_CUSTOMERS = 20_000;
    /** Between currency and categories in the history scan's combined column. */
    static final String EXTRAS_SEPARATOR = "\u001f";

    private final JooqSession session;
    private final SqlBackend backend;
    private final long parallelScanCustomers;

    PurchaseHistoryScan(JooqSession session, SqlBackend backend, long parallelScanCustomers) {
        this.session = session;
        this.backend = backend;
        this.parallelScanCustomers = parallelScanCustomers;
    }

    /** Every customer's purchase history, in customer-key order. */
    void forEachHistory(ZoneId zone, Consumer<PurchaseHistory> sink) {
        HistoryQuery query = session.with(dsl -> HistoryQuery.of(dsl, backend.historyRows()));
        if (!session.hasReaders()) {
            session.with(dsl -> scan(query, session.connection(), zone, 0, query.lastCustomer(), sink));
            return;
        }
        // Long reads go through connections of their own: the session stays free for writers and for whatever
        // the caller does with each history (looking up a model, say) while the scan is running.
        if (query.lastCustomer() < parallelScanCustomers) {
            session.onReader(c -> scan(query, c, zone, 0, query.lastCustomer(), sink));
            return;
        }
        // Large stores: the upper half of the customers is read on a second connection and thread, and its
        // histories are handed over between those of the lower half; the caller sees one stream.
        long split = query.lastCustomer() / 2;
        try (Prefetch<PurchaseHistory> upper = Prefetch.from(
                out -> session.onReader(c -> scan(query, c, zone, split, query.lastCustomer(), out)), "history-scan")) {
            session.onReader(c -> scan(query, c, zone, 0, split, h -> {
                sink.accept(h);
                upper.drainAvailable(sink);
            }));
            upper.forEachRemaining(sink);
        }
    }

    /** Streams the histories of customers with keys in (low, high]. */
    private Void scan(HistoryQuery query, Connection connection, ZoneId zone, long low, long high,
                      Consumer<PurchaseHistory> sink) {
        new HistoryScan(new Days(zone), Money.currency(query.usualCurrency()), query.rows(), backend)
                .run(connection, query.customerSql(), query.purchaseSql(), low, high, sink);
        return null;
    }

    /** Every customer's line items, with the day each was bought, for customers that have some. */
    void forEachLineHistory(ZoneId zone, Consumer<LineHistory> sink) {
        // Each line carries its purchase's customer key, time and currency (db/migration V15 on SQLite, V17 on
        // PostgreSQL): one index read in order, no seek into the lines of every purchase.
        String sql = session.with(dsl -> dsl.select(LINE_CUSTOMER_SEQ, LINE_OCCURRED_AT_MS, LINE_CURRENCY,
                        LINE_PRODUCT, LINE_CATEGORY, LINE_QUANTITY, LINE_UNIT_PRICE_MINOR, LINE_LIST_PRICE_MINOR,
                        CUSTOMER_ID)
                .from(LINE).join(CUSTOMER).on(CUSTOMER_SEQ.eq(LINE_CUSTOMER_SEQ))
                .orderBy(LINE_CUSTOMER_SEQ, LINE_OCCURRED_AT_MS, LINE_PURCHASE, LINE_NO).getSQL(ParamType.INLINED));
        Days days = new Days(zone);
        if (session.hasReaders()) {
            session.onReader(c -> scanLines(c, sql, days, sink));
        } else {
            session.with(dsl -> scanLines(session.connection(), sql, days, sink));
        }
    }

    /** Groups the lines, which come in customer order, into one history per customer. */
    private static Void scanLines(Connection connection, String sql, Days days, Consumer<LineHistory> sink) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setFetchSize(Streaming.FETCH_SIZE);
            return groupLines(st.executeQuery(), days, sink);
        } catch (SQLException e) {
            throw new StorageException("cannot read purchase lines: " + e.getMessage(), e);
        }
    }

    private static Void groupLines(ResultSet rs, Days days, Consumer<LineHistory> sink) throws SQLException {
        try (rs) {
            long seq = Long.MIN_VALUE;
            CustomerId customer = null;
            List<ValueOrientationClassifier.BoughtLine> lines = new ArrayList<>();
            // A million lines name a few hundred products and categories and one or two currencies: each value
            // object is made once per scan, and the customer's id is read only when the customer changes.
            Map<String, ProductId> products = new HashMap<>();
            Map<String, Optional<Category>> categories = new HashMap<>();
            String code = null;
            Currency currency = null;
            while (rs.next()) {
                long next = rs.getLong(1);
                if (next != seq) {
                    if (customer != null) {
                        sink.accept(new LineHistory(customer, lines));
                    }
                    seq = next;
                    customer = CustomerId.of(rs.getString(9));
                    lines = new ArrayList<>();
                }
                String c = rs.getString(3);
                if (!c.equals(code)) {
                    code = c;
                    currency = Money.currency(c);
                }
                long listPrice = rs.getLong(8);
                Optional<Money> list = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofMinor(listPrice, currency));
                String category = rs.getString(5);
                lines.add(new ValueOrientationClassifier.BoughtLine(days.of(rs.getLong(2)), new LineItem(
                        products.computeIfAbsent(rs.getString(4), ProductId::of),
                        category == null ? Optional.empty()
                                : categories.computeIfAbsent(category, k -> Optional.of(Category.of(k))),
                        rs.getInt(6), Money.ofMinor(rs.getLong(7), currency), list)));
            }
            if (customer != null) {
                sink.accept(new LineHistory(customer, lines));
            }
            return null;
        }
    }

    /** The scan's SQL, rendered once per scan, and what it needs to read the rows back. */
    private record HistoryQuery(String usualCurrency, long lastCustomer, String customerSql, String purchaseSql,
                                HistoryRows rows) {

        static HistoryQuery of(DSLContext dsl, HistoryRows rows) {
            String usual = Optional.ofNullable(dsl.select(PURCHASE_CURRENCY).from(PURCHASE).limit(1)
                    .fetchOne(PURCHASE_CURRENCY)).orElse("XXX");
            long last = Optional.ofNullable(dsl.select(DSL.max(CUSTOMER_SEQ)).from(CUSTOMER).fetchOne(0, Long.class))
                    .orElse(0L);
            Field<Long> low = DSL.param("low", Long.class);
            Field<Long> high = DSL.param("high", Long.class);
            String customers = dsl.select(CUSTOMER_SEQ, CUSTOMER_ID, CUSTOMER_CREATED_AT_MS).from(CUSTOMER)
                    .where(CUSTOMER_SEQ.gt(low)).and(CUSTOMER_SEQ.le(high)).orderBy(CUSTOMER_SEQ)
                    .getSQL(ParamType.INDEXED);
            Condition usualRow = PURCHASE_CURRENCY.eq(DSL.inline(usual)).and(PURCHASE_CATEGORIES.isNull());
            Field<String> extras = DSL.when(usualRow, DSL.inline((String) null))
                    .otherwise(PURCHASE_CURRENCY.concat(DSL.inline(EXTRAS_SEPARATOR))
                            .concat(DSL.coalesce(PURCHASE_CATEGORIES, DSL.inline(""))));
            return new HistoryQuery(usual, last, customers, rows.sql(dsl, extras, usualRow), rows);
        }
    }

    /** Merges the customer scan and the purchase scan, both in customer-key order, into histories. */
    private static final class HistoryScan {
        private final Days days;
        private final Currency usual;
        private final HistoryRows rows;
        private final SqlBackend backend;
        private final Map<String, Currency> currencies = new HashMap<>();
        /** A store's purchases touch few distinct sets of categories: each is made once per scan and shared. */
        private final Map<String, Set<Category>> categorySets = new HashMap<>();

        HistoryScan(Days days, Currency usual, HistoryRows rows, SqlBackend backend) {
            this.days = days;
            this.usual = usual;
            this.rows = rows;
            this.backend = backend;
        }

        void run(Connection connection, String customerSql, String purchaseSql, long low, long high,
                 Consumer<PurchaseHistory> sink) {
            try (PreparedStatement cs = connection.prepareStatement(customerSql);
                 PreparedStatement ps = connection.prepareStatement(purchaseSql)) {
                for (PreparedStatement st : List.of(cs, ps)) {
                    st.setLong(1, low);
                    st.setLong(2, high);
                    st.setFetchSize(Streaming.FETCH_SIZE);
                    backend.prepareLongRead(st);
                }
                merge(cs.executeQuery(), ps.executeQuery(), sink);
            } catch (SQLException e) {
                throw new StorageException("cannot read purchase histories: " + e.getMessage(), e);
            }
        }

        private void merge(ResultSet customers, ResultSet purchases, Consumer<PurchaseHistory> sink)
                throws SQLException {
            try (customers; purchases) {
                boolean more = purchases.next();
                // Each getter of the driver costs a call into it (and, on SQLite, an object): the row's customer
                // key is read once per row, the receiver of a customer's facts made once per customer.
                long rowSeq = more ? purchases.getLong(1) : 0;
                while (customers.next()) {
                    long seq = customers.getLong(1);
                    List<PurchaseFact> facts = new ArrayList<>();
                    HistoryRows.Facts receiver = (time, amount, extras) -> facts.add(fact(time, amount, extras));
                    while (more && rowSeq <= seq) {
                        if (rowSeq == seq) {
                            rows.read(purchases, receiver);
                        }
                        more = purchases.next();
                        rowSeq = more ? purchases.getLong(1) : 0;
                    }
                    sink.accept(new PurchaseHistory(CustomerId.of(customers.getString(2)),
                            days.of(customers.getLong(3)), facts));
                }
            }
        }

        private PurchaseFact fact(long occurredAtMs, long minor, String extras) {
            java.time.LocalDate day = days.of(occurredAtMs);
            if (extras == null) {
                return PurchaseFact.ofMinor(day, minor, usual, Set.of());
            }
            int cut = extras.indexOf(EXTRAS_SEPARATOR);
            Currency currency = currencies.computeIfAbsent(extras.substring(0, cut), Money::currency);
            return PurchaseFact.ofMinor(day, minor, currency,
                    categorySets.computeIfAbsent(extras.substring(cut + 1), joined -> Set.copyOf(categorySet(joined))));
        }
    }

    private static Set<Category> categorySet(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        Set<Category> set = new HashSet<>();
        for (String name : joined.split(PurchaseWrites.CATEGORY_SEPARATOR)) {
            set.add(Category.of(name));
        }
        return set;
    }
}
