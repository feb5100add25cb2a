package org.opencrm.domain.identity;

/**
 * How many of each kind of fact a merge moved from the absorbed record to the survivor. Campaign memberships
 * count those moved; one in a campaign the survivor is in already is dropped (the survivor's own stays).
 */
public record MovedFacts(long purchases, long interactions, long complaints, long followUps, long surveyResponses,
                         long externalIds, long campaignMemberships) {

    public static final MovedFacts NONE = new MovedFacts(0, 0, 0, 0, 0, 0, 0);

    /** A merge of a record in no campaign. */
    public MovedFacts(long purchases, long interactions, long complaints, long followUps, long surveyResponses,
                      long externalIds) {
        this(purchases, interactions, complaints, followUps, surveyResponses, externalIds, 0);
    }

    public MovedFacts {
        if (purchases < 0 || interactions < 0 || complaints < 0 || followUps < 0 || surveyResponses < 0
                || externalIds < 0 || campaignMemberships < 0) {
            throw new IllegalArgumentException("moved fact counts must not be negative");
        }
    }

    public long total() {
        return purchases + interactions + complaints + followUps + surveyResponses + externalIds + campaignMemberships;
    }
}
