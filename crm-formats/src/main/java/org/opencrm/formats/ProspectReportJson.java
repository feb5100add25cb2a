package org.opencrm.formats;

import java.time.LocalDate;
import java.util.List;
import org.opencrm.application.port.in.acquisition.ProspectReportUseCase;

/** Prospects ranked, as {@code crm report prospects --format json} and {@code GET /reports/prospects} write them. */
public record ProspectReportJson(LocalDate asOf, long prospects, long bestCustomers, long otherCustomers,
                                 List<Prospect> top) {

    /** A prospect, its score (the sum of its features' weights of evidence) and the weightiest features. */
    public record Prospect(String customerId, String name, double score, List<Reason> reasons) {
    }

    /** A feature ({@code source=fair}, {@code city=上海}) and its weight of evidence. */
    public record Reason(String feature, double weight) {
    }

    public static ProspectReportJson of(ProspectReportUseCase.ProspectReport r) {
        return new ProspectReportJson(r.asOf(), r.prospects(), r.bestCustomers(), r.otherCustomers(), r.top().stream()
                .map(s -> new Prospect(s.customer().value(), s.name(), round(s.score()), s.reasons().stream()
                        .map(c -> new Reason(c.feature(), round(c.weight()))).toList())).toList());
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
