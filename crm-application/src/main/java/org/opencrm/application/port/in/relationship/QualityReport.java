package org.opencrm.application.port.in.relationship;

import java.time.LocalDate;
import java.util.List;

/**
 * The relationship quality index as of a date (0..100): the base's mean index and components, the index per
 * relationship tier and per lifecycle stage, and, when asked for one customer, theirs. A mean over no customer
 * with data is absent (null): "no data".
 */
public record QualityReport(LocalDate asOf, long customers, long withIndex, QualityComponents mean,
                            List<QualityGroupRow> byTier, List<QualityGroupRow> byStage, CustomerQualityRow customer) {

    public QualityReport {
        byTier = List.copyOf(byTier);
        byStage = List.copyOf(byStage);
    }

    /** Trust, satisfaction, commitment and commercial friendship on 0..100, and the index; null: no data. */
    public record QualityComponents(Double trust, Double satisfaction, Double commitment, Double commercialFriendship,
                             Double index) {
    }

    /** One tier or stage: its customers, how many have an index, and their mean index. */
    public record QualityGroupRow(String group, long customers, long withIndex, Double meanIndex) {
    }

    /** One customer's components and the data behind them. */
    public record CustomerQualityRow(String customerId, QualityComponents quality, String tier, String stage,
                                     int contactsInYear, String latestSurvey) {
    }
}
