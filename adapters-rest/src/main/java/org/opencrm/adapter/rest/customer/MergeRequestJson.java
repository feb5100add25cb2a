package org.opencrm.adapter.rest.customer;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /customers/{id}/merge}: the record the path's customer absorbs. */
public record MergeRequestJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
        description = "id of the customer record merged into the path's customer") String absorbedId) {
}
