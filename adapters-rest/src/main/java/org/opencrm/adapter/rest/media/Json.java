package org.opencrm.adapter.rest.media;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.opencrm.formats.MoneyJson;
import org.opencrm.formats.ReportJson;

/** The API's one JSON configuration: ISO-8601 instants, unknown fields refused, exact decimals, money as {@link MoneyJson} writes it. */
public final class Json {

    public static final ObjectMapper MAPPER = ReportJson.configure(new ObjectMapper())
            .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("crm-instants")
                    .addDeserializer(java.time.Instant.class, new Instants()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // {"name":"a","name":"b"}: which one did the client mean? Refused (400) rather than the last winning.
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Json() {
    }
}
