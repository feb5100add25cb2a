package org.opencrm.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.report.SegmentOption;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.campaign.CampaignReportUseCase;
import org.opencrm.application.port.in.report.RunReportBatchUseCase;
import org.opencrm.application.port.in.segment.FindSegmentsUseCase;
import org.opencrm.formats.ReportHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code crm report all}: here, not with the other reports, because it runs them through {@link CrmCli}. */
@Command(name = "all", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Every report as of one date in one document: with --format html a self-contained report book "
                + "(charts, sortable tables; --output, default report-all-DATE.html; --locale for the language and "
                + "numbers), with --format json one object holding each report's JSON by name. A report that cannot "
                + "be computed (no value fits, no rules mined) is kept as a section saying why.")
public final class AllReportsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentOption segment;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Report date (default: today).")
    LocalDate asOf;

    private final CampaignReportUseCase campaigns;
    private final RunReportBatchUseCase batch;
    private final FindSegmentsUseCase segments;

    @Inject
    public AllReportsCommand(CampaignReportUseCase campaigns, RunReportBatchUseCase batch,
                             FindSegmentsUseCase segments) {
        this.campaigns = Objects.requireNonNull(campaigns);
        this.batch = Objects.requireNonNull(batch);
        this.segments = Objects.requireNonNull(segments);
    }

    @Override
    public Integer call() {
        OutputFormat format = GlobalOptions.format(spec);
        if (format != OutputFormat.HTML && format != OutputFormat.JSON) {
            throw new CommandLine.ParameterException(spec.commandLine(), "crm report all writes --format html or json");
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        String date = day.toString();
        List<String[]> runs = new ArrayList<>(List.of(
                new String[] {"lifecycle", "--as-of", date}, new String[] {"rfm", "--as-of", date},
                new String[] {"value", "--as-of", date}, new String[] {"churn", "--as-of", date},
                new String[] {"tiers", "--from", day.minusYears(1).toString(), "--to", date},
                new String[] {"loyalty", "--as-of", date}, new String[] {"value-types", "--as-of", date},
                new String[] {"surveys", "--as-of", date}, new String[] {"complaints", "--as-of", date},
                new String[] {"quality", "--as-of", date}, new String[] {"6i", "--as-of", date},
                new String[] {"acquisition", "--as-of", date}, new String[] {"prospects", "--as-of", date},
                new String[] {"rules", "--as-of", date}));
        segment.get().ifPresent(name -> segments.find(name, Optional.empty())); // an unknown one: exit 4, no book
        // A segment's book: every report of the base counts its members (rules and campaigns are their own).
        segment.get().ifPresent(name -> runs.replaceAll(run -> run[0].equals("rules") ? run
                : Stream.concat(Arrays.stream(run), Stream.of("--segment", name)).toArray(String[]::new)));
        campaigns.campaigns().stream().filter(c -> !c.startedOn().isAfter(day))
                .forEach(c -> runs.add(new String[] {"campaign", c.id().value()}));
        List<ReportHtml.Section> sections = new ArrayList<>();
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        batch.run(day, () -> {
            runs.forEach(run -> sections.add(run(run)));
            return null;
        });
        for (ReportHtml.Section s : sections) {
            String key = s.heading().isEmpty() ? s.name() : s.name() + ":" + s.heading();
            if (s.error() == null) {
                all.set(key, s.report());
            } else {
                all.putObject(key).put("error", s.error());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Renderer.json(out, all);
            return ExitCodes.OK;
        }
        Path file = GlobalOptions.output(spec).orElseGet(() -> Path.of("report-all-" + date + ".html"));
        HtmlReports.write(file, sections, GlobalOptions.locale(spec));
        long failed = sections.stream().filter(s -> s.error() != null).count();
        out.printf("Wrote %s (%,d KB): %d reports, %d not computed%n", file, HtmlReports.size(file) / 1024,
                sections.size() - failed, failed);
        out.flush();
        return ExitCodes.OK;
    }

    /** One report, run as {@code crm --format json report ...} on this store, in this process. */
    private ReportHtml.Section run(String[] report) {
        List<String> args = new ArrayList<>(List.of("--format", "json", "--quiet"));
        String store = spec.root().findOption("--store").getValue();
        if (store != null) {
            args.add("--store=" + store);
        }
        args.add("report");
        args.addAll(List.of(report));
        String[] argv = args.toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CrmCli.forArguments(argv, spec.commandLine().getFactory(), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(argv);
        String name = report[0];
        if (code != 0) {
            String message = err.toString().lines().filter(l -> !l.isBlank()).findFirst().orElse("exit code " + code)
                    .replaceFirst("^crm: ", "");
            return ReportHtml.failed(name, name.equals("campaign") ? report[1] : "", message);
        }
        JsonNode tree = HtmlReports.read(out.toString());
        return ReportHtml.section(name, HtmlReports.heading(name, tree), tree);
    }
}
