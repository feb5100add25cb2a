package org.opencrm.adapter.persistence.jooq;

import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
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
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_CHANNEL;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_CURRENCY;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_CUSTOMER_SEQ;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.PURCHASE_OCCURRED_AT_MS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.Result;
import org.jooq.SelectConditionStep;
import org.jooq.SelectJoinStep;
import org.jooq.SelectOnConditionStep;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.opencrm.application.error.StorageException;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;

/** Whole purchases read back with their line items: by id, by customer, page by page, or in one stream. */
final class PurchaseReads {

    private final JooqSession session;

    PurchaseReads(JooqSession session) {
        this.session = session;
    }

    Optional<Purchase> findById(PurchaseId id) {
        return session.with(dsl -> load(dsl, PURCHASE_ID.eq(id.value()))).stream().findFirst();
    }

    List<Purchase> findByCustomer(CustomerId customerId) {
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

    long count() {
        return session.with(dsl -> (long) dsl.fetchCount(PURCHASE));
    }

    boolean anyLineItems() {
        return session.read(dsl -> dsl.fetchExists(LINE));
    }

    /**
     * Every purchase without its lines, in one unordered pass: PostgreSQL joins the customers once (a hash join)
     * instead of once per row as key-ordered pages do (about a third of the server time: docs/performance.md).
     */
    void forEachWithoutLines(Consumer<Purchase> sink) {
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

    /** The page of up to {@code limit} purchases after {@code after} in id order, with their lines. */
    List<Purchase> findAfter(Optional<PurchaseId> after, int limit) {
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
                ps.setFetchSize(Streaming.FETCH_SIZE);
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
}
