package org.opencrm.adapter.cli.recommendation;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.recommendation.MineAssociationRulesUseCase;
import org.opencrm.domain.recommendation.RuleSet;
import org.opencrm.domain.recommendation.RuleThresholds;
import org.opencrm.formats.RuleSetJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm rules mine}. */
@Command(name = "mine", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Counts the baskets (the lines one customer bought on one day) up to the date, keeps every rule "
                + "A -> B whose support (share of baskets with both), confidence (share of A's baskets with B) and "
                + "lift (confidence over B's share of baskets) clear the thresholds, and stores the set, replacing one "
                + "mined as of the same date. Exit code 5 for a threshold out of range.")
public final class MineRulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Baskets up to this day (default: today).")
    LocalDate asOf;

    @Option(names = "--min-support", paramLabel = "SHARE", description = "Least support, in (0, 1] (default: 0.001).")
    double minSupport = RuleThresholds.DEFAULT.minSupport();

    @Option(names = "--min-confidence", paramLabel = "SHARE",
            description = "Least confidence, in (0, 1] (default: 0.10).")
    double minConfidence = RuleThresholds.DEFAULT.minConfidence();

    @Option(names = "--min-lift", paramLabel = "RATIO", description = "Least lift, > 0 (default: 1.2).")
    double minLift = RuleThresholds.DEFAULT.minLift();

    private final MineAssociationRulesUseCase rules;

    @Inject
    public MineRulesCommand(MineAssociationRulesUseCase rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    @Override
    public Integer call() {
        RuleSet set = rules.mine(new MineAssociationRulesUseCase.Command(Optional.ofNullable(asOf),
                new RuleThresholds(minSupport, minConfidence, minLift)));
        PrintWriter out = spec.commandLine().getOut();
        if (GlobalOptions.format(spec) == OutputFormat.TABLE) {
            out.printf("Mined %d rules over %d products from %d baskets (%d lines) up to %s; stored.%n",
                    set.rules().size(), set.products().size(), set.baskets(), set.lines(), set.asOf());
            out.flush();
        } else {
            RuleSetJson json = RuleSetJson.of(set, 20);
            if (GlobalOptions.format(spec) == OutputFormat.JSON) {
                Renderer.json(out, json);
            } else {
                Renderer.reportCsv(out, json, null);
            }
        }
        return ExitCodes.OK;
    }
}
