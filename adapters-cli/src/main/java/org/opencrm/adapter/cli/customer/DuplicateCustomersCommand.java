package org.opencrm.adapter.cli.customer;

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
import org.opencrm.application.port.in.customer.FindDuplicatesUseCase;
import org.opencrm.formats.DuplicatesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm customers duplicates}. */
@Command(name = "duplicates", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Lists pairs of customer records that may be one person, strongest first, each with the rule "
                + "and a score: the same e-mail after normalisation (1.0), the same phone in E.164 (0.95), or names "
                + "at least 85% alike in any script plus the same address or birth date (0.9 x similarity). Records "
                + "are compared only within blocking keys (e-mail, phone, the name's first letters), never all pairs.")
public final class DuplicateCustomersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--min-score", paramLabel = "0..1", defaultValue = "0.8",
            description = "Lowest score listed (default: ${DEFAULT-VALUE}).")
    double minScore;

    @Option(names = "--limit", defaultValue = "100", description = "Most pairs listed (default: ${DEFAULT-VALUE}).")
    int limit;

    private final FindDuplicatesUseCase duplicates;

    @Inject
    public DuplicateCustomersCommand(FindDuplicatesUseCase duplicates) {
        this.duplicates = Objects.requireNonNull(duplicates);
    }

    @Override
    public Integer call() {
        DuplicatesJson d = DuplicatesJson.of(duplicates.find(new FindDuplicatesUseCase.Query(minScore, limit)));
        PrintWriter out = spec.commandLine().getOut();
        TableView table = new TableView("Candidate duplicates", List.of("first_id", "first_name", "second_id",
                "second_name", "rule", "score", "evidence"), d.candidates().stream().map(c -> List.of(c.firstId(),
                c.firstName(), c.secondId(), c.secondName(), c.rule(), Renderer.fixed(c.score(), 3), c.evidence()))
                .toList());
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, d);
            case CSV -> Renderer.csv(out, table);
            case TABLE -> {
                out.printf(Locale.ROOT, "%d candidate pairs among %d customers (score >= %s)%s%n%n", d.pairs(),
                        d.customers(), Renderer.fixed(minScore, 2), d.skippedBlocks() == 0 ? ""
                                : "; " + d.skippedBlocks() + " blocks too large to compare were skipped");
                Renderer.table(out, List.of(table));
            }
        }
        return ExitCodes.OK;
    }
}
