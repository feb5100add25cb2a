package org.opencrm.adapter.cli.recommendation;

import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.customer.CustomerKey;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.recommendation.NextBestActionsUseCase;
import org.opencrm.application.port.in.recommendation.Plan;
import org.opencrm.application.port.in.recommendation.SegmentNextBestActionsUseCase;
import org.opencrm.formats.NextBestActionsCsv;
import org.opencrm.formats.NextBestActionsJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code crm nba}. */
@Command(name = "nba", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Next best actions as of a date, for one customer or every member of a segment (--segment all: "
                + "every customer), ranked by expected value = P(response) x value at stake x margin: complaint "
                + "recovery, overdue follow-up, retention offer (strategic or major customer at risk), cross-sell "
                + "(stored association rules, crm rules mine), up-sell (a dearer product in a category they buy), "
                + "win-back (lapsed, historical value at least the median), do-not-invest (risk tier). Each action's "
                + "cost is taken from the tier's budget; actions past it are listed, marked. Each action prints its "
                + "reason and the figures behind it. Exit code 4 for an unknown customer or segment.")
public final class NbaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The customer, by id, external id or e-mail; or none, and --segment. */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    CustomerKey customer;

    @Option(names = "--segment", paramLabel = "NAME",
            description = "Plan for every member of this saved segment (its latest version); 'all' for every customer.")
    String segment;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Date of the plan (default: today).")
    LocalDate asOf;

    private final NextBestActionsUseCase one;
    private final SegmentNextBestActionsUseCase many;
    private final FindCustomerUseCase findCustomer;

    @Inject
    public NbaCommand(NextBestActionsUseCase one, SegmentNextBestActionsUseCase many, FindCustomerUseCase findCustomer) {
        this.one = Objects.requireNonNull(one);
        this.many = Objects.requireNonNull(many);
        this.findCustomer = Objects.requireNonNull(findCustomer);
    }

    @Override
    public Integer call() {
        if ((customer == null) == (segment == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either a customer (ID, --external-id or --email) or --segment NAME");
        }
        Plan plan = customer != null
                ? one.plan(new NextBestActionsUseCase.Query(customer.resolve(findCustomer).id(), Optional.ofNullable(asOf)))
                : many.plan(new SegmentNextBestActionsUseCase.Query(segment, Optional.ofNullable(asOf)));
        NextBestActionsJson json = NextBestActionsJson.of(plan);
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, json);
            case CSV -> csv(out, json);
            case TABLE -> table(out, json);
        }
        Renderer.warnings(spec.commandLine().getErr(), plan.notes());
        return ExitCodes.OK;
    }

    /** The actions, one row each, as the generic report CSV would write them, but straight from the records. */
    private static void csv(PrintWriter out, NextBestActionsJson json) {
        try {
            NextBestActionsCsv.write(json, out, LineDelimiter.LF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static void table(PrintWriter out, NextBestActionsJson json) {
        out.printf("Next best actions as of %s for %s (%d customers, %d actions; rules as of %s)%n%n", json.asOf(),
                json.scope(), json.customers().size(), json.actions().size(),
                json.rulesAsOf() == null ? "none" : json.rulesAsOf());
        if (json.customers().size() == 1) {
            NextBestActionsJson.PlannedCustomerJson c = json.customers().get(0);
            out.printf("Tier %s, budget %s%n%n", c.tier() == null ? "none (no value fits)" : c.tier(), c.budget());
        }
        List<List<String>> rows = new ArrayList<>();
        json.actions().forEach(a -> rows.add(List.of(a.customerId(), Integer.toString(a.rank()), a.action(),
                a.subject() == null ? "" : a.subject(), a.expectedValue().toString(), a.cost().toString(),
                a.withinBudget() ? "yes" : "no", a.reason() + figures(a))));
        Renderer.table(out, List.of(new TableView("Actions", List.of("customer_id", "rank", "action", "subject",
                "expected_value", "cost", "in_budget", "why"), rows)));
    }

    private static String figures(NextBestActionsJson.PlannedActionJson a) {
        StringBuilder s = new StringBuilder(" [");
        a.figures().forEach((k, v) -> s.append(s.length() > 2 ? ", " : "").append(k).append('=').append(v));
        return s.append(']').toString();
    }
}
