package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.survey.SurveyReport;
import org.opencrm.application.port.in.survey.SurveyReportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm report surveys}: the NPS and the mean answers. */
@Command(name = "surveys", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "What customers said, as of a date, one voice per customer (their latest response by then): "
                + "the Net Promoter Score (promoters 9-10 minus detractors 0-6, in percent of those who answered the "
                + "recommend question) and, per question, how many answered and the mean answer.")
public final class SurveyReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentOption segment;

    @Mixin
    CsvSection section;

    @Mixin
    AsOfOption asOf;

    private final SurveyReportUseCase surveys;

    @Inject
    public SurveyReportCommand(SurveyReportUseCase surveys) {
        this.surveys = Objects.requireNonNull(surveys);
    }

    @Override
    public Integer call() {
        SurveyReport r = surveys.report(asOf.get(), segment.get());
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.reportCsv(out, r, section.name());
            case TABLE -> {
                SurveyReport.Nps nps = r.nps();
                out.printf(Locale.ROOT, "Surveys as of %s: %d respondents; NPS %s (%d promoters, %d passives, %d "
                                + "detractors of %d who answered the recommend question)%n%n", r.asOf(), r.respondents(),
                        nps.score() == null ? "no data" : Renderer.fixed(nps.score(), 1), nps.promoters(),
                        nps.passives(), nps.detractors(), nps.respondents());
                Renderer.table(out, List.of(new TableView("Questions", List.of("question", "scale", "answered", "mean"),
                        r.questions().stream().map(q -> List.of(q.question(), q.scale(), Long.toString(q.answered()),
                                q.mean() == null ? "no data" : Renderer.fixed(q.mean(), 2))).toList())));
            }
        }
        return ExitCodes.OK;
    }
}
