package org.opencrm.adapter.rest.purchase;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.adapter.rest.http.Json;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.importing.SourcePosition;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.PurchaseId;

/**
 * {@code POST /purchases/import}: a bulk import of newline-delimited JSON, one purchase a line, streamed into
 * the same use case as {@code crm import purchases}: committed batches, purchase ids as idempotency keys, bad
 * lines rejected with line, field and reason while the rest is imported.
 */
@Path("/purchases/import")
@Produces(MediaType.APPLICATION_JSON)
public final class PurchaseImportResource {

    /** How many rejected lines the response lists; the counts are always complete. */
    static final int MAX_LISTED_REJECTS = 1000;
    private static final int BATCH = 10_000;

    private static final ObjectReader LINES = Json.MAPPER.readerFor(Line.class);

    /** One line of the body. */
    record Line(String purchaseId, String customerId, String customerName, Instant occurredAt, BigDecimal amount,
                String currency, String channel) {
    }

    private final ImportPurchasesUseCase importPurchases;

    public PurchaseImportResource(ImportPurchasesUseCase importPurchases) {
        this.importPurchases = Objects.requireNonNull(importPurchases);
    }

    @POST
    @Consumes({"application/x-ndjson", "application/jsonl"})
    public Map<String, Object> importLines(InputStream body, @QueryParam("source") String source,
                                           @QueryParam("unknownCustomers") @DefaultValue("register") String unknown) {
        ImportPurchasesUseCase.UnknownCustomers policy = switch (unknown.toLowerCase(Locale.ROOT)) {
            case "register" -> ImportPurchasesUseCase.UnknownCustomers.REGISTER;
            case "reject" -> ImportPurchasesUseCase.UnknownCustomers.REJECT;
            default -> throw new IllegalArgumentException("'unknownCustomers' must be register or reject, got '" + unknown + "'");
        };
        List<RejectedRow> rejects = new ArrayList<>();
        ImportSummary summary = importPurchases.importPurchases(new ImportPurchasesUseCase.Command(
                new Rows(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))),
                source == null || source.isBlank() ? ExternalId.DEFAULT_SOURCE : source, policy, BATCH,
                new ImportListener() {
                    @Override
                    public void rejected(RejectedRow row) {
                        if (rejects.size() < MAX_LISTED_REJECTS) {
                            rejects.add(row);
                        }
                    }
                }));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("read", summary.read());
        result.put("imported", summary.imported());
        result.put("duplicates", summary.duplicates());
        result.put("rejected", summary.rejected());
        result.put("customersRegistered", summary.customersCreated());
        result.put("rejects", rejects.stream().map(r -> Map.of("line", r.position().line(), "field", r.field(),
                "reason", r.reason())).toList());
        return result;
    }

    /** The body's lines as import rows, parsed one at a time as the importer asks for them. */
    private static final class Rows implements Iterator<ImportRow<ImportPurchasesUseCase.PurchaseRow>> {
        private final BufferedReader reader;
        private String next;
        private long line;

        Rows(BufferedReader reader) {
            this.reader = reader;
            advance();
        }

        private void advance() {
            try {
                do {
                    next = reader.readLine();
                    line++;
                } while (next != null && next.isBlank());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the request body: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public ImportRow<ImportPurchasesUseCase.PurchaseRow> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            SourcePosition at = new SourcePosition("request", line);
            String text = next;
            advance();
            try {
                Line l = LINES.readValue(text);
                require(l.purchaseId(), "purchaseId");
                require(l.customerId(), "customerId");
                require(l.occurredAt(), "occurredAt");
                require(l.amount(), "amount");
                Money amount = Money.of(l.amount().toPlainString(), l.currency() == null ? "USD" : l.currency());
                return new ImportRow.Parsed<>(at, new ImportPurchasesUseCase.PurchaseRow(PurchaseId.of(l.purchaseId()),
                        l.customerId(), Optional.ofNullable(l.customerName()), l.occurredAt(), amount,
                        Channel.of(l.channel()), List.of()));
            } catch (UnrecognizedPropertyException e) {
                return new ImportRow.Unparsed<>(new RejectedRow(at, e.getPropertyName(), "is not a field of a purchase"));
            } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
                String field = e.getPath().isEmpty() ? "line" : e.getPath().get(0).getFieldName();
                return new ImportRow.Unparsed<>(new RejectedRow(at, field, "has the wrong type"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return new ImportRow.Unparsed<>(new RejectedRow(at, "line", "is not JSON: " + e.getOriginalMessage()));
            } catch (IllegalArgumentException e) {
                return new ImportRow.Unparsed<>(RejectedRow.of(at, e));
            }
        }

        private static void require(Object value, String field) {
            if (value == null) {
                throw new IllegalArgumentException("'" + field + "' is required");
            }
        }
    }
}
