package org.opencrm.adapter.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.freva.asciitable.AsciiTable;
import com.github.freva.asciitable.HorizontalAlign;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.formats.ReportCsv;
import org.opencrm.formats.ReportJson;

/** Prints tables as aligned text or CSV, and any JSON-shaped value as pretty JSON. */
public final class Renderer {

    /** Made on first use: loading Jackson costs start-up time (docs/performance.md) that tables need not pay. */
    private static final class Json {
        static final ObjectMapper MAPPER = ReportJson.configure(new ObjectMapper())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    private Renderer() {
    }

    /** One or more tables as text, each under its title. */
    public static void table(PrintWriter out, List<TableView> tables) {
        boolean first = true;
        for (TableView t : tables) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(t.title());
            String[] header = t.columns().toArray(String[]::new);
            String[][] data = t.rows().stream().map(r -> r.toArray(String[]::new)).toArray(String[][]::new);
            com.github.freva.asciitable.Column[] columns = new com.github.freva.asciitable.Column[header.length];
            for (int i = 0; i < header.length; i++) {
                columns[i] = new com.github.freva.asciitable.Column().header(header[i])
                        .dataAlign(numeric(t, i) ? HorizontalAlign.RIGHT : HorizontalAlign.LEFT);
            }
            out.println(AsciiTable.getTable(AsciiTable.BASIC_ASCII_NO_DATA_SEPARATORS, columns, data));
        }
        out.flush();
    }

    /** One table as RFC 4180 CSV with a header row. */
    public static void csv(PrintWriter out, TableView table) {
        StringWriter buffer = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(buffer)) {
            csv.writeRecord(table.columns());
            for (List<String> row : table.rows()) {
                csv.writeRecord(row);
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print(buffer);
        out.flush();
    }

    /**
     * A report in its one CSV form ({@link ReportCsv}, the same columns and cells as over HTTP): {@code section}
     * names the list to print, null the first.
     */
    public static void reportCsv(PrintWriter out, Object report, String section) {
        try {
            ReportCsv.write(report, section, out, LineDelimiter.LF);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** A value (records, maps, lists) as indented JSON. */
    public static void json(PrintWriter out, Object value) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
        out.flush();
    }

    /**
     * A JSON object's fields in the order given ({@code Map.of} iterates in an order that changes from run to
     * run, and JSON output must be the same every time): name, value, name, value, ...
     */
    public static Map<String, Object> fields(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in name and value pairs");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** A number with a fixed count of decimals, the same on every locale. */
    public static String fixed(double value, int decimals) {
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A share (0.2060) as people read it (20.6%). */
    public static String percent(java.math.BigDecimal share) {
        return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** An exact amount as a plain decimal, without its currency (which the column's name carries). */
    public static String amount(org.opencrm.domain.money.Money money) {
        return money.amount().toPlainString();
    }

    /** A money column's name with the currency it is in: {@code clv_USD}, as the lifecycle CSV names revenue. */
    public static String moneyColumn(String name, java.util.Currency currency) {
        return name + "_" + currency.getCurrencyCode();
    }

    /** A share as a fraction for machines (0.2060) or a percentage for people (20.6%). */
    public static String share(java.math.BigDecimal share, boolean forMachines) {
        return forMachines ? share.toPlainString() : percent(share);
    }

    /** Report warnings (a stale model fit, say) on standard error, where they do not spoil machine output. */
    public static void warnings(PrintWriter err, List<String> warnings) {
        warnings.forEach(w -> err.println("crm: warning: " + w));
        err.flush();
    }

    /** Which fit a report used: "mbgnbd calibrated to 1998-06-30, fitted 2026-12-04T15:01:02Z". */
    public static String fit(org.opencrm.domain.value.clv.FittedModel m) {
        return m.kind().code() + " calibrated to " + m.calibrationEnd() + ", fitted " + m.fittedAt();
    }

    private static boolean numeric(TableView t, int column) {
        return !t.rows().isEmpty() && t.rows().stream().allMatch(r -> r.get(column).matches("-?[0-9][0-9.,]*%?"));
    }
}
