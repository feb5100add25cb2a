package org.opencrm.adapter.rest.purchase;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.adapter.rest.media.Json;
import org.opencrm.adapter.rest.importing.BulkImport;
import org.opencrm.adapter.rest.importing.ImportResultJson;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.importing.SourcePosition;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.PurchaseId;

/**
 * {@code POST /purchases/import}: a bulk import of newline-delimited JSON, one purchase a line, streamed into
 * the same use case as {@code crm import purchases}: committed batches, purchase ids as idempotency keys, bad
 * lines rejected with line, field and reason while the rest is imported.
 */
@Tag(name = "purchases")
@Path("/purchases/import")
@Produces(MediaType.APPLICATION_JSON)
public final class PurchaseImportResource {

    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv";

    private static final ObjectReader LINES = Json.MAPPER.readerFor(Line.class);

    /** One line of the body. */
    record Line(String purchaseId, String customerExternalId, String customerName, Instant occurredAt, BigDecimal amount,
                String currency, String channel) {
    }

    private final ImportPurchasesUseCase importPurchases;
    private final BulkImport bulk;

    public PurchaseImportResource(ImportPurchasesUseCase importPurchases, BulkImport bulk) {
        this.importPurchases = Objects.requireNonNull(importPurchases);
        this.bulk = Objects.requireNonNull(bulk);
    }

    /**
     * NDJSON (one purchase a JSON object per line) or CSV with a header row in the columns of
     * {@code crm import purchases}, chosen by Content-Type.
     */
    @POST
    @Consumes({NDJSON, "application/jsonl", CSV})
    @Operation(operationId = "importPurchases", summary = "Bulk import of purchases (NDJSON or CSV), rejects listed by line",
            requestBody = @RequestBody(required = true, content = {
                @Content(mediaType = NDJSON, schema = @Schema(type = "string",
                        description = "one JSON object a line: purchaseId, customerExternalId (the customer's id in the source system), occurredAt, amount, currency, "
                                + "channel, customerName")),
                @Content(mediaType = CSV, schema = @Schema(type = "string",
                        description = "header row, then purchase_id, customer_id, occurred_at, amount, ..."))}))
    @ApiResponse(responseCode = "200", description = "What was imported, skipped as duplicates and rejected",
            content = @Content(schema = @Schema(implementation = ImportResultJson.class)))
    public Response importPurchases(@Parameter(hidden = true) InputStream body,
                                    @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String type,
                                    @QueryParam("source") String source,
                                    @QueryParam("unknownCustomers") @DefaultValue("register") String unknown,
                                    @QueryParam("currency") @DefaultValue("USD") String currency,
                                    @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                    @Context SecurityContext security) {
        Supplier<Iterator<ImportRow<ImportPurchasesUseCase.PurchaseRow>>> rows;
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith(CSV)) {
            String defaultCurrency = Money.currency(currency).getCurrencyCode();
            rows = () -> bulk.csv().purchases("request", body, defaultCurrency);
        } else {
            rows = () -> new Rows(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)), currency);
        }
        return run(rows, source, unknown, idempotencyKey, security);
    }

    /**
     * Imports the rows under the Idempotency-Key, if one is given: a replay returns the first summary without
     * reading its body (the purchase ids would make a second import store nothing anyway).
     */
    private Response run(Supplier<Iterator<ImportRow<ImportPurchasesUseCase.PurchaseRow>>> rows, String source,
                         String unknown, String idempotencyKey, SecurityContext security) {
        ImportPurchasesUseCase.UnknownCustomers policy = switch (unknown.toLowerCase(Locale.ROOT)) {
            case "register" -> ImportPurchasesUseCase.UnknownCustomers.REGISTER;
            case "reject" -> ImportPurchasesUseCase.UnknownCustomers.REJECT;
            default -> throw new IllegalArgumentException("'unknownCustomers' must be register or reject, got '" + unknown + "'");
        };
        String from = BulkImport.customerSource(source);
        return bulk.run(security, idempotencyKey, "import " + from + " " + policy, "purchases",
                listener -> importPurchases.importPurchases(
                        new ImportPurchasesUseCase.Command(rows.get(), from, policy, BulkImport.BATCH, listener)));
    }

    /** The body's lines as import rows, parsed one at a time as the importer asks for them. */
    private static final class Rows implements Iterator<ImportRow<ImportPurchasesUseCase.PurchaseRow>> {
        private final BufferedReader reader;
        private String next;
        private long line;
        private final String defaultCurrency;

        Rows(BufferedReader reader, String defaultCurrency) {
            this.reader = reader;
            this.defaultCurrency = defaultCurrency;
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
                require(l.customerExternalId(), "customerExternalId");
                require(l.occurredAt(), "occurredAt");
                require(l.amount(), "amount");
                Money amount = Money.of(l.amount(), Money.currency(l.currency() == null ? defaultCurrency : l.currency()));
                return new ImportRow.Parsed<>(at, new ImportPurchasesUseCase.PurchaseRow(PurchaseId.of(l.purchaseId()),
                        l.customerExternalId(), Optional.ofNullable(l.customerName()), l.occurredAt(), amount,
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
