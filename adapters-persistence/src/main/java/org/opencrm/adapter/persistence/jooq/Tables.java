package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The schema of {@code db/migration}, as typed jOOQ names. Every field carries its Java type: untyped fields
 * happen to work on SQLite and fail on PostgreSQL.
 */
final class Tables {

    static final Table<Record> CUSTOMER = table(name("customer"));
    static final Field<Long> CUSTOMER_SEQ = field(name("customer", "seq"), Long.class);
    static final Field<String> CUSTOMER_ID = field(name("customer", "id"), String.class);
    static final Field<String> CUSTOMER_NAME = field(name("customer", "name"), String.class);
    static final Field<String> CUSTOMER_EMAIL = field(name("customer", "email"), String.class);
    static final Field<String> CUSTOMER_PHONE = field(name("customer", "phone"), String.class);
    static final Field<String> CUSTOMER_ADDRESS = field(name("customer", "address"), String.class);
    static final Field<Boolean> CUSTOMER_CONSENT_EMAIL = field(name("customer", "consent_email"), Boolean.class);
    static final Field<Boolean> CUSTOMER_CONSENT_PHONE = field(name("customer", "consent_phone"), Boolean.class);
    static final Field<String> CUSTOMER_ACQUISITION_SOURCE = field(name("customer", "acquisition_source"), String.class);
    static final Field<Long> CUSTOMER_ACQUISITION_COST_MINOR = field(name("customer", "acquisition_cost_minor"), Long.class);
    static final Field<String> CUSTOMER_ACQUISITION_COST_CURRENCY =
            field(name("customer", "acquisition_cost_currency"), String.class);
    static final Field<Long> CUSTOMER_CREATED_AT_MS = field(name("customer", "created_at_ms"), Long.class);

    static final Table<Record> EXTERNAL_ID = table(name("customer_external_id"));
    static final Field<String> EXTERNAL_ID_SOURCE = field(name("customer_external_id", "source"), String.class);
    static final Field<String> EXTERNAL_ID_VALUE = field(name("customer_external_id", "external_id"), String.class);
    static final Field<String> EXTERNAL_ID_CUSTOMER = field(name("customer_external_id", "customer_id"), String.class);

    static final Table<Record> ATTRIBUTE = table(name("customer_attribute"));
    static final Field<String> ATTRIBUTE_CUSTOMER = field(name("customer_attribute", "customer_id"), String.class);
    static final Field<String> ATTRIBUTE_NAME = field(name("customer_attribute", "name"), String.class);
    static final Field<String> ATTRIBUTE_VALUE = field(name("customer_attribute", "value"), String.class);

    static final Table<Record> PURCHASE = table(name("purchase"));
    static final Field<String> PURCHASE_ID = field(name("purchase", "id"), String.class);
    static final Field<Long> PURCHASE_CUSTOMER_SEQ = field(name("purchase", "customer_seq"), Long.class);
    static final Field<Long> PURCHASE_OCCURRED_AT_MS = field(name("purchase", "occurred_at_ms"), Long.class);
    static final Field<Long> PURCHASE_AMOUNT_MINOR = field(name("purchase", "amount_minor"), Long.class);
    static final Field<String> PURCHASE_CURRENCY = field(name("purchase", "currency"), String.class);
    static final Field<String> PURCHASE_CHANNEL = field(name("purchase", "channel"), String.class);
    static final Field<String> PURCHASE_CATEGORIES = field(name("purchase", "categories"), String.class);

    static final Table<Record> LINE = table(name("purchase_line"));
    static final Field<String> LINE_PURCHASE = field(name("purchase_line", "purchase_id"), String.class);
    static final Field<Integer> LINE_NO = field(name("purchase_line", "line_no"), Integer.class);
    static final Field<String> LINE_PRODUCT = field(name("purchase_line", "product_id"), String.class);
    static final Field<String> LINE_CATEGORY = field(name("purchase_line", "category"), String.class);
    static final Field<Integer> LINE_QUANTITY = field(name("purchase_line", "quantity"), Integer.class);
    static final Field<Long> LINE_UNIT_PRICE_MINOR = field(name("purchase_line", "unit_price_minor"), Long.class);
    static final Field<Long> LINE_LIST_PRICE_MINOR = field(name("purchase_line", "list_price_minor"), Long.class);
    /** The line's purchase's customer key, time and currency, kept on the line for scans in customer order. */
    static final Field<Long> LINE_CUSTOMER_SEQ = field(name("purchase_line", "customer_seq"), Long.class);
    static final Field<Long> LINE_OCCURRED_AT_MS = field(name("purchase_line", "occurred_at_ms"), Long.class);
    static final Field<String> LINE_CURRENCY = field(name("purchase_line", "currency"), String.class);

    private Tables() {
    }
}
