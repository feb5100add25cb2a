package org.opencrm.adapter.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.application.port.in.report.LifecycleReport;
import org.opencrm.application.port.in.report.MoneyTotals;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.lifecycle.ManagementPhase;

class LifecycleReportViewTest {

    private final LifecycleReport report = new LifecycleReport(LocalDate.of(2024, 12, 31), LocalDate.of(2023, 12, 31),
            "recency rule (no mbgnbd fit calibrated on or before 2024-12-31)", List.of(), 4,
            new MoneyTotals(Map.of("USD", new BigDecimal("10.30"), "EUR", new BigDecimal("0.10"))),
            List.of(new LifecycleReport.PhaseRow(ManagementPhase.RETENTION, 3, new BigDecimal("0.7500"),
                    new MoneyTotals(Map.of("USD", new BigDecimal("10.30"))))),
            List.of(new LifecycleReport.StageRow(LifecycleStage.ACTIVE, ManagementPhase.RETENTION, 3,
                            new BigDecimal("0.7500"), new MoneyTotals(Map.of("USD", new BigDecimal("10.30")))),
                    new LifecycleReport.StageRow(LifecycleStage.NEW, ManagementPhase.ACQUISITION, 1,
                            new BigDecimal("0.2500"), new MoneyTotals(Map.of("EUR", new BigDecimal("0.10"))))),
            List.of(new LifecycleReport.TransitionRow(Optional.empty(), LifecycleStage.PROSPECT, 2)),
            List.of(new LifecycleReport.ConversionRow(Optional.of(LifecycleStage.NEW), LifecycleStage.ACTIVE, 3,
                    new BigDecimal("1.0000"))));

    @Test
    void csvIsTheJsonOfOneSectionWithOneExactColumnPerCurrency() {
        assertThat(print(OutputFormat.CSV, "stages")).isEqualTo(
                "stage,phase,customers,share,revenue.USD,revenue.EUR\n"
                        + "ACTIVE,RETENTION,3,0.7500,10.30,\n"
                        + "NEW,ACQUISITION,1,0.2500,,0.10\n");
        assertThat(print(OutputFormat.CSV, "transitions")).isEqualTo("from,to,count\n,PROSPECT,2\n");
        assertThat(print(OutputFormat.CSV, null)).startsWith("phase,customers,share,revenue.USD\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> print(OutputFormat.CSV, "nope"))
                .hasMessage("'section' must be one of [phases, stages, transitions, conversions], got 'nope'");
    }

    @Test
    void jsonHasEveryStageAsAnObjectWithExactAmounts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(print(OutputFormat.JSON, "stages"));
        assertThat(json.get("stages").get(0).get("stage").asText()).isEqualTo("ACTIVE");
        assertThat(json.get("stages").get(0).get("phase").asText()).isEqualTo("RETENTION");
        assertThat(json.get("stages").get(0).get("customers").asLong()).isEqualTo(3);
        assertThat(json.get("stages").get(0).at("/revenue/USD").isTextual()).isTrue();
        assertThat(json.get("stages").get(0).at("/revenue/USD").asText()).isEqualTo("10.30");
        assertThat(json.get("transitions").get(0).get("from").isNull()).isTrue();
        assertThat(json.get("conversions").get(0).get("share").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void stageAndPhaseNamesShouldBeSpelledTheSameInTablesCsvAndJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(print(OutputFormat.JSON, "stages"));
        String table = print(OutputFormat.TABLE, "stages");
        String csv = print(OutputFormat.CSV, "stages");
        for (JsonNode stage : json.get("stages")) {
            assertThat(table).contains("| " + stage.get("stage").asText() + " ").contains("| " + stage.get("phase").asText() + " ");
            assertThat(csv).contains(stage.get("stage").asText() + "," + stage.get("phase").asText() + ",");
        }
    }

    @Test
    void tablesArePrintedForPeopleWithPercentages() {
        String text = print(OutputFormat.TABLE, "stages");
        assertThat(text).contains("Lifecycle report as of 2024-12-31 (period 2024-01-01 .. 2024-12-31): 4 customers")
                .contains("Churn signal: recency rule (no mbgnbd fit").contains("75.0%").contains("10.30 USD").contains("Conversion");
    }

    private String print(OutputFormat format, String section) {
        StringWriter out = new StringWriter();
        LifecycleReportView.print(new PrintWriter(out), format, report, section);
        return out.toString();
    }
}
