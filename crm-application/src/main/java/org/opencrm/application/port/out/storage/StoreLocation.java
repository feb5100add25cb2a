package org.opencrm.application.port.out.storage;

import java.util.Locale;
import java.util.Objects;

/** A store URI such as {@code sqlite:./crm.db} or {@code memory:}: a scheme that picks the plugin, and the rest. */
public record StoreLocation(String uri) {

    public static final String DEFAULT_URI = "sqlite:./crm.db";

    public StoreLocation {
        Objects.requireNonNull(uri, "'store' must not be null");
        uri = uri.strip();
        int colon = uri.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("'store' must look like SCHEME:REST (e.g. " + DEFAULT_URI
                    + " or memory:), got '" + uri + "'");
        }
    }

    public static StoreLocation of(String uri) {
        return new StoreLocation(uri);
    }

    /** The plugin scheme, lower case; {@code jdbc:x:...} URIs use {@code x}. */
    public String scheme() {
        String rest = uri.startsWith("jdbc:") ? uri.substring(5) : uri;
        int colon = rest.indexOf(':');
        return (colon < 0 ? rest : rest.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    /** What follows the scheme and its colon, e.g. the file path of an SQLite store. */
    public String schemeSpecificPart() {
        String rest = uri.startsWith("jdbc:") ? uri.substring(5) : uri;
        return rest.substring(rest.indexOf(':') + 1);
    }

    @Override
    public String toString() {
        return uri;
    }
}
