package org.opencrm.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.opencrm.application.port.in.report.MoneyTotals;
import org.opencrm.domain.money.Money;

/**
 * The product's one JSON shape for money, on the command line and over HTTP alike: an object from ISO currency
 * code to the exact amount as a decimal string, {@code {"USD":"1069356.50"}}; an amount in one currency is an
 * object with one entry, so a reader handles single amounts and totals the same way.
 */
public final class MoneyJson {

    private MoneyJson() {
    }

    /** Serializers for {@link Money} and {@link MoneyTotals}; register on every mapper that writes reports. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("crm-money");
        module.addSerializer(Money.class, new JsonSerializer<>() {
            @Override
            public void serialize(Money value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeStartObject();
                json.writeStringField(value.currency().getCurrencyCode(), value.amount().toPlainString());
                json.writeEndObject();
            }
        });
        module.addSerializer(MoneyTotals.class, new JsonSerializer<>() {
            @Override
            public void serialize(MoneyTotals value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeStartObject();
                for (Map.Entry<String, BigDecimal> e : value.byCurrency().entrySet()) {
                    json.writeStringField(e.getKey(), e.getValue().toPlainString());
                }
                json.writeEndObject();
            }
        });
        return module;
    }
}
