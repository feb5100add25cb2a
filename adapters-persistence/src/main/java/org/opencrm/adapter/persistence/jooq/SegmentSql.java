package org.opencrm.adapter.persistence.jooq;

import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_NAME;
import static org.opencrm.adapter.persistence.jooq.Tables.ATTRIBUTE_VALUE;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ACQUISITION_SOURCE;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_CONSENT_EMAIL;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_CONSENT_PHONE;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ID;

import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.opencrm.domain.segment.SegmentCondition;
import org.opencrm.domain.segment.SegmentCondition.Comparison;
import org.opencrm.domain.segment.SegmentCondition.Operator;

/**
 * A segment condition as SQL over the customer tables, where it can be: conditions on the profile alone
 * (acquisition source, consent, attributes). Text compares as the Java evaluation does, ignoring the case of ASCII
 * letters only: pushed down when the compared text is ASCII (lower-cased on both sides; a stored non-ASCII letter
 * then differs from it on every database, as in Java) or has no letter with case (compared as is). A text with
 * other cased letters stays in Java, where no database's notion of case can differ.
 */
final class SegmentSql {

    private SegmentSql() {
    }

    /** The condition as SQL, or empty when a part of it cannot be. */
    static Optional<Condition> of(SegmentCondition condition) {
        if (condition instanceof SegmentCondition.And and) {
            return of(and.left()).flatMap(l -> of(and.right()).map(l::and));
        }
        if (condition instanceof SegmentCondition.Or or) {
            return of(or.left()).flatMap(l -> of(or.right()).map(l::or));
        }
        if (condition instanceof SegmentCondition.Not not) {
            return of(not.inner()).map(DSL::not);
        }
        Comparison c = (Comparison) condition;
        boolean eq = c.op() == Operator.EQ;
        return switch (c.field().field()) {
            case CONSENT_EMAIL -> Optional.of(bool(CUSTOMER_CONSENT_EMAIL, eq, (Boolean) c.value()));
            case CONSENT_PHONE -> Optional.of(bool(CUSTOMER_CONSENT_PHONE, eq, (Boolean) c.value()));
            case SOURCE -> text(CUSTOMER_ACQUISITION_SOURCE, (String) c.value()).map(t -> eq ? t : DSL.not(t));
            case ATTRIBUTE -> text(ATTRIBUTE_VALUE, (String) c.value()).map(t -> {
                // A customer without the attribute meets neither = nor != (a missing value compares false).
                Condition has = ATTRIBUTE_CUSTOMER.eq(CUSTOMER_ID).and(ATTRIBUTE_NAME.eq(c.field().attribute().orElseThrow()));
                return DSL.exists(DSL.selectOne().from(ATTRIBUTE).where(has).and(eq ? t : DSL.not(t)));
            });
            default -> Optional.empty();
        };
    }

    private static Condition bool(Field<Boolean> column, boolean eq, boolean value) {
        return eq ? column.eq(value) : column.ne(value);
    }

    private static Optional<Condition> text(Field<String> column, String value) {
        if (value.chars().allMatch(ch -> ch < 128)) {
            return Optional.of(DSL.lower(column).eq(value.toLowerCase(java.util.Locale.ROOT)));
        }
        boolean caseless = value.chars().allMatch(ch -> Character.toLowerCase(ch) == ch && Character.toUpperCase(ch) == ch);
        return caseless ? Optional.of(column.eq(value)) : Optional.empty();
    }
}
