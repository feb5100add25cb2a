package org.opencrm.adapter.rest.paging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Page cursors as clients see them: opaque (base64url of a versioned position) and signed, so clients pass them
 * back rather than build them; one that was not handed out (or altered, or absurdly long) is refused with 400
 * instead of paging from somewhere the server never said. The key lives as long as the server: a cursor from
 * before a restart is refused and the client starts again from the first page.
 */
public final class Cursors {

    private static final String VERSION = "v2:";
    private static final int MAX_LENGTH = 512;
    private static final byte[] KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(KEY);
    }

    private Cursors() {
    }

    public static String encode(String position) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString((VERSION + position).getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(mac(position));
    }

    /** The position in a cursor from {@code parameter}; empty when none was given. */
    public static Optional<String> decode(String cursor, String parameter) {
        if (cursor == null) {
            return Optional.empty();
        }
        try {
            int dot = cursor.indexOf('.');
            if (cursor.length() <= MAX_LENGTH && dot > 0) {
                String text = new String(Base64.getUrlDecoder().decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
                byte[] signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
                if (text.startsWith(VERSION) && text.length() > VERSION.length()) {
                    String position = text.substring(VERSION.length());
                    if (MessageDigest.isEqual(signature, mac(position))) {
                        return Optional.of(position);
                    }
                }
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below, with the same message
        }
        throw new IllegalArgumentException("'" + parameter + "' is not a cursor this API gave out; pass back the "
                + "nextCursor of the previous page unchanged");
    }

    private static byte[] mac(String position) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(position.getBytes(StandardCharsets.UTF_8)), 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java: " + e.getMessage(), e);
        }
    }
}
