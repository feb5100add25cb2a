package org.opencrm.application.service.access;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opencrm.application.error.ApiKeyNotFoundException;
import org.opencrm.application.port.in.access.AuthenticateUseCase;
import org.opencrm.application.port.in.access.CreateApiKeyUseCase;
import org.opencrm.application.port.in.access.ListApiKeysUseCase;
import org.opencrm.application.port.in.access.RevokeApiKeyUseCase;
import org.opencrm.application.port.out.ApiKeyRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.domain.access.ApiKey;
import org.opencrm.domain.access.ApiKeyId;
import org.opencrm.domain.access.ApiToken;

/**
 * Issues, lists, revokes and checks API keys. A checked token is remembered for a few seconds, so a busy
 * client costs one store read per key and interval rather than one per request: a key revoked by another
 * process stops working within {@link #REMEMBER_NANOS}; one revoked through this service stops at once.
 */
@Singleton
public class ApiKeyService implements CreateApiKeyUseCase, ListApiKeysUseCase, RevokeApiKeyUseCase, AuthenticateUseCase {

    static final long REMEMBER_NANOS = 5_000_000_000L;
    private static final int MAX_REMEMBERED = 10_000;
    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final ApiKeyRepository keys;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Optional<ApiKey> key, long until) {
    }

    @Inject
    public ApiKeyService(ApiKeyRepository keys, UnitOfWork unitOfWork, Clock clock) {
        this.keys = Objects.requireNonNull(keys);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public IssuedApiKey create(Command command) {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        ApiToken token = new ApiToken(ApiKeyId.of(id.toString()),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        ApiKey key = ApiKey.issue(token.keyId(), hash(token), command.name(), command.scopes(), clock.instant());
        unitOfWork.run(() -> keys.save(key));
        return new IssuedApiKey(key, token);
    }

    @Override
    public List<ApiKey> list() {
        return keys.findAll();
    }

    @Override
    public ApiKey revoke(ApiKeyId id) {
        ApiKey revoked = unitOfWork.inTransaction(() -> {
            ApiKey key = keys.findById(id).orElseThrow(() -> new ApiKeyNotFoundException(id.value()));
            ApiKey after = key.revoke(clock.instant());
            keys.save(after);
            return after;
        });
        remembered.clear();
        return revoked;
    }

    @Override
    public Optional<ApiKey> authenticate(String text) {
        Optional<ApiToken> token = ApiToken.parse(text == null ? null : text.strip());
        if (token.isEmpty()) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        Remembered seen = remembered.get(text);
        if (seen == null || now - seen.until() > 0) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear(); // a flood of made-up tokens must not grow the heap
            }
            String presented = hash(token.get());
            Optional<ApiKey> found = keys.findById(token.get().keyId()).filter(k -> k.active() && k.matches(presented));
            seen = new Remembered(found, now + REMEMBER_NANOS);
            remembered.put(text, seen);
        }
        return seen.key();
    }

    /**
     * The stored form of a token's secret: a SHA-256. The secret is 256 random bits, so a fast hash is enough (no
     * dictionary to guess from) and checking stays cheap per request.
     */
    static String hash(ApiToken token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.secret().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
