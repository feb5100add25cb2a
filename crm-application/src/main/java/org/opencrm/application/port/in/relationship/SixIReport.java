package org.opencrm.application.port.in.relationship;

import java.time.LocalDate;
import java.util.List;

/**
 * The 6I scorecard as of a date, of the portfolio or of one customer ({@code customerId} null for the
 * portfolio): each I with what it means, how it is measured, the score (null: no data) and the data behind it.
 */
public record SixIReport(LocalDate asOf, String customerId, long customers, List<PrincipleRow> scores) {

    public SixIReport {
        scores = List.copyOf(scores);
    }

    /** One I: {@code customersWithData} is how many customers the portfolio score averages (1 or 0 for one customer). */
    public record PrincipleRow(String principle, String meaning, String measure, Double score, long customersWithData,
                      String basis) {
    }
}
