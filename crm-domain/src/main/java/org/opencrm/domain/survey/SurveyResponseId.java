package org.opencrm.domain.survey;

import java.util.Objects;
import java.util.UUID;

/** Identity and idempotency key of a survey response: the survey tool's id or a generated UUID. */
public record SurveyResponseId(String value) implements Comparable<SurveyResponseId> {

    public SurveyResponseId {
        Objects.requireNonNull(value, "'responseId' must not be null");
        value = value.strip();
        if (value.isEmpty() || value.length() > 128) {
            throw new IllegalArgumentException("'responseId' must be 1..128 characters: '" + value + "'");
        }
    }

    public static SurveyResponseId of(String value) {
        return new SurveyResponseId(value);
    }

    public static SurveyResponseId random() {
        return new SurveyResponseId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(SurveyResponseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
