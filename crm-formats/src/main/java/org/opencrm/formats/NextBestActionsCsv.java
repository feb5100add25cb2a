package org.opencrm.formats;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opencrm.domain.money.Money;

/**
 * The actions of {@link NextBestActionsJson} as CSV, written straight from the records: the same columns and cells
 * {@link ReportCsv} makes of the {@code actions} list (figures in {@code figures.NAME} columns, in the order they
 * first appear; money in {@code NAME.CUR}), without building a JSON tree of a whole base's plans first.
 */
public final class NextBestActionsCsv {

    private static final List<String> FIXED = List.of("customerId", "rank", "action", "subject", "reason",
            "responseProbability");

    private NextBestActionsCsv() {
    }

    /** Writes the header and one row per action; flushed, not closed. */
    public static void write(NextBestActionsJson plan, Writer out, LineDelimiter lineEnd) throws IOException {
        Set<String> figures = new LinkedHashSet<>();
        List<String> money = new ArrayList<>();
        for (NextBestActionsJson.PlannedActionJson a : plan.actions()) {
            figures.addAll(a.figures().keySet());
            for (String column : List.of(column("valueAtStake", a.valueAtStake()), column("expectedValue",
                    a.expectedValue()), column("cost", a.cost()))) {
                if (!money.contains(column)) {
                    money.add(column);
                }
            }
        }
        List<String> header = new ArrayList<>(FIXED);
        // The money columns sit where the JSON has them, before withinBudget; a second currency would add its own.
        header.addAll(money);
        header.add("withinBudget");
        figures.forEach(f -> header.add("figures." + f));
        CsvWriter csv = CsvWriter.builder().lineDelimiter(lineEnd).build(out);
        csv.writeRecord(header);
        String[] row = new String[header.size()];
        for (NextBestActionsJson.PlannedActionJson a : plan.actions()) {
            java.util.Arrays.fill(row, "");
            row[0] = a.customerId();
            row[1] = Integer.toString(a.rank());
            row[2] = a.action();
            row[3] = a.subject() == null ? "" : a.subject();
            row[4] = a.reason();
            row[5] = Double.toString(a.responseProbability());
            row[FIXED.size() + money.indexOf(column("valueAtStake", a.valueAtStake()))] = amount(a.valueAtStake());
            row[FIXED.size() + money.indexOf(column("expectedValue", a.expectedValue()))] = amount(a.expectedValue());
            row[FIXED.size() + money.indexOf(column("cost", a.cost()))] = amount(a.cost());
            row[FIXED.size() + money.size()] = Boolean.toString(a.withinBudget());
            int at = FIXED.size() + money.size() + 1;
            int i = 0;
            for (String f : figures) {
                String v = a.figures().get(f);
                row[at + i++] = v == null ? "" : v;
            }
            csv.writeRecord(row);
        }
        csv.flush();
    }

    private static String column(String name, Money m) {
        return name + "." + m.currency().getCurrencyCode();
    }

    private static String amount(Money m) {
        return m.amount().toPlainString();
    }
}
