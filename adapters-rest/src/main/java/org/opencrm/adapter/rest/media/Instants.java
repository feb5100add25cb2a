package org.opencrm.adapter.rest.media;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Instants as the API reads them, the same forms a CSV import takes: an ISO-8601 instant
 * ({@code 2026-11-23T10:15:30Z}), one with an offset ({@code +08:00}), or a bare date ({@code 2026-11-23}, the start
 * of that day in UTC). Numbers (epoch seconds or milliseconds: which?) are refused.
 */
final class Instants extends StdDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    Instants() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext context) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (Instant) context.handleUnexpectedToken(Instant.class, p);
        }
        String text = p.getText().strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant or date");
        }
    }
}
