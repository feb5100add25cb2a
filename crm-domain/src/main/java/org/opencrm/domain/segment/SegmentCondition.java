package org.opencrm.domain.segment;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed segment condition: comparisons of {@link SegmentFacts} joined by and, or and not. A comparison on a
 * value the customer lacks (no tier before the value models are fitted, no RFM score before a purchase) is false,
 * so {@code not} of it is true: "not tier = risk" holds for a customer without a tier.
 */
public sealed interface SegmentCondition {

    boolean test(SegmentFacts facts);

    /** The fields the condition reads, so that only their data need be computed. */
    default Set<FieldRef> fields() {
        Set<FieldRef> fields = new LinkedHashSet<>();
        collect(fields);
        return fields;
    }

    void collect(Set<FieldRef> into);

    /** Both hold. */
    record And(SegmentCondition left, SegmentCondition right) implements SegmentCondition {
        @Override
        public boolean test(SegmentFacts facts) {
            return left.test(facts) && right.test(facts);
        }

        @Override
        public void collect(Set<FieldRef> into) {
            left.collect(into);
            right.collect(into);
        }
    }

    /** Either holds. */
    record Or(SegmentCondition left, SegmentCondition right) implements SegmentCondition {
        @Override
        public boolean test(SegmentFacts facts) {
            return left.test(facts) || right.test(facts);
        }

        @Override
        public void collect(Set<FieldRef> into) {
            left.collect(into);
            right.collect(into);
        }
    }

    /** It does not hold. */
    record Not(SegmentCondition inner) implements SegmentCondition {
        @Override
        public boolean test(SegmentFacts facts) {
            return !inner.test(facts);
        }

        @Override
        public void collect(Set<FieldRef> into) {
            inner.collect(into);
        }
    }

    /** A field as written: {@code spend(90d)} carries its window, {@code attr.city} its attribute name. */
    record FieldRef(SegmentField field, Optional<Integer> windowDays, Optional<String> attribute) {
        public FieldRef {
            Objects.requireNonNull(field, "'field' must not be null");
        }

        @Override
        public String toString() {
            return field == SegmentField.ATTRIBUTE ? "attr." + attribute.orElse("")
                    : field.code() + windowDays.map(d -> "(" + d + "d)").orElse("");
        }
    }

    /** Comparison operators. */
    enum Operator {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(int comparison) {
            return switch (this) {
                case EQ -> comparison == 0;
                case NE -> comparison != 0;
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }
    }

    /** {@code field op value}; the parser has checked that the value suits the field. */
    record Comparison(FieldRef field, Operator op, Object value) implements SegmentCondition {
        public Comparison {
            Objects.requireNonNull(field, "'field' must not be null");
            Objects.requireNonNull(op, "'op' must not be null");
            Objects.requireNonNull(value, "'value' must not be null");
        }

        @Override
        public boolean test(SegmentFacts facts) {
            Optional<?> actual = facts.value(field);
            if (actual.isEmpty()) {
                return false;
            }
            Object a = actual.get();
            if (a instanceof BigDecimal number) {
                return op.holds(number.compareTo((BigDecimal) value));
            }
            if (a instanceof String text) {
                return op.holds(sameText(text, (String) value) ? 0 : 1);
            }
            return op.holds(a.equals(value) ? 0 : 1);
        }

        @Override
        public void collect(Set<FieldRef> into) {
            into.add(field);
        }

        /**
         * Equal ignoring the case of ASCII letters only; every other character compares as it is. A rule every
         * database can follow exactly (SQLite's lower() folds ASCII alone), so SQL and Java find the same members.
         */
        static boolean sameText(String a, String b) {
            if (a.length() != b.length()) {
                return false;
            }
            for (int i = 0; i < a.length(); i++) {
                char x = a.charAt(i);
                char y = b.charAt(i);
                if (x != y && (x >= 128 || y >= 128 || Character.toLowerCase(x) != Character.toLowerCase(y))) {
                    return false;
                }
            }
            return true;
        }
    }
}
