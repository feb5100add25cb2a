package org.opencrm.domain.value.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.PurchaseDays;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.money.Money;

/** The CDNOW sample (2,357 customers) as the tests need it: raw purchases per customer, and lifetimes' summary. */
public final class CdnowSample {

    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    /** One row of {@code cdnow_customers_summary.csv}: weeks rounded to 0.01. */
    record Row(int id, int x, double tx, double T) {
    }

    private CdnowSample() {
    }

    /** Purchases per sample customer id, in day order, from the raw log. */
    public static Map<Integer, List<PurchaseFact>> purchases() {
        Map<Integer, List<PurchaseFact>> byCustomer = new TreeMap<>();
        for (String line : lines("/cdnow/CDNOW_sample.txt")) {
            String[] f = line.strip().split("\\s+");
            if (f.length != 5) {
                continue;
            }
            LocalDate day = LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE);
            byCustomer.computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>())
                    .add(PurchaseFact.of(day, Money.of(new BigDecimal(f[4]), Money.currency("USD"))));
        }
        byCustomer.values().forEach(l -> l.sort((p, q) -> p.day().compareTo(q.day())));
        return byCustomer;
    }

    /** The summary file, by customer id. */
    static Map<Integer, Row> summaryCsv() {
        Map<Integer, Row> rows = new TreeMap<>();
        for (String line : lines("/cdnow/cdnow_customers_summary.csv")) {
            if (line.startsWith("ID")) {
                continue;
            }
            String[] f = line.strip().split(",");
            rows.put(Integer.parseInt(f[0]), new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
        return rows;
    }

    /** One customer's summary from their purchases in day order, through the reduction the stores use. */
    static Optional<PurchaseSummary> summary(List<PurchaseFact> purchases, LocalDate calibrationEnd, ModelTimeUnit unit) {
        return PurchaseDays.of(CustomerId.of("customer"), purchases, calibrationEnd)
                .map(days -> PurchaseSummary.of(days, calibrationEnd, unit));
    }

    /** (x, t_x, T) in exact weeks, built by the project's own summary builder from the raw log. */
    static SummaryTable exactWeeks() {
        List<PurchaseSummary> summaries = new ArrayList<>();
        purchases().values().forEach(p -> summaries.add(
                summary(p, CALIBRATION_END, ModelTimeUnit.WEEKS).orElseThrow()));
        return SummaryTable.of(summaries);
    }

    static SummaryTable csvWeeks() {
        List<Row> rows = new ArrayList<>(summaryCsv().values());
        int[] x = new int[rows.size()];
        double[] tx = new double[rows.size()];
        double[] T = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = rows.get(i).x();
            tx[i] = rows.get(i).tx();
            T[i] = rows.get(i).T();
        }
        return SummaryTable.of(x, tx, T);
    }

    private static List<String> lines(String resource) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CdnowSample.class.getResourceAsStream(resource), StandardCharsets.US_ASCII))) {
            return r.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
