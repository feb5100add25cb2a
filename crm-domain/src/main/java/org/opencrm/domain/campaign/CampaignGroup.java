package org.opencrm.domain.campaign;

import java.util.Locale;

/** Whether a member was contacted or held out to show what would have happened without the campaign. */
public enum CampaignGroup {
    TREATED, CONTROL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CampaignGroup ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
