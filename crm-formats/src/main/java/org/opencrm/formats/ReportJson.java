package org.opencrm.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * How the application's reports are written as JSON, on the command line ({@code --format json}) and over HTTP
 * alike, so both give the same document for the same store and parameters: ISO-8601 dates and instants, empty
 * optionals as null, money as {@link MoneyJson} writes it.
 */
public final class ReportJson {

    private ReportJson() {
    }

    /** Configures a mapper to write reports; callers add their own reading rules and layout. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .registerModule(MoneyJson.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
