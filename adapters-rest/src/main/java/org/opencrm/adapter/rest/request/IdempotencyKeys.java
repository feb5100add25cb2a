package org.opencrm.adapter.rest.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.opencrm.adapter.rest.media.Json;
import org.opencrm.application.error.IdempotencyKeyReusedException;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase.Mode;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase.Outcome;

/**
 * Answers each POST sent with an {@code Idempotency-Key} once, so a client that retries (after a timeout, say)
 * gets the first response again instead of a second record. Keys belong to the API key that sent them; a key
 * reused with a different body is refused (422). Answers are remembered in the store, for a day, through the
 * application's {@link IdempotentRequestUseCase}, so a retry to a restarted server is answered alike; a retry
 * arriving while the first request still runs in this process waits for its answer.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotentRequestUseCase requests;
    /**
     * The requests of this process still running, by key: a retry that arrives meanwhile waits for the first's
     * answer instead of running beside it. Finished ones leave; the store answers their retries.
     */
    private final ConcurrentHashMap<String, Entry> running = new ConcurrentHashMap<>();

    public IdempotencyKeys(IdempotentRequestUseCase requests) {
        this.requests = Objects.requireNonNull(requests);
    }

    private record Entry(String fingerprint, CompletableFuture<HttpAnswer> answer) {
    }

    /** What a response says that a replay must say again; the store keeps it as JSON, opaque to it. */
    private record HttpAnswer(int status, String location, String etag, String body) {
    }

    /**
     * Runs {@code work} once per ({@code owner}, {@code key}); later calls get its response. Without a key,
     * just runs it. {@code fingerprint} identifies the request body; {@code mode} says how {@code work} writes;
     * an exception is not remembered, so the client may retry.
     */
    public Response run(String owner, String key, String fingerprint, Mode mode, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("'Idempotency-Key' must be 1..255 visible ASCII characters");
        }
        String id = Objects.requireNonNullElse(owner, "") + "\u0000" + key;
        Entry mine = new Entry(fingerprint, new CompletableFuture<>());
        Entry first = running.putIfAbsent(id, mine);
        if (first != null) {
            if (!first.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException(key);
            }
            try {
                return replay(first.answer().join());
            } catch (CompletionException failed) {
                return run(owner, key, fingerprint, mode, work); // the first attempt failed: not remembered
            }
        }
        try {
            Response[] fresh = new Response[1];
            Outcome outcome = requests.run(Objects.requireNonNullElse(owner, ""), key, fingerprint, mode, () -> {
                fresh[0] = work.get();
                return write(answer(fresh[0]));
            });
            HttpAnswer answer = read(outcome.answer());
            mine.answer().complete(answer);
            return outcome.replayed() ? replay(answer) : fresh[0];
        } catch (RuntimeException | Error e) {
            mine.answer().completeExceptionally(e);
            throw e;
        } finally {
            running.remove(id, mine);
        }
    }

    /** What a response says that a replay must say again: status, Location, ETag and the JSON body. */
    private static HttpAnswer answer(Response r) {
        Object entity = r.getEntity();
        String body;
        try {
            body = entity == null ? "" : entity instanceof String text ? text : Json.MAPPER.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot remember the response: " + e.getMessage(), e);
        }
        return new HttpAnswer(r.getStatus(), Optional.ofNullable(r.getLocation()).map(URI::toString).orElse(null),
                Optional.ofNullable(r.getEntityTag()).map(t -> (t.isWeak() ? "W/" : "") + "\"" + t.getValue() + "\"")
                        .orElse(null), body);
    }

    private static String write(HttpAnswer answer) {
        try {
            return Json.MAPPER.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot remember the response: " + e.getMessage(), e);
        }
    }

    private static HttpAnswer read(String stored) {
        try {
            return Json.MAPPER.readValue(stored, HttpAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a remembered response is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static Response replay(HttpAnswer a) {
        Response.ResponseBuilder r = Response.status(a.status()).header(REPLAYED, "true");
        if (a.body() != null && !a.body().isEmpty()) {
            r.entity(a.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        Optional.ofNullable(a.location()).map(URI::create).ifPresent(r::location);
        Optional.ofNullable(a.etag()).map(EntityTag::valueOf).ifPresent(r::tag);
        return r.build();
    }

    /** Who sent the request: keys of different API keys never collide. */
    public static String owner(SecurityContext security) {
        return security == null || security.getUserPrincipal() == null ? "" : security.getUserPrincipal().getName();
    }

    /** A digest of the request body's canonical JSON. */
    public static String fingerprint(Object body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Json.MAPPER.writeValueAsBytes(body)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot digest the request body: " + e.getMessage(), e);
        }
    }
}
