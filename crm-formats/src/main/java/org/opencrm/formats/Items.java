package org.opencrm.formats;

import java.util.List;

/**
 * The one collection shape of every list, on the command line and over HTTP:
 * {@code {"items": [...], "nextCursor": ...}}. Short lists (a customer's purchases, the model fits) come whole,
 * with {@code nextCursor} null, so a client pages them all alike.
 */
public record Items<T>(List<T> items, String nextCursor) {

    public Items {
        items = List.copyOf(items);
    }

    /** A whole list: no next page. */
    public static <T> Items<T> all(List<T> items) {
        return new Items<>(items, null);
    }
}
