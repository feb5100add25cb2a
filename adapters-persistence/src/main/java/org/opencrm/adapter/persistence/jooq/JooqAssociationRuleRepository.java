package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.opencrm.application.port.out.AssociationRuleRepository;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.recommendation.AssociationRule;
import org.opencrm.domain.recommendation.ProductStats;
import org.opencrm.domain.recommendation.RuleSet;
import org.opencrm.domain.recommendation.RuleThresholds;

/** Rule sets in SQL: a row per set, per product and per rule (db/migration V14 on SQLite, V16 on PostgreSQL). */
public final class JooqAssociationRuleRepository implements AssociationRuleRepository {

    private static final Table<Record> SET = table(name("rule_set"));
    private static final Field<String> AS_OF = field(name("rule_set", "as_of"), String.class);
    private static final Field<Double> MIN_SUPPORT = field(name("rule_set", "min_support"), Double.class);
    private static final Field<Double> MIN_CONFIDENCE = field(name("rule_set", "min_confidence"), Double.class);
    private static final Field<Double> MIN_LIFT = field(name("rule_set", "min_lift"), Double.class);
    private static final Field<Long> BASKETS = field(name("rule_set", "baskets"), Long.class);
    private static final Field<Long> LINES = field(name("rule_set", "lines"), Long.class);
    private static final Field<Long> MINED_AT_MS = field(name("rule_set", "mined_at_ms"), Long.class);

    private static final Table<Record> PRODUCT = table(name("rule_product"));
    private static final Field<String> PRODUCT_AS_OF = field(name("rule_product", "as_of"), String.class);
    private static final Field<String> PRODUCT_ID = field(name("rule_product", "product_id"), String.class);
    private static final Field<String> CATEGORY = field(name("rule_product", "category"), String.class);
    private static final Field<Long> PRODUCT_BASKETS = field(name("rule_product", "baskets"), Long.class);
    private static final Field<Long> MEAN_PRICE_MINOR = field(name("rule_product", "mean_price_minor"), Long.class);
    private static final Field<String> CURRENCY = field(name("rule_product", "currency"), String.class);

    private static final Table<Record> RULE = table(name("association_rule"));
    private static final Field<String> RULE_AS_OF = field(name("association_rule", "as_of"), String.class);
    private static final Field<String> ANTECEDENT = field(name("association_rule", "antecedent"), String.class);
    private static final Field<String> CONSEQUENT = field(name("association_rule", "consequent"), String.class);
    private static final Field<Long> ANTECEDENT_BASKETS =
            field(name("association_rule", "antecedent_baskets"), Long.class);
    private static final Field<Long> CONSEQUENT_BASKETS =
            field(name("association_rule", "consequent_baskets"), Long.class);
    private static final Field<Long> BOTH_BASKETS = field(name("association_rule", "both_baskets"), Long.class);

    private final JooqSession session;
    private final RowWriter insertProducts;
    private final RowWriter insertRules;

    public JooqAssociationRuleRepository(JooqSession session, SqlBackend backend) {
        this.session = session;
        this.insertProducts = backend.rowWriter(session, PRODUCT,
                List.of(PRODUCT_AS_OF, PRODUCT_ID, CATEGORY, PRODUCT_BASKETS, MEAN_PRICE_MINOR, CURRENCY), null, 500);
        this.insertRules = backend.rowWriter(session, RULE,
                List.of(RULE_AS_OF, ANTECEDENT, CONSEQUENT, ANTECEDENT_BASKETS, CONSEQUENT_BASKETS, BOTH_BASKETS),
                null, 500);
    }

    @Override
    public void save(RuleSet s) {
        String asOf = s.asOf().toString();
        session.inTransaction(() -> session.with(dsl -> {
            dsl.deleteFrom(RULE).where(RULE_AS_OF.eq(asOf)).execute();
            dsl.deleteFrom(PRODUCT).where(PRODUCT_AS_OF.eq(asOf)).execute();
            dsl.deleteFrom(SET).where(AS_OF.eq(asOf)).execute();
            dsl.insertInto(SET).columns(AS_OF, MIN_SUPPORT, MIN_CONFIDENCE, MIN_LIFT, BASKETS, LINES, MINED_AT_MS)
                    .values(asOf, s.thresholds().minSupport(), s.thresholds().minConfidence(),
                            s.thresholds().minLift(), s.baskets(), s.lines(), s.minedAt().toEpochMilli())
                    .execute();
            List<Object[]> products = new ArrayList<>(s.products().size());
            s.products().forEach(p -> products.add(new Object[] {asOf, p.productId().value(),
                    p.category().map(Category::name).orElse(null), p.baskets(), p.meanUnitPrice().minorUnits(),
                    p.meanUnitPrice().currency().getCurrencyCode()}));
            insertProducts.write(dsl, products);
            List<Object[]> rules = new ArrayList<>(s.rules().size());
            s.rules().forEach(r -> rules.add(new Object[] {asOf, r.antecedent().value(), r.consequent().value(),
                    r.antecedentBaskets(), r.consequentBaskets(), r.bothBaskets()}));
            insertRules.write(dsl, rules);
            return null;
        }));
    }

    @Override
    public Optional<RuleSet> findLatest(LocalDate asOf) {
        return session.read(dsl -> dsl.selectFrom(SET).where(AS_OF.le(asOf.toString())).orderBy(AS_OF.desc())
                .limit(1).fetchOptional().map(r -> ruleSet(dsl, r)));
    }

    @Override
    public List<RuleSet> findAll() {
        return session.read(dsl -> dsl.selectFrom(SET).orderBy(AS_OF).fetch().map(r -> ruleSet(dsl, r)));
    }

    private static RuleSet ruleSet(DSLContext dsl, Record set) {
        String asOf = set.get(AS_OF);
        long baskets = set.get(BASKETS);
        List<ProductStats> products = dsl.selectFrom(PRODUCT).where(PRODUCT_AS_OF.eq(asOf)).fetch(p -> new ProductStats(
                ProductId.of(p.get(PRODUCT_ID)), Optional.ofNullable(p.get(CATEGORY)).map(Category::of),
                p.get(PRODUCT_BASKETS), Money.ofMinor(p.get(MEAN_PRICE_MINOR), Money.currency(p.get(CURRENCY)))));
        List<AssociationRule> rules = dsl.selectFrom(RULE).where(RULE_AS_OF.eq(asOf)).fetch(r -> new AssociationRule(
                ProductId.of(r.get(ANTECEDENT)), ProductId.of(r.get(CONSEQUENT)), baskets, r.get(ANTECEDENT_BASKETS),
                r.get(CONSEQUENT_BASKETS), r.get(BOTH_BASKETS)));
        return new RuleSet(LocalDate.parse(asOf), new RuleThresholds(set.get(MIN_SUPPORT), set.get(MIN_CONFIDENCE),
                set.get(MIN_LIFT)), baskets, set.get(LINES), Instant.ofEpochMilli(set.get(MINED_AT_MS)), products, rules);
    }
}
