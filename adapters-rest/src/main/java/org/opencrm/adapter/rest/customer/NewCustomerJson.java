package org.opencrm.adapter.rest.customer;

import java.util.Map;

/** The body of {@code POST /customers}: a name, and optionally e-mail, phone, external ids and attributes. */
public record NewCustomerJson(String name, String email, String phone, Map<String, String> externalIds,
                              Map<String, String> attributes) {
}
