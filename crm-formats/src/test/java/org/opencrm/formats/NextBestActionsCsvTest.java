package org.opencrm.formats;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.money.Money;

class NextBestActionsCsvTest {

    private static NextBestActionsJson.PlannedActionJson action(String customer, int rank, String subject,
                                                                Map<String, String> figures) {
        return new NextBestActionsJson.PlannedActionJson(customer, rank, "cross-sell", subject, "bought A, \"B\" next",
                0.0962, Money.of("10.91", "USD"), Money.of("1.05", "USD"), Money.of("1.00", "USD"), rank < 2,
                figures);
    }

    @Test
    void theRowsAreTheOnesTheGenericReportCsvMakesOfTheActions() throws Exception {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("confidence", "0.40");
        first.put("lift", "1.25");
        Map<String, String> second = new LinkedHashMap<>();
        second.put("p_alive", "0.91");
        second.put("lift", "2.00");
        NextBestActionsJson plan = new NextBestActionsJson(LocalDate.of(2024, 12, 31), "all", null,
                List.of(new NextBestActionsJson.PlannedCustomerJson("c-1", "major", Money.of("28.00", "USD"), 2)),
                List.of(action("c-1", 1, "sku-1", first), action("c-1", 2, null, Map.of()),
                        action("c-2", 1, "sku-2", second)), List.of());
        StringWriter generic = new StringWriter();
        ReportCsv.write(plan, "actions", generic, LineDelimiter.LF);
        StringWriter direct = new StringWriter();
        NextBestActionsCsv.write(plan, direct, LineDelimiter.LF);
        assertThat(direct.toString()).isEqualTo(generic.toString());
        assertThat(direct.toString().lines().findFirst().orElseThrow()).endsWith(
                "withinBudget,figures.confidence,figures.lift,figures.p_alive");
    }
}
