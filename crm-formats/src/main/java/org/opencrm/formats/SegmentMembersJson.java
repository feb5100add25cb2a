package org.opencrm.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.opencrm.application.port.in.segment.SegmentMembersUseCase;
import org.opencrm.domain.segment.SegmentFacts;

/**
 * A segment's members as of a date, as {@code crm segments members --format json} and the API write them: each
 * with the facts the condition read (the others left out).
 */
public record SegmentMembersJson(SegmentJson segment, LocalDate asOf,
                                 @Schema(description = "customers registered by the date") long base,
                                 long count, List<Member> members, List<String> notes) {

    /** One member and the facts it was judged on; money in the store's currency. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Member(String customerId, String name, String stage, String tier, String loyalty, String rfm,
                         String rfmSegment, Double probabilityAlive, BigDecimal clv,
                         @Schema(description = "purchase days and spend per window, keyed by its days")
                         Map<Integer, Window> windows) {
    }

    /** Days with a purchase and spend in a window. */
    public record Window(long purchaseDays, BigDecimal spend) {
    }

    public static SegmentMembersJson of(SegmentMembersUseCase.Members m) {
        return new SegmentMembersJson(SegmentJson.of(m.segment()), m.asOf(), m.base(), m.members().size(),
                m.members().stream().map(SegmentMembersJson::member).toList(), m.notes());
    }

    private static Member member(SegmentFacts f) {
        Map<Integer, Window> windows = new TreeMap<>();
        f.windows().forEach((days, w) -> windows.put(days, new Window(w.purchaseDays(), w.spend())));
        return new Member(f.customer().id().value(), f.customer().name(), code(f.stage().orElse(null)),
                code(f.tier().orElse(null)), code(f.loyalty().orElse(null)), f.rfm().map(r -> r.code()).orElse(null),
                f.rfmSegment().orElse(null),
                f.probabilityAlive().isPresent() ? Math.round(f.probabilityAlive().getAsDouble() * 10_000) / 10_000.0
                        : null, f.clv().orElse(null), windows.isEmpty() ? null : windows);
    }

    private static String code(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
