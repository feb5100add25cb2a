package org.opencrm.adapter.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.PurchaseRow;
import org.opencrm.domain.purchase.PurchaseFact;

/** The bundled CDNOW master purchase history (see the README beside it). */
public final class DemoData {

    static final String FILE = "CDNOW_master.txt";

    private DemoData() {
    }

    /** The demo purchases per CDNOW customer id, in day order (days in UTC), read by the demo's own reader. */
    public static Map<String, List<PurchaseFact>> purchasesByCustomer() throws IOException {
        Map<String, List<PurchaseFact>> byCustomer = new TreeMap<>();
        try (InputStream in = open()) {
            new CdnowReader(FILE, in).forEachRemaining(row -> {
                if (row instanceof ImportRow.Parsed<PurchaseRow> parsed) {
                    PurchaseRow p = parsed.value();
                    byCustomer.computeIfAbsent(p.customerExternalId(), k -> new ArrayList<>()).add(
                            PurchaseFact.of(LocalDate.ofInstant(p.occurredAt(), ZoneOffset.UTC), p.amount()));
                }
            });
        }
        byCustomer.values().forEach(l -> l.sort(Comparator.comparing(PurchaseFact::day)));
        return byCustomer;
    }

    public static InputStream open() throws IOException {
        InputStream in = DemoData.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IOException("demo data missing from the jar: " + FILE);
        }
        return in;
    }
}
