package org.opencrm.adapter.cli.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.importing.SourcePosition;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.PurchaseRow;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.PurchaseId;

/**
 * Reads the CDNOW transaction log (whitespace-separated: customer id, YYYYMMDD, CDs, dollars) as purchase rows.
 *
 * <p>Purchase ids are built from customer, day and position within the day ({@code cdnow:00002:19970112:2}),
 * so they are stable across runs and loading the file twice stores it once.
 */
final class CdnowReader implements Iterator<ImportRow<PurchaseRow>> {

    static final String SOURCE = "cdnow";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final String name;
    private final BufferedReader reader;
    private String nextLine;
    private long lineNumber;
    private String previousDay = "";
    private int sameDay;

    CdnowReader(String name, InputStream in) {
        this.name = name;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        advance();
    }

    @Override
    public boolean hasNext() {
        return nextLine != null;
    }

    @Override
    public ImportRow<PurchaseRow> next() {
        if (nextLine == null) {
            throw new NoSuchElementException();
        }
        String line = nextLine;
        long number = lineNumber;
        advance();
        return parse(line, new SourcePosition(name, number));
    }

    private ImportRow<PurchaseRow> parse(String line, SourcePosition position) {
        String[] f = line.strip().split("\\s+");
        if (f.length != 4) {
            return new ImportRow.Unparsed<>(new RejectedRow(position, "row", "expected 4 fields, found " + f.length));
        }
        try {
            LocalDate day = LocalDate.parse(f[1], DAY);
            String customerDay = f[0] + ":" + f[1];
            sameDay = customerDay.equals(previousDay) ? sameDay + 1 : 1;
            previousDay = customerDay;
            return new ImportRow.Parsed<>(position, new PurchaseRow(PurchaseId.of("cdnow:" + customerDay + ":" + sameDay),
                    f[0], Optional.of("CDNOW customer " + f[0]), day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    Money.of(new BigDecimal(f[3]), Money.currency("USD")), Channel.of("online"), List.of()));
        } catch (RuntimeException e) {
            return new ImportRow.Unparsed<>(new RejectedRow(position, "row", e.getMessage()));
        }
    }

    private void advance() {
        try {
            do {
                nextLine = reader.readLine();
                lineNumber++;
            } while (nextLine != null && (nextLine.isBlank() || nextLine.contains("customer_id")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
