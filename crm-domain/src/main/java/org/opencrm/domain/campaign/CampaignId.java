package org.opencrm.domain.campaign;

import java.util.Objects;
import java.util.UUID;

/** Identity of a campaign. */
public record CampaignId(String value) implements Comparable<CampaignId> {

    public CampaignId {
        Objects.requireNonNull(value, "'campaignId' must not be null");
        value = value.strip();
        if (value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException("'campaignId' must be 1..64 characters: '" + value + "'");
        }
    }

    public static CampaignId of(String value) {
        return new CampaignId(value);
    }

    public static CampaignId random() {
        return new CampaignId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(CampaignId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
