package org.opencrm.formats;

import org.opencrm.application.port.in.customer.CustomerProfile;

/** One customer on one screen: the customer and their standing, on the command line and over HTTP alike. */
public record CustomerProfileJson(CustomerJson customer, CustomerStandingJson standing) {

    public static CustomerProfileJson of(CustomerProfile profile) {
        return new CustomerProfileJson(CustomerJson.of(profile.customer()), CustomerStandingJson.of(profile));
    }
}
