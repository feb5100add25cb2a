package org.opencrm.adapter.persistence.jooq;

import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_SEQ;

import org.jooq.DSLContext;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.domain.customer.CustomerId;

/** The surrogate key fact tables hold for a customer; an unknown customer is refused by id. */
final class CustomerSeq {

    private CustomerSeq() {
    }

    static long of(DSLContext dsl, CustomerId customer) {
        Long seq = dsl.select(CUSTOMER_SEQ).from(CUSTOMER).where(CUSTOMER_ID.eq(customer.value())).fetchOne(CUSTOMER_SEQ);
        if (seq == null) {
            throw new CustomerNotFoundException(customer.value());
        }
        return seq;
    }
}
