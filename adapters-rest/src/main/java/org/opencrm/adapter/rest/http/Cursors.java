package org.opencrm.adapter.rest.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Page cursors as clients see them: opaque (base64url of a versioned position), so clients pass them back
 * rather than build them, and one that was not handed out is refused with 400 instead of paging from nowhere.
 */
public final class Cursors {

    private static final String VERSION = "v1:";

    private Cursors() {
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position in a cursor from {@code parameter}; empty when none was given. */
    public static Optional<String> decode(String cursor, String parameter) {
        if (cursor == null) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(VERSION) && text.length() > VERSION.length()) {
                return Optional.of(text.substring(VERSION.length()));
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below, with the same message
        }
        throw new IllegalArgumentException("'" + parameter + "' is not a cursor this API gave out; pass back the "
                + "nextCursor of the previous page unchanged");
    }
}
