package org.opencrm.domain.customer;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** One way to reach a customer: an e-mail address, a phone number, a postal address. */
public record ContactPoint(Kind kind, String value) {

    /** The channel a contact point reaches. */
    public enum Kind { EMAIL, PHONE, ADDRESS }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{4,32}$");

    public ContactPoint {
        Objects.requireNonNull(kind, "'kind' must not be null");
        value = Text.required(kind.name().toLowerCase(Locale.ROOT), value, 320);
        switch (kind) {
            case EMAIL -> {
                if (!EMAIL.matcher(value).matches()) {
                    throw new IllegalArgumentException("'email' is not an e-mail address: '" + value + "'");
                }
                // Domain part is case-insensitive; keeping it lower-case makes e-mail a usable natural key.
                int at = value.lastIndexOf('@');
                value = value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
            }
            case PHONE -> {
                if (!PHONE.matcher(value).matches()) {
                    throw new IllegalArgumentException("'phone' is not a phone number: '" + value + "'");
                }
            }
            case ADDRESS -> { }
        }
    }

    public static ContactPoint email(String address) {
        return new ContactPoint(Kind.EMAIL, address);
    }

    public static ContactPoint phone(String number) {
        return new ContactPoint(Kind.PHONE, number);
    }
}
