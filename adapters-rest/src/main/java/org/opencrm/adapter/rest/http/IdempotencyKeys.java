package org.opencrm.adapter.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers the response to each POST sent with an {@code Idempotency-Key}, so a client that retries (after a
 * timeout, say) gets the first response again instead of a second record. Keys belong to the API key that
 * sent them; a key reused with a different body is refused (422); a retry arriving while the first request
 * still runs waits for its response. Kept in memory for {@link #TTL_NANOS}, by the serving process.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final long TTL_NANOS = 24L * 3600 * 1_000_000_000L;
    private static final int MAX_KEYS = 100_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** The response worth replaying: status, the headers a client acts on, and the entity. */
    private record Stored(int status, URI location, EntityTag tag, Object entity) {
        Response replay() {
            Response.ResponseBuilder r = Response.status(status).entity(entity).header(REPLAYED, "true");
            if (location != null) {
                r.location(location);
            }
            if (tag != null) {
                r.tag(tag);
            }
            return r.build();
        }
    }

    private record Entry(String fingerprint, CompletableFuture<Stored> response, long created) {
    }

    /**
     * Runs {@code work} once per ({@code owner}, {@code key}); later calls get its response. Without a key,
     * just runs it. {@code fingerprint} identifies the request body; an exception is not remembered, so the
     * client may retry.
     */
    public Response run(String owner, String key, String fingerprint, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("'Idempotency-Key' must be 1..255 visible ASCII characters");
        }
        String id = Objects.requireNonNullElse(owner, "") + "\u0000" + key;
        Entry mine = new Entry(fingerprint, new CompletableFuture<>(), System.nanoTime());
        evictIfFull();
        Entry first = entries.putIfAbsent(id, mine);
        if (first != null && System.nanoTime() - first.created() > TTL_NANOS && entries.replace(id, first, mine)) {
            first = null;
        }
        if (first != null) {
            if (!first.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException(key);
            }
            try {
                return first.response().join().replay();
            } catch (CompletionException failed) {
                return run(owner, key, fingerprint, work); // the first attempt failed and was forgotten: try again
            }
        }
        try {
            Response response = work.get();
            Stored stored = new Stored(response.getStatus(), response.getLocation(), response.getEntityTag(),
                    response.getEntity());
            mine.response().complete(stored);
            return response;
        } catch (RuntimeException | Error e) {
            entries.remove(id, mine);
            mine.response().completeExceptionally(e);
            throw e;
        }
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

    private void evictIfFull() {
        if (entries.size() < MAX_KEYS) {
            return;
        }
        long now = System.nanoTime();
        entries.values().removeIf(e -> now - e.created() > TTL_NANOS);
        Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
        while (entries.size() >= MAX_KEYS && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    /** 422: the same Idempotency-Key with a different request. */
    public static final class IdempotencyKeyReusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IdempotencyKeyReusedException(String key) {
            super("Idempotency-Key '" + key + "' was already used with a different request body; use a new key "
                    + "for a new request");
        }
    }
}
