package org.opencrm.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;

/**
 * How the application's reports are written as JSON, on the command line ({@code --format json}) and over HTTP
 * alike, so both give the same document for the same store and parameters: ISO-8601 dates and instants, empty
 * optionals as null, money as {@link MoneyJson} writes it, models by their code ({@code mbgnbd}) and time units in
 * lower case, as the paths and options name them; stages, tiers and classes by their names ({@code AT_RISK}).
 */
public final class ReportJson {

    private ReportJson() {
    }

    /** Configures a mapper to write reports; callers add their own reading rules and layout. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        SimpleModule codes = new SimpleModule("crm-codes");
        // A model is named by its code everywhere: in paths (/models/mbgnbd), options and every document.
        codes.addSerializer(ModelKind.class, new ToStringSerializerBase(ModelKind.class) {
            @Override
            public String valueToString(Object value) {
                return ((ModelKind) value).code();
            }
        });
        codes.addSerializer(ModelTimeUnit.class, new ToStringSerializerBase(ModelTimeUnit.class) {
            @Override
            public String valueToString(Object value) {
                return ((ModelTimeUnit) value).name().toLowerCase(java.util.Locale.ROOT);
            }
        });
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .registerModule(MoneyJson.module())
                .registerModule(codes)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
