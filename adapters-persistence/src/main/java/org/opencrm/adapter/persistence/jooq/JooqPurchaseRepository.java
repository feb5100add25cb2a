package org.opencrm.adapter.persistence.jooq;

import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_CREATED_AT_MS;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_SEQ;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_CATEGORY;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_LIST_PRICE_MINOR;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_NO;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_PRODUCT;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_PURCHASE;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_QUANTITY;
import static org.opencrm.adapter.persistence.jooq.Tables.LINE_UNIT_PRICE_MINOR;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_AMOUNT_MINOR;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_CATEGORIES;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_CHANNEL;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_CURRENCY;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_CUSTOMER_SEQ;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_OCCURRED_AT_MS;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record6;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.SelectConditionStep;
import org.jooq.SelectJoinStep;
import org.jooq.SelectOnConditionStep;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.opencrm.application.concurrent.Prefetch;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.PurchaseDays;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;
import org.postgresql.PGStatement;

/**
 * Purchases in SQL. Bulk adds use multi-row {@code INSERT ... ON CONFLICT DO NOTHING} statements rendered once
 * by jOOQ and bound through JDBC, which is what keeps imports close to the database's own loader.
 */
public final class JooqPurchaseRepository implements PurchaseRepository {

    /** Rows per multi-row insert: measured fastest on SQLite (stack.md), and 7 × 200 binds suit every dialect. */
    private static final int ROWS_PER_INSERT = 200;
    private static final List<Field<?>> COLUMNS = List.of(PURCHASE_ID, PURCHASE_CUSTOMER_SEQ, PURCHASE_OCCURRED_AT_MS,
            PURCHASE_AMOUNT_MINOR, PURCHASE_CURRENCY, PURCHASE_CHANNEL, PURCHASE_CATEGORIES);
    private static final Comparator<Object[]> HISTORY_ORDER =
            Comparator.comparingLong((Object[] row) -> (Long) row[1]).thenComparingLong(row -> (Long) row[2]);
    /** From this many customers on, histories are read by two connections at once. */
    static final long PARALLEL_SCAN_CUSTOMERS = 20_000;
    /** Between the category names of a purchase; category names hold no control characters. */
    private static final String CATEGORY_SEPARATOR = "\t";
    /** Between currency and categories in the history scan's combined column. */
    private static final String EXTRAS_SEPARATOR = "\u001f";

    /** Rows per round trip of a streamed scan; PostgreSQL would otherwise load a whole result set at once. */
    private static final int FETCH_SIZE = 10_000;

    private final JooqSession session;
    private final boolean aggregateInDatabase;
    private final long parallelScanCustomers;
    private final RowWriter insert;
    private final boolean sortBeforeInsert;
    private final CustomerKeys customerKeys;

    public JooqPurchaseRepository(JooqSession session) {
        this(session, PARALLEL_SCAN_CUSTOMERS, false);
    }

    /** {@code aggregateInDatabase}: compute {@link #forEachPurchaseDays} in SQL (PostgreSQL only). */
    public JooqPurchaseRepository(JooqSession session, boolean aggregateInDatabase) {
        this(session, PARALLEL_SCAN_CUSTOMERS, aggregateInDatabase);
    }

    JooqPurchaseRepository(JooqSession session, long parallelScanCustomers) {
        this(session, parallelScanCustomers, false);
    }

    private JooqPurchaseRepository(JooqSession session, long parallelScanCustomers, boolean aggregateInDatabase) {
        this.aggregateInDatabase = aggregateInDatabase;
        this.parallelScanCustomers = parallelScanCustomers;
        this.session = session;
        this.sortBeforeInsert = session.dialect() != SQLDialect.POSTGRES;
        this.insert = session.dialect() == SQLDialect.POSTGRES
                ? new CopyInsert(session, PURCHASE, COLUMNS, PURCHASE_ID)
                : new BulkInsert(session, PURCHASE, COLUMNS, InsertValuesStepN::onConflictDoNothing, ROWS_PER_INSERT);
        this.customerKeys = session.customerKeys();
    }

    @Override
    public boolean add(Purchase purchase) {
        return addAll(List.of(purchase)) == 1;
    }

    @Override
    public int addAll(List<Purchase> purchases) {
        return add(purchases, false);
    }

    @Override
    public int addBatch(List<Purchase> purchases) {
        return add(purchases, true);
    }

    private int add(List<Purchase> purchases, boolean lastOfTransaction) {
        if (session.hasCompanion()) {
            // The batch's other part is uncommitted on another connection: a key of it written again here
            // would wait for that commit, which waits for this transaction.
            throw new IllegalStateException("purchases added after a batch in the same transaction: "
                    + "addBatch must be the transaction's last purchase write");
        }
        if (purchases.isEmpty()) {
            return 0;
        }
        return session.inTransaction(() -> session.with(dsl -> {
            // The first of several rows with one id wins, as it would row by row; the rest count as duplicates.
            Set<PurchaseId> seen = new HashSet<>(purchases.size() * 2);
            List<Purchase> plain = new ArrayList<>(purchases.size());
            List<Purchase> withLines = new ArrayList<>();
            for (Purchase p : purchases) {
                if (seen.add(p.id())) {
                    (p.lineItems().isEmpty() ? plain : withLines).add(p);
                }
            }
            customerKeys.bound();
            int added = insertRows(dsl, plain, lastOfTransaction);
            // Lines belong only to a purchase this call stored, so these go one by one.
            for (Purchase p : withLines) {
                if (insertRows(dsl, List.of(p), false) == 1) {
                    insertLines(dsl, p);
                    added++;
                }
            }
            return added;
        }));
    }

    private int insertRows(DSLContext dsl, List<Purchase> purchases, boolean lastOfTransaction) {
        List<Object[]> rows = new ArrayList<>(purchases.size());
        List<Object[]> unresolved = new ArrayList<>();
        for (Purchase p : purchases) {
            // One key lookup per row: the key maps are large and every lookup a cache miss on a bulk import.
            Long customerKey = customerKeys.get(p.customerId().value());
            Object[] row = {p.id().value(), customerKey == null ? p.customerId().value() : customerKey,
                p.occurredAt().toEpochMilli(), p.amount().minorUnits(), p.amount().currency().getCurrencyCode(),
                p.channel().name(), categories(p)};
            rows.add(row);
            if (customerKey == null) {
                unresolved.add(row);
            }
        }
        resolveCustomerKeys(dsl, unresolved);
        if (sortBeforeInsert) {
            // In history-index order (customer, time), consecutive rows land on the same index pages:
            // a bulk insert runs about a quarter faster on SQLite. PostgreSQL's COPY gains nothing from it.
            rows.sort(HISTORY_ORDER);
        }
        return lastOfTransaction ? insert.writeLast(dsl, rows) : insert.write(dsl, rows);
    }

    /**
     * Replaces the customer ids in the rows' customer column by the customers' surrogate keys, looked up in
     * the store; an unknown customer is refused by name.
     */
    private void resolveCustomerKeys(DSLContext dsl, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Set<String> missing = new HashSet<>();
        rows.forEach(row -> missing.add((String) row[1]));
        for (List<String> chunk : KeySets.batches(dsl, new ArrayList<>(missing))) {
            dsl.select(CUSTOMER_ID, CUSTOMER_SEQ).from(CUSTOMER).where(KeySets.in(dsl, CUSTOMER_ID, chunk)).fetch()
                    .forEach(r -> customerKeys.put(r.value1(), r.value2()));
        }
        for (Object[] row : rows) {
            String customerId = (String) row[1];
            Long customerKey = customerKeys.get(customerId);
            if (customerKey == null) {
                throw new CustomerNotFoundException(customerId);
            }
            row[1] = customerKey;
        }
    }

    private static String categories(Purchase p) {
        if (p.lineItems().isEmpty()) {
            return null;
        }
        Set<String> names = new TreeSet<>();
        p.categories().forEach(c -> names.add(c.name()));
        return names.isEmpty() ? null : String.join(CATEGORY_SEPARATOR, names);
    }

    private static void insertLines(DSLContext dsl, Purchase p) {
        var insert = dsl.insertInto(LINE, LINE_PURCHASE, LINE_NO, LINE_PRODUCT, LINE_CATEGORY, LINE_QUANTITY,
                LINE_UNIT_PRICE_MINOR, LINE_LIST_PRICE_MINOR);
        int no = 1;
        for (LineItem item : p.lineItems()) {
            insert = insert.values(p.id().value(), no++, item.productId().value(),
                    item.category().map(Category::name).orElse(null), item.quantity(), item.unitPrice().minorUnits(),
                    item.listPrice().map(Money::minorUnits).orElse(null));
        }
        insert.execute();
    }

    @Override
    public Optional<Purchase> findById(PurchaseId id) {
        return session.with(dsl -> load(dsl, PURCHASE_ID.eq(id.value()))).stream().findFirst();
    }

    @Override
    public List<Purchase> findByCustomer(CustomerId customerId) {
        return session.with(dsl -> load(dsl, CUSTOMER_ID.eq(customerId.value())));
    }

    private static List<Purchase> load(DSLContext dsl, Condition where) {
        Result<Record6<String, String, Long, Long, String, String>> rows = purchaseRows(dsl)
                .where(where).orderBy(PURCHASE_OCCURRED_AT_MS, PURCHASE_ID).fetch();
        Map<String, List<LineItem>> lines = new HashMap<>();
        Map<String, String> currencies = currencies(rows);
        for (List<String> chunk : KeySets.batches(dsl, rows.map(r -> r.value1()))) {
            collectLines(lineRows(dsl).where(KeySets.in(dsl, LINE_PURCHASE, chunk)), currencies, lines);
        }
        return purchases(rows, lines);
    }

    /** A purchase without its lines from a JDBC row of {@link #purchaseRows}; currencies are looked up once each. */
    private static Purchase purchaseRow(ResultSet rs, Map<String, Currency> currencies) throws SQLException {
        Currency currency = currencies.computeIfAbsent(rs.getString(5), Money::currency);
        return new Purchase(PurchaseId.of(rs.getString(1)), CustomerId.of(rs.getString(2)),
                Instant.ofEpochMilli(rs.getLong(3)), Money.ofMinor(rs.getLong(4), currency), List.of(),
                Channel.of(rs.getString(6)));
    }

    private static SelectOnConditionStep<Record6<String, String, Long, Long, String, String>> purchaseRows(
            DSLContext dsl) {
        return dsl.select(PURCHASE_ID, CUSTOMER_ID, PURCHASE_OCCURRED_AT_MS, PURCHASE_AMOUNT_MINOR, PURCHASE_CURRENCY,
                        PURCHASE_CHANNEL)
                .from(PURCHASE).join(CUSTOMER).on(CUSTOMER_SEQ.eq(PURCHASE_CUSTOMER_SEQ));
    }

    private static SelectJoinStep<Record6<String, String, String, Integer, Long, Long>> lineRows(DSLContext dsl) {
        return dsl.select(LINE_PURCHASE, LINE_PRODUCT, LINE_CATEGORY, LINE_QUANTITY, LINE_UNIT_PRICE_MINOR,
                LINE_LIST_PRICE_MINOR).from(LINE);
    }

    private static Map<String, String> currencies(Result<Record6<String, String, Long, Long, String, String>> rows) {
        Map<String, String> currencies = new HashMap<>();
        rows.forEach(r -> currencies.put(r.value1(), r.value5()));
        return currencies;
    }

    /** Adds the lines the query finds, in purchase and line order, to {@code lines} by purchase id. */
    private static void collectLines(SelectConditionStep<Record6<String, String, String, Integer, Long, Long>> query,
                                     Map<String, String> currencies, Map<String, List<LineItem>> lines) {
        query.orderBy(LINE_PURCHASE, LINE_NO).fetch().forEach(r -> {
            String currencyCode = currencies.get(r.value1());
            if (currencyCode == null) {
                return; // a line of a purchase outside the page
            }
            Currency currency = Money.currency(currencyCode);
            lines.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new LineItem(
                    ProductId.of(r.value2()), Optional.ofNullable(r.value3()).map(Category::of), r.value4(),
                    Money.ofMinor(r.value5(), currency), Optional.ofNullable(r.value6()).map(m -> Money.ofMinor(m, currency))));
        });
    }

    private static List<Purchase> purchases(Result<Record6<String, String, Long, Long, String, String>> rows,
                                            Map<String, List<LineItem>> lines) {
        return rows.map(r -> new Purchase(PurchaseId.of(r.value1()), CustomerId.of(r.value2()),
                Instant.ofEpochMilli(r.value3()), Money.ofMinor(r.value4(), Money.currency(r.value5())),
                lines.getOrDefault(r.value1(), List.of()), Channel.of(r.value6())));
    }

    @Override
    public long count() {
        return session.with(dsl -> (long) dsl.fetchCount(PURCHASE));
    }

    @Override
    public void forEachPurchase(Consumer<Purchase> sink) {
        // A store with line items is paged in id order, which brings each purchase's lines along. Without them
        // one unordered pass is read: PostgreSQL joins the customers once (a hash join) instead of once per row
        // as key-ordered pages do, which made reading a million purchases 3.5 s of server time instead of 1 s.
        if (session.read(dsl -> dsl.fetchExists(LINE))) {
            PurchaseRepository.super.forEachPurchase(sink);
            return;
        }
        session.read(dsl -> {
            String sql = purchaseRows(dsl).getSQL(ParamType.INDEXED);
            dsl.connection(c -> Streaming.read(c, dsl.dialect(), connection -> {
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    ps.setFetchSize(Streaming.FETCH_SIZE);
                    Map<String, Currency> currencies = new HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            sink.accept(purchaseRow(rs, currencies));
                        }
                    }
                }
            }));
            return null;
        });
    }

    @Override
    public List<Purchase> findAfter(Optional<PurchaseId> after, int limit) {
        // Whole stores are read this way (crm migrate): plain JDBC over SQL rendered once, without jOOQ's
        // records in between, reads about three times faster.
        return session.with(dsl -> {
            Connection connection = session.connection();
            Field<String> from = DSL.param("from", String.class);
            String pageSql = purchaseRows(dsl).where(after.isPresent() ? PURCHASE_ID.gt(from) : DSL.noCondition())
                    .orderBy(PURCHASE_ID).limit(DSL.param("limit", Integer.class)).getSQL(ParamType.INDEXED);
            List<Purchase> page = new ArrayList<>(Math.min(limit, 100_000));
            Map<String, Currency> currencies = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(pageSql)) {
                int i = 1;
                if (after.isPresent()) {
                    ps.setString(i++, after.get().value());
                }
                ps.setInt(i, limit);
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(purchaseRow(rs, currencies));
                    }
                }
            } catch (SQLException e) {
                throw new StorageException("cannot read purchases: " + e.getMessage(), e);
            }
            if (page.isEmpty()) {
                return page;
            }
            // The page's lines are one key range of the line table: no list of ids to send.
            Map<String, String> codes = new HashMap<>();
            Condition lineRange = after.map(a -> LINE_PURCHASE.gt(a.value())).orElse(DSL.noCondition())
                    .and(LINE_PURCHASE.le(page.get(page.size() - 1).id().value()));
            Map<String, List<LineItem>> lines = new HashMap<>();
            if (dsl.fetchExists(LINE, lineRange)) {
                page.forEach(p -> codes.put(p.id().value(), p.amount().currency().getCurrencyCode()));
                collectLines(lineRows(dsl).where(lineRange), codes, lines);
            }
            if (lines.isEmpty()) {
                return page;
            }
            return page.stream().map(p -> lines.containsKey(p.id().value()) ? new Purchase(p.id(), p.customerId(),
                    p.occurredAt(), p.amount(), lines.get(p.id().value()), p.channel()) : p).toList();
        });
    }

    @Override
    public void forEachHistory(ZoneId zone, Consumer<PurchaseHistory> sink) {
        HistoryQuery query = session.with(HistoryQuery::of);
        if (!session.hasReaders()) {
            session.with(dsl -> query.scan(session.connection(), zone, 0, query.lastCustomer(), sink));
            return;
        }
        // Long reads go through connections of their own: the session stays free for writers and for whatever
        // the caller does with each history (looking up a model, say) while the scan is running.
        if (query.lastCustomer() < parallelScanCustomers) {
            session.onReader(c -> query.scan(c, zone, 0, query.lastCustomer(), sink));
            return;
        }
        // Large stores: the upper half of the customers is read on a second connection and thread, and its
        // histories are handed over between those of the lower half; the caller sees one stream.
        long split = query.lastCustomer() / 2;
        try (Prefetch<PurchaseHistory> upper = Prefetch.from(
                out -> session.onReader(c -> query.scan(c, zone, split, query.lastCustomer(), out)), "history-scan")) {
            session.onReader(c -> query.scan(c, zone, 0, split, h -> {
                sink.accept(h);
                upper.drainAvailable(sink);
            }));
            upper.forEachRemaining(sink);
        }
    }

    /**
     * With {@code aggregate=database} on a PostgreSQL store and a zone of fixed offset (UTC, the default), the
     * days are computed by the server: one pass in index order, a row per customer and currency, merged here;
     * a tenth of the rows cross the network. Otherwise, the streamed histories are reduced here, which is
     * faster on one machine (docs/performance.md: on loopback with 1M purchases 1.8 s against 2.8 s; on SQLite
     * 1.8 s against 2.6 s for its GROUP BY). Memory holds one history at a time either way; zones with
     * daylight saving always need Java's time-zone rules.
     */
    @Override
    public void forEachPurchaseDays(ZoneId zone, LocalDate upTo, Consumer<PurchaseDays> sink) {
        if (!aggregateInDatabase || !zone.getRules().isFixedOffset() || session.dialect() != SQLDialect.POSTGRES) {
            PurchaseRepository.super.forEachPurchaseDays(zone, upTo, sink);
            return;
        }
        long offset = zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() * 1000L;
        long endMs = Math.multiplyExact(upTo.toEpochDay() + 1, Days.MILLIS_PER_DAY) - offset;
        // Floor division, also before 1970: SQL's integer division truncates toward zero.
        String day = "CASE WHEN occurred_at_ms + ? >= 0 THEN (occurred_at_ms + ?) / 86400000"
                + " ELSE -((86399999 - (occurred_at_ms + ?)) / 86400000) END";
        // One pass in the (customer, time) index order: window functions give each purchase its customer's first
        // and last day and the number of distinct days (a day differing from the previous purchase's starts one),
        // then a group per customer and currency sums the spend. No sort spills, unlike GROUP BY + join.
        String sql = "SELECT c.id, x.first_day, x.last_day, x.days, x.currency, sum(x.amount_minor),"
                + " sum(CASE WHEN x.day = x.first_day THEN x.amount_minor ELSE 0 END)"
                + " FROM (SELECT k, day, currency, amount_minor, min(day) OVER w AS first_day,"
                + " max(day) OVER w AS last_day,"
                + " sum(CASE WHEN prev_day IS NULL OR day <> prev_day THEN 1 ELSE 0 END) OVER w AS days"
                + " FROM (SELECT customer_seq AS k, " + day + " AS day, currency, amount_minor,"
                + " lag(" + day + ") OVER (PARTITION BY customer_seq ORDER BY occurred_at_ms) AS prev_day"
                + " FROM purchase WHERE occurred_at_ms < ?) p WINDOW w AS (PARTITION BY k)) x"
                + " JOIN customer c ON c.seq = x.k"
                + " GROUP BY x.k, c.id, x.first_day, x.last_day, x.days, x.currency ORDER BY x.k, x.currency";
        JooqSession.SqlWork<Void> scan = c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int p = 1; p <= 6; p++) {
                    ps.setLong(p, offset);
                }
                ps.setLong(7, endMs);
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    PurchaseDaysRows rows = new PurchaseDaysRows(sink);
                    while (rs.next()) {
                        rows.add(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                                rs.getLong(6), rs.getLong(7));
                    }
                    rows.flush();
                }
            }
            return null;
        };
        if (session.hasReaders()) {
            session.onReader(scan::run);
        } else {
            session.with(dsl -> {
                try {
                    return scan.run(session.connection());
                } catch (SQLException e) {
                    throw new StorageException("store: " + e.getMessage(), e);
                }
            });
        }
    }

    /** Merges a customer's rows (one per currency) into one {@link PurchaseDays}: exact decimal sums. */
    private static final class PurchaseDaysRows {
        private final Consumer<PurchaseDays> sink;
        private String customer;
        private long first;
        private long last;
        private int days;
        private BigDecimal spend;
        private BigDecimal firstDaySpend;
        private Currency only;
        private boolean mixed;

        PurchaseDaysRows(Consumer<PurchaseDays> sink) {
            this.sink = sink;
        }

        void add(String id, long firstDay, long lastDay, int dayCount, String currency, long minor, long firstMinor) {
            if (!id.equals(customer)) {
                flush();
                customer = id;
                first = firstDay;
                last = lastDay;
                days = dayCount;
                spend = BigDecimal.ZERO;
                firstDaySpend = BigDecimal.ZERO;
                only = null;
                mixed = false;
            }
            Currency unit = Money.currency(currency);
            mixed |= only != null && !only.equals(unit);
            only = unit;
            spend = spend.add(Money.ofMinor(minor, unit).amount());
            firstDaySpend = firstDaySpend.add(Money.ofMinor(firstMinor, unit).amount());
        }

        void flush() {
            if (customer != null) {
                sink.accept(new PurchaseDays(CustomerId.of(customer), LocalDate.ofEpochDay(first),
                        LocalDate.ofEpochDay(last), days, spend, firstDaySpend,
                        mixed ? Optional.empty() : Optional.of(only)));
                customer = null;
            }
        }
    }

    @Override
    public void forEachLineHistory(ZoneId zone, Consumer<LineHistory> sink) {
        String sql = session.with(dsl -> dsl.select(CUSTOMER_ID, PURCHASE_OCCURRED_AT_MS, PURCHASE_CURRENCY, LINE_PRODUCT,
                        LINE_CATEGORY, LINE_QUANTITY, LINE_UNIT_PRICE_MINOR, LINE_LIST_PRICE_MINOR)
                .from(LINE).join(PURCHASE).on(PURCHASE_ID.eq(LINE_PURCHASE))
                .join(CUSTOMER).on(CUSTOMER_SEQ.eq(PURCHASE_CUSTOMER_SEQ))
                .orderBy(PURCHASE_CUSTOMER_SEQ, PURCHASE_OCCURRED_AT_MS, PURCHASE_ID, LINE_NO).getSQL(ParamType.INLINED));
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
            st.setFetchSize(FETCH_SIZE);
            return groupLines(st.executeQuery(), days, sink);
        } catch (SQLException e) {
            throw new StorageException("cannot read purchase lines: " + e.getMessage(), e);
        }
    }

    private static Void groupLines(ResultSet rs, Days days, Consumer<LineHistory> sink) throws SQLException {
        try (rs) {
            String customer = null;
            List<ValueOrientationClassifier.BoughtLine> lines = new ArrayList<>();
            while (rs.next()) {
                String id = rs.getString(1);
                if (!id.equals(customer)) {
                    if (customer != null) {
                        sink.accept(new LineHistory(CustomerId.of(customer), lines));
                    }
                    customer = id;
                    lines = new ArrayList<>();
                }
                Currency currency = Money.currency(rs.getString(3));
                long listPrice = rs.getLong(8);
                Optional<Money> list = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofMinor(listPrice, currency));
                lines.add(new ValueOrientationClassifier.BoughtLine(days.of(rs.getLong(2)), new LineItem(
                        ProductId.of(rs.getString(4)), Optional.ofNullable(rs.getString(5)).map(Category::of),
                        rs.getInt(6), Money.ofMinor(rs.getLong(7), currency), list)));
            }
            if (customer != null) {
                sink.accept(new LineHistory(CustomerId.of(customer), lines));
            }
            return null;
        }
    }

    /**
     * The history scan: two index-ordered scans merged in Java instead of a join (no per-customer seeks, the
     * customer id read once per customer). Currency and categories come back as one column that is null in
     * the usual case (the store's usual currency, no categories): reading strings is what a JDBC scan pays for.
     * On PostgreSQL the purchases come one row per customer instead, their times and amounts packed by the
     * server into one byte string: a tenth of the rows, no per-row fields for the driver to cut out and decode.
     */
    private record HistoryQuery(String usualCurrency, long lastCustomer, String customerSql, String purchaseSql,
                                boolean packed) {

        static HistoryQuery of(DSLContext dsl) {
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
            if (dsl.dialect() == SQLDialect.POSTGRES) {
                // The two byte strings take a customer's rows in the same order, whichever that is; histories are
                // put in day order by the domain, and nothing in a day depends on the order of its purchases. The
                // unusual purchases come apart, keyed by time and amount (a quarter less work for the server than
                // an array as long as the purchases).
                String packed = "SELECT customer_seq, string_agg(int8send(occurred_at_ms), ''::bytea),"
                        + " string_agg(int8send(amount_minor), ''::bytea), array_agg(occurred_at_ms || ':' ||"
                        + " amount_minor || ':' || " + dsl.renderInlined(extras) + ") FILTER (WHERE NOT ("
                        + dsl.renderInlined(usualRow) + ")) FROM purchase WHERE customer_seq > ? AND customer_seq <= ?"
                        + " GROUP BY customer_seq ORDER BY customer_seq";
                return new HistoryQuery(usual, last, customers, packed, true);
            }
            String purchases = dsl.select(PURCHASE_CUSTOMER_SEQ, PURCHASE_OCCURRED_AT_MS, PURCHASE_AMOUNT_MINOR, extras)
                    .from(PURCHASE).where(PURCHASE_CUSTOMER_SEQ.gt(low)).and(PURCHASE_CUSTOMER_SEQ.le(high))
                    .orderBy(PURCHASE_CUSTOMER_SEQ, PURCHASE_OCCURRED_AT_MS).getSQL(ParamType.INDEXED);
            return new HistoryQuery(usual, last, customers, purchases, false);
        }

        /** Streams the histories of customers with keys in (low, high]. */
        Void scan(Connection connection, ZoneId zone, long low, long high, Consumer<PurchaseHistory> sink) {
            new HistoryScan(new Days(zone), Money.currency(usualCurrency), packed).run(connection, customerSql,
                    purchaseSql, low, high, sink);
            return null;
        }
    }

    /** Merges the customer scan and the purchase scan, both in customer-key order, into histories. */
    private static final class HistoryScan {
        private final Days days;
        private final Currency usual;
        private final boolean packed;
        private final Map<String, Currency> currencies = new HashMap<>();

        HistoryScan(Days days, Currency usual, boolean packed) {
            this.days = days;
            this.usual = usual;
            this.packed = packed;
        }

        void run(Connection connection, String customerSql, String purchaseSql, long low, long high,
                 Consumer<PurchaseHistory> sink) {
            try (PreparedStatement cs = connection.prepareStatement(customerSql);
                 PreparedStatement ps = connection.prepareStatement(purchaseSql)) {
                for (PreparedStatement st : List.of(cs, ps)) {
                    st.setLong(1, low);
                    st.setLong(2, high);
                    st.setFetchSize(FETCH_SIZE);
                    if (st.isWrapperFor(PGStatement.class)) {
                        // Binary rows from the first execution: a long is eight bytes to copy, not digits to
                        // parse (PostgreSQL's driver sends text until a statement has run five times).
                        st.unwrap(PGStatement.class).setPrepareThreshold(-1);
                    }
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
                while (customers.next()) {
                    long seq = customers.getLong(1);
                    List<PurchaseFact> facts = new ArrayList<>();
                    while (more && purchases.getLong(1) <= seq) {
                        if (purchases.getLong(1) == seq) {
                            if (packed) {
                                unpack(purchases, facts);
                            } else {
                                facts.add(fact(purchases.getLong(2), purchases.getLong(3), purchases.getString(4)));
                            }
                        }
                        more = purchases.next();
                    }
                    sink.accept(new PurchaseHistory(CustomerId.of(customers.getString(2)),
                            days.of(customers.getLong(3)), facts));
                }
            }
        }

        /**
         * One customer's purchases from a packed row: times and amounts as big-endian longs, and the extras of the
         * unusual ones as "time:amount:extras". Purchases alike in time and amount are alike in everything a
         * history holds but their extras, so which of them gets which extras makes no difference.
         */
        private void unpack(ResultSet row, List<PurchaseFact> facts) throws SQLException {
            ByteBuffer times = ByteBuffer.wrap(row.getBytes(2));
            ByteBuffer amounts = ByteBuffer.wrap(row.getBytes(3));
            Array unusual = row.getArray(4);
            Map<String, List<String>> extras = unusual == null ? Map.of() : byTimeAndAmount((Object[]) unusual.getArray());
            while (times.remaining() >= Long.BYTES) {
                long time = times.getLong();
                long amount = amounts.getLong();
                List<String> mine = extras.isEmpty() ? null : extras.get(time + ":" + amount);
                facts.add(fact(time, amount, mine == null || mine.isEmpty() ? null : mine.remove(mine.size() - 1)));
            }
        }

        private static Map<String, List<String>> byTimeAndAmount(Object[] entries) {
            Map<String, List<String>> byKey = new HashMap<>();
            for (Object entry : entries) {
                String text = (String) entry;
                int cut = text.indexOf(':', text.indexOf(':') + 1);
                byKey.computeIfAbsent(text.substring(0, cut), k -> new ArrayList<>()).add(text.substring(cut + 1));
            }
            return byKey;
        }

        private PurchaseFact fact(long occurredAtMs, long minor, String extras) {
            LocalDate day = days.of(occurredAtMs);
            if (extras == null) {
                return PurchaseFact.ofMinor(day, minor, usual, Set.of());
            }
            int cut = extras.indexOf(EXTRAS_SEPARATOR);
            Currency currency = currencies.computeIfAbsent(extras.substring(0, cut), Money::currency);
            return PurchaseFact.ofMinor(day, minor, currency, categorySet(extras.substring(cut + 1)));
        }
    }

    /** Epoch milliseconds to days in a zone; plain arithmetic for fixed offsets such as UTC, the common case. */
    private static final class Days {
        private static final long MILLIS_PER_DAY = 86_400_000L;
        private final ZoneId zone;
        private final Long fixedOffsetMillis;
        /** Spans of this many days are cached; a store's purchases usually fall in a few thousand. */
        private static final int SPAN = 1 << 16;
        private final LocalDate[] cache = new LocalDate[SPAN];
        private long firstCached = Long.MIN_VALUE;

        Days(ZoneId zone) {
            this.zone = zone;
            this.fixedOffsetMillis = zone.getRules().isFixedOffset()
                    ? zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() * 1000L : null;
        }

        LocalDate of(long epochMilli) {
            if (fixedOffsetMillis != null) {
                long epochDay = Math.floorDiv(epochMilli + fixedOffsetMillis, MILLIS_PER_DAY);
                // A store spans a few thousand distinct days: one LocalDate each instead of one per purchase,
                // found by subtraction (a map keyed by day would box each key).
                if (firstCached == Long.MIN_VALUE) {
                    firstCached = epochDay - SPAN / 2;
                }
                long slot = epochDay - firstCached;
                if (slot < 0 || slot >= SPAN) {
                    return LocalDate.ofEpochDay(epochDay);
                }
                LocalDate day = cache[(int) slot];
                if (day == null) {
                    day = LocalDate.ofEpochDay(epochDay);
                    cache[(int) slot] = day;
                }
                return day;
            }
            return LocalDate.ofInstant(Instant.ofEpochMilli(epochMilli), zone);
        }
    }

    private static Set<Category> categorySet(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        Set<Category> set = new HashSet<>();
        for (String name : joined.split(CATEGORY_SEPARATOR)) {
            set.add(Category.of(name));
        }
        return set;
    }

}
