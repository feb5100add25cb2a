package org.opencrm.adapter.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports as CSV ({@code Accept: text/csv} or {@code ?format=csv}): one of the report's lists as a table, the
 * one named by {@code ?section=} or else the first, one row per element, nested objects flattened into
 * dotted columns ({@code revenue.USD}). Built from the report's JSON form, so the columns are the JSON names.
 */
@Provider
@Produces(CsvReports.MEDIA_TYPE)
public final class CsvReports implements MessageBodyWriter<Object> {

    public static final String MEDIA_TYPE = "text/csv";

    private static final java.util.Set<String> MESSAGES = java.util.Set.of("warnings", "notes");

    @Context
    UriInfo uri;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && mediaType.isCompatible(MediaType.valueOf(MEDIA_TYPE));
    }

    @Override
    public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        JsonNode tree = Json.MAPPER.valueToTree(report);
        String wanted = uri == null ? null : uri.getQueryParameters().getFirst("section");
        List<String> sections = new ArrayList<>();
        tree.properties().forEach(e -> {
            // Warnings and notes are messages about the report, not rows of it.
            if (e.getValue().isArray() && !MESSAGES.contains(e.getKey())) {
                sections.add(e.getKey());
            }
        });
        List<Map<String, String>> rows = new ArrayList<>();
        if (wanted != null && !sections.contains(wanted)) {
            throw new BadRequestException("'section' must be one of " + sections + ", got '" + wanted + "'");
        }
        String section = wanted != null ? wanted : sections.isEmpty() ? null : sections.get(0);
        if (section == null) {
            rows.add(flatten(tree));
        } else {
            tree.get(section).forEach(element -> rows.add(flatten(element)));
        }
        List<String> columns = new ArrayList<>();
        rows.forEach(r -> r.keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add));
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // Flushed, not closed: the container owns the response stream.
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text);
        csv.writeRecord(columns);
        for (Map<String, String> row : rows) {
            csv.writeRecord(columns.stream().map(c -> row.getOrDefault(c, "")).toList());
        }
        csv.flush();
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> row = new LinkedHashMap<>();
        flatten("", node, row);
        return row;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> row) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), row));
        } else if (node.isArray()) {
            row.put(prefix.isEmpty() ? "value" : prefix, node.toString()); // a nested list stays JSON in one cell
        } else if (!node.isNull()) {
            row.put(prefix.isEmpty() ? "value" : prefix, node.asText());
        } else {
            row.put(prefix, "");
        }
    }
}
