package org.opencrm.adapter.rest.exchange;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import de.siegmar.fastcsv.reader.CsvParseException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ParamException;
import org.opencrm.application.error.ApiKeyNotFoundException;
import org.opencrm.application.error.CrmException;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.error.FactNotFoundException;
import org.opencrm.application.error.DuplicateExternalIdException;
import org.opencrm.application.error.IdempotencyKeyReusedException;
import org.opencrm.application.error.IdConflictException;
import org.opencrm.application.error.ReportNotComputableException;
import org.opencrm.application.error.StaleVersionException;
import org.opencrm.application.error.StorageException;

/**
 * Turns every failure into a problem document with the right status: the client's mistakes as 4xx with what
 * and where, our own as a bare 500 whose details go to the log only. Never a stack trace on the wire.
 */
public final class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String TYPES = "https://opencrm.org/problems/";

    @Context
    UriInfo uri;

    /** One problem type per kind, whoever refuses: our resources and the container's routing alike. */
    private static final java.util.Map<Integer, String> KINDS = java.util.Map.of(404, "not-found",
            405, "method-not-allowed", 406, "not-acceptable", 415, "unsupported-media-type", 409, "conflict",
            412, "stale-version", 413, "too-large", 401, "unauthorized", 403, "forbidden");

    @Override
    public Response toResponse(Throwable e) {
        Problem p = problem(e, uri == null ? "" : "/" + uri.getPath(), RequestLog.currentId());
        Response.ResponseBuilder r = Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p);
        if (e instanceof WebApplicationException w && w.getResponse().getHeaderString("Allow") != null) {
            r.header("Allow", w.getResponse().getHeaderString("Allow")); // a 405 says what the route allows
        }
        return r.build();
    }

    public static Problem problem(Throwable e, String instance, String id) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof BodyLimit.TooLargeException) {
                return new Problem(TYPES + "too-large", "Payload too large", 413, c.getMessage(), instance, id, null);
            }
            if (c instanceof StreamConstraintsException limit) {
                // Jackson's own words name the limit ("nesting depth (1001) exceeds the maximum allowed (1000)").
                String what = String.valueOf(limit.getOriginalMessage());
                String detail = what.contains("nesting depth") ? "JSON nested deeper than 1000 levels, the limit"
                        : "JSON beyond the parser's limits: " + abbreviate(what);
                return new Problem(TYPES + "malformed-json", "Malformed JSON", 400, detail, instance, id, body(detail));
            }
            if (c instanceof java.io.CharConversionException || (c instanceof JsonParseException p
                    && String.valueOf(p.getOriginalMessage()).startsWith("Invalid UTF-8"))) {
                String detail = "the body is not valid UTF-8: " + abbreviate(String.valueOf(
                        c instanceof JsonParseException p ? p.getOriginalMessage() : c.getMessage()));
                return new Problem(TYPES + "malformed-json", "Malformed JSON", 400, detail, instance, id, body(detail));
            }
            if (c instanceof CsvParseException csv) {
                return new Problem(TYPES + "malformed-csv", "Malformed CSV", 400, abbreviate(csv.getMessage()), instance,
                        id, body(abbreviate(csv.getMessage())));
            }
            if (c instanceof java.time.DateTimeException && !(c instanceof java.time.format.DateTimeParseException)) {
                return invalid(instance, id, List.of(new Problem.FieldError("body", "a date or time beyond the range "
                        + "kept (years 1 to 9999): " + abbreviate(c.getMessage()))));
            }
        }
        if (e instanceof CustomerNotFoundException nf) {
            return new Problem(TYPES + "not-found", "Not found", 404, "no customer " + nf.key(), instance, id, null);
        }
        if (e instanceof StaleVersionException) {
            return new Problem(TYPES + "stale-version", "Precondition failed", 412, e.getMessage(), instance, id, null);
        }
        if (e instanceof IdConflictException) {
            return new Problem(TYPES + "conflict", "Conflict", 409, e.getMessage(), instance, id, null);
        }
        if (e instanceof DuplicateExternalIdException) {
            return new Problem(TYPES + "conflict", "Conflict", 409, e.getMessage(), instance, id, null);
        }
        if (e instanceof IdempotencyKeyReusedException) {
            return new Problem(TYPES + "idempotency-key-reused", "Idempotency key reused", 422, e.getMessage(),
                    instance, id, null);
        }
        if (e instanceof ApiKeyNotFoundException || e instanceof FactNotFoundException) {
            return new Problem(TYPES + "not-found", "Not found", 404, e.getMessage(), instance, id, null);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return invalid(instance, id, List.of(new Problem.FieldError(u.getPropertyName(),
                    "is not a field of this resource; known: " + u.getKnownPropertyIds().stream().map(Object::toString)
                            .sorted().collect(Collectors.joining(", ")))));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            // In the caller's terms: what the field must be, never the Java type behind it.
            return invalid(instance, id, List.of(new Problem.FieldError(path(m), "must be " + expected(m.getTargetType()))));
        }
        if (e instanceof JsonParseException j) {
            String detail = abbreviate(j.getOriginalMessage().split("\n")[0]) + location(j);
            return new Problem(TYPES + "malformed-json", "Malformed JSON", 400, detail, instance, id, body(detail));
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException cause) {
            return problem(cause, instance, id);
        }
        if (e instanceof IllegalArgumentException) {
            return invalid(instance, id, List.of(new Problem.FieldError(field(e.getMessage()), e.getMessage())));
        }
        if (e instanceof ParamException p) {
            // JAX-RS answers 404 for a query or path parameter that does not convert (?limit=abc): to a client
            // it is an invalid request naming the parameter, not a missing resource.
            Throwable cause = p.getCause();
            return invalid(instance, id, List.of(new Problem.FieldError(p.getParameterName(), "has the wrong type"
                    + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()))));
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() == 400) {
            return invalid(instance, id, List.of(new Problem.FieldError("request", abbreviate(w.getMessage()))));
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            String title = w.getResponse().getStatusInfo().getReasonPhrase();
            return new Problem(TYPES + KINDS.getOrDefault(status, "http-" + status), title, status, w.getMessage(),
                    instance, id, null);
        }
        if (e instanceof StorageException) {
            LOG.log(Level.SEVERE, "request " + id + ": store unavailable", e);
            return new Problem(TYPES + "store-unavailable", "Store unavailable", 503,
                    "the store could not be reached; try again", instance, id, null);
        }
        if (e instanceof CrmException) {
            return new Problem(TYPES + "refused", "Refused", 422, e.getMessage(), instance, id, null);
        }
        LOG.log(Level.SEVERE, "request " + id + " failed", e);
        return new Problem(TYPES + "internal", "Internal error", 500, "an unexpected error; quote request id " + id,
                instance, id, null);
    }

    /** What a JSON value of this Java type must look like, said as a client would. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == java.math.BigDecimal.class || type == double.class || type == Double.class) {
            return "a decimal number, e.g. \"12.50\"";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 instant or date, e.g. \"2026-11-23T10:15:30Z\" or \"2026-11-23\"";
        }
        if (type == java.time.LocalDate.class) {
            return "a date, YYYY-MM-DD";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "an object of strings";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** Every 400 lists what is wrong in {@code errors[]}; a body that does not parse is wrong as a whole. */
    private static List<Problem.FieldError> body(String reason) {
        return List.of(new Problem.FieldError("body", reason));
    }

    /** Never echo unbounded input back. */
    private static String abbreviate(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    private static Problem invalid(String instance, String id, List<Problem.FieldError> errors) {
        return new Problem(TYPES + "invalid", "Invalid request", 400, "the request has invalid fields", instance, id,
                errors);
    }

    /** Our domain checks name the field first, in quotes: "'name' must not be blank". */
    private static String field(String message) {
        if (message != null && message.startsWith("'")) {
            int end = message.indexOf('\'', 1);
            if (end > 1) {
                return message.substring(1, end);
            }
        }
        return "body";
    }

    private static String path(MismatchedInputException m) {
        String joined = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                : Integer.toString(r.getIndex())).collect(Collectors.joining("/"));
        return joined.isEmpty() ? "body" : joined;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }
}
