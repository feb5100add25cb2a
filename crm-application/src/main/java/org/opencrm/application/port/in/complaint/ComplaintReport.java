package org.opencrm.application.port.in.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The complaint book as of a date: cases opened by then, still unresolved at its end, past their tier's deadline,
 * and the median resolution time of those resolved, in total and per relationship tier and category.
 */
public record ComplaintReport(LocalDate asOf, boolean tiered, ComplaintTotals total, List<ComplaintRow> rows) {

    public ComplaintReport {
        rows = List.copyOf(rows);
    }

    /** Counts and times of a set of cases; the median is absent (null) without a resolved case. */
    public record ComplaintTotals(long opened, long unresolved, long overdue, long resolved, Double medianResolutionHours,
                         BigDecimal resolvedWithinSla) {
    }

    /** One tier ("untiered" without value fits) and category. */
    public record ComplaintRow(String tier, String category, long slaHours, ComplaintTotals totals) {
    }
}
