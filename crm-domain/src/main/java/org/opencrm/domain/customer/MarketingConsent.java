package org.opencrm.domain.customer;

/** Whether a customer agreed to be contacted for marketing, per channel. */
public record MarketingConsent(boolean email, boolean phone) {

    public static final MarketingConsent NONE = new MarketingConsent(false, false);
}
