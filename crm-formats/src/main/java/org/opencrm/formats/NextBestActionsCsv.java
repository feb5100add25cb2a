package org.opencrm.formats;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        // A whole base's plan runs to hundreds of thousands of rows: each column's place is looked up once per
        // name (figures) or currency (money), not searched for on every row.
        Map<String, Integer> figures = new LinkedHashMap<>();
        Map<String, Integer> money = new LinkedHashMap<>();
        Map<Currency, int[]> moneyColumns = new HashMap<>();
        for (NextBestActionsJson.PlannedActionJson a : plan.actions()) {
            a.figures().keySet().forEach(f -> figures.putIfAbsent(f, figures.size()));
            moneyColumns(a, money, moneyColumns);
        }
        List<String> header = new ArrayList<>(FIXED);
        // The money columns sit where the JSON has them, before withinBudget; a second currency would add its own.
        header.addAll(money.keySet());
        header.add("withinBudget");
        figures.keySet().forEach(f -> header.add("figures." + f));
        CsvWriter csv = CsvWriter.builder().lineDelimiter(lineEnd).build(out);
        csv.writeRecord(header);
        String[] row = new String[header.size()];
        int figuresAt = FIXED.size() + money.size() + 1;
        for (NextBestActionsJson.PlannedActionJson a : plan.actions()) {
            java.util.Arrays.fill(row, "");
            row[0] = a.customerId();
            row[1] = Integer.toString(a.rank());
            row[2] = a.action();
            row[3] = a.subject() == null ? "" : a.subject();
            row[4] = a.reason();
            row[5] = Double.toString(a.responseProbability());
            int[] at = moneyColumns(a, money, moneyColumns);
            row[FIXED.size() + at[0]] = amount(a.valueAtStake());
            row[FIXED.size() + at[1]] = amount(a.expectedValue());
            row[FIXED.size() + at[2]] = amount(a.cost());
            row[FIXED.size() + money.size()] = Boolean.toString(a.withinBudget());
            a.figures().forEach((f, v) -> row[figuresAt + figures.get(f)] = v == null ? "" : v);
            csv.writeRecord(row);
        }
        csv.flush();
    }

    /**
     * The money columns (value at stake, expected value, cost) of an action, adding those of currencies not seen
     * before to {@code money} in the order they first appear.
     */
    private static int[] moneyColumns(NextBestActionsJson.PlannedActionJson a, Map<String, Integer> money,
                                      Map<Currency, int[]> known) {
        Currency c = a.valueAtStake().currency();
        if (c.equals(a.expectedValue().currency()) && c.equals(a.cost().currency()) && known.containsKey(c)) {
            return known.get(c);
        }
        int[] at = new int[3];
        List<String> names = List.of(column("valueAtStake", a.valueAtStake()), column("expectedValue",
                a.expectedValue()), column("cost", a.cost()));
        for (int i = 0; i < 3; i++) {
            at[i] = money.computeIfAbsent(names.get(i), n -> money.size());
        }
        if (c.equals(a.expectedValue().currency()) && c.equals(a.cost().currency())) {
            known.put(c, at);
        }
        return at;
    }

    private static String column(String name, Money m) {
        return name + "." + m.currency().getCurrencyCode();
    }

    private static String amount(Money m) {
        return m.amount().toPlainString();
    }
}
