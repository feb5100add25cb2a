package org.opencrm.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report as CSV, for the command line and HTTP alike: one of the report's lists as a table (the section asked
 * for, or else the first), one row per element, nested objects flattened into dotted columns ({@code revenue.USD}).
 * Built from the report's JSON form, so the columns are the JSON names and the cells the JSON values.
 */
public final class ReportCsv {

    /** Warnings and notes are messages about the report, not rows of it. */
    private static final Set<String> MESSAGES = Set.of("warnings", "notes");
    /** Decimals keep their scale (a share of 0.7500 stays 0.7500), as in the JSON. */
    private static final ObjectMapper MAPPER = ReportJson.configure(new ObjectMapper())
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private ReportCsv() {
    }

    /** The sections {@code report} can be written as: the names of its lists, in the JSON's order. */
    public static List<String> sections(Object report) {
        return sections(MAPPER.valueToTree(report));
    }

    /**
     * Writes {@code section} of {@code report} (null: the first list; a report without lists: one row of its
     * fields) to {@code out}, lines ended by {@code lineEnd}; flushed, not closed.
     *
     * @throws IllegalArgumentException if the report has no such section (the message lists those it has)
     */
    public static void write(Object report, String section, Writer out, LineDelimiter lineEnd) throws IOException {
        JsonNode tree = MAPPER.valueToTree(report);
        List<String> sections = sections(tree);
        if (section != null && !sections.contains(section)) {
            throw new IllegalArgumentException("'section' must be one of " + sections + ", got '" + section + "'");
        }
        String chosen = section != null ? section : sections.isEmpty() ? null : sections.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        if (chosen == null) {
            rows.add(flatten(tree));
        } else {
            tree.get(chosen).forEach(element -> rows.add(flatten(element)));
        }
        List<String> columns = new ArrayList<>();
        rows.forEach(r -> r.keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add));
        // A null where other rows hold an object (no mean spend: no currency) is blank under the object's columns.
        columns.removeIf(c -> columns.stream().anyMatch(other -> other.startsWith(c + ".")));
        CsvWriter csv = CsvWriter.builder().lineDelimiter(lineEnd).build(out);
        csv.writeRecord(columns);
        for (Map<String, String> row : rows) {
            csv.writeRecord(columns.stream().map(c -> row.getOrDefault(c, "")).toList());
        }
        csv.flush();
    }

    private static List<String> sections(JsonNode tree) {
        List<String> sections = new ArrayList<>();
        tree.properties().forEach(e -> {
            if (e.getValue().isArray() && !MESSAGES.contains(e.getKey())) {
                sections.add(e.getKey());
            }
        });
        return sections;
    }

    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> row = new LinkedHashMap<>();
        flatten("", node, row);
        return row;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> row) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), row));
        } else if (node.isArray()) {
            row.put(prefix.isEmpty() ? "value" : prefix, node.toString()); // a nested list stays JSON in one cell
        } else if (!node.isNull()) {
            row.put(prefix.isEmpty() ? "value" : prefix, node.asText());
        } else {
            row.put(prefix, "");
        }
    }
}
