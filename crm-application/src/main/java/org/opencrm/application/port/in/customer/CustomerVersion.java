package org.opencrm.application.port.in.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.opencrm.domain.customer.Customer;

/**
 * A customer's version for optimistic concurrency (HTTP ETags): a digest of the whole profile, so any change
 * to it is a new version and no counter needs storing. Equal profiles have equal versions.
 */
public final class CustomerVersion {

    private CustomerVersion() {
    }

    public static String of(Customer customer) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(customer.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
