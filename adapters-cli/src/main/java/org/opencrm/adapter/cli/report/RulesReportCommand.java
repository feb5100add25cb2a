package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.recommendation.AssociationRulesReportUseCase;
import org.opencrm.formats.RuleSetJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm report rules}. */
@Command(name = "rules", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "The association rules stored by crm rules mine as of the latest date on or before the report "
                + "date, strongest first (lift, then confidence), each with support, confidence, lift and the basket "
                + "counts they come from. Exit code 5 when no rules were mined by the date.")
public final class RulesReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N",
            description = "How many rules to list (default: ${DEFAULT-VALUE}).")
    int top;

    private final AssociationRulesReportUseCase rules;

    @Inject
    public RulesReportCommand(AssociationRulesReportUseCase rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    @Override
    public Integer call() {
        if (top < 1) {
            throw new IllegalArgumentException("'--top' must be at least 1, got " + top);
        }
        RuleSetJson r = RuleSetJson.of(rules.rules(asOf.get()), top);
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.reportCsv(out, r, "rules");
            case TABLE -> {
                out.printf("Association rules as of %s (mined %s): %d rules over %d products from %d baskets; "
                                + "thresholds support >= %s, confidence >= %s, lift >= %s%n%n", r.asOf(), r.minedAt(),
                        r.rulesInSet(), r.products(), r.baskets(), r.minSupport(), r.minConfidence(), r.minLift());
                Renderer.table(out, List.of(new TableView("Strongest rules", List.of("antecedent", "consequent",
                        "support", "confidence", "lift", "both_baskets", "consequent_price"), r.rules().stream()
                        .map(x -> List.of(x.antecedent(), x.consequent(), Renderer.fixed(x.support(), 4),
                                Renderer.fixed(x.confidence(), 3), Renderer.fixed(x.lift(), 2),
                                Long.toString(x.bothBaskets()),
                                x.consequentMeanPrice() == null ? "" : x.consequentMeanPrice().toString())).toList())));
            }
        }
        return ExitCodes.OK;
    }
}
