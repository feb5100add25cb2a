package org.opencrm.adapter.cli.customer;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.formats.TimelineJson;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.customer.CustomerTimeline;
import org.opencrm.application.port.in.customer.CustomerTimelineUseCase;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.domain.lifecycle.LifecycleTransition;
import org.opencrm.domain.purchase.Purchase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm customers timeline}: one customer's registration, purchases and lifecycle stage changes. */
@Command(name = "timeline", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Shows one customer's story up to the as-of date, oldest first: when they were registered, "
                + "each purchase, and each change of lifecycle stage with its reason (derived as `crm report "
                + "lifecycle` derives them). The customer is named by id, --external-id or --email. Exit code 4 if "
                + "there is no such customer.")
public final class CustomerTimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    CustomerKey key;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Last day shown (default: today).")
    LocalDate asOf;

    private final CustomerTimelineUseCase timeline;
    private final FindCustomerUseCase findCustomer;

    @Inject
    public CustomerTimelineCommand(CustomerTimelineUseCase timeline, FindCustomerUseCase findCustomer) {
        this.timeline = Objects.requireNonNull(timeline);
        this.findCustomer = Objects.requireNonNull(findCustomer);
    }

    @Override
    public Integer call() {
        CustomerTimeline t = timeline.timeline(key.resolve(findCustomer).id(), Optional.ofNullable(asOf));
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, TimelineJson.of(t));
            case CSV -> Renderer.csv(out, table(t));
            case TABLE -> {
                out.printf("%s (%s) as of %s: %s%n%n", t.customer().name(), t.customer().id().value(), t.asOf(),
                        t.stage().map(CustomerTimelineCommand::lower).orElse("not registered yet"));
                Renderer.table(out, List.of(table(t)));
            }
        }
        return ExitCodes.OK;
    }

    private static TableView table(CustomerTimeline t) {
        List<List<String>> rows = new ArrayList<>();
        for (CustomerTimeline.Entry e : t.entries()) {
            if (e instanceof CustomerTimeline.Registered r) {
                rows.add(List.of(r.day().toString(), "registered", r.at().toString()));
            } else if (e instanceof CustomerTimeline.Purchased p) {
                Purchase purchase = p.purchase();
                rows.add(List.of(p.day().toString(), "purchase", purchase.id().value() + " "
                        + purchase.amount().amount().toPlainString() + " " + purchase.amount().currency()
                        + " (" + purchase.channel().name() + ")"));
            } else if (e instanceof CustomerTimeline.Interacted i) {
                rows.add(List.of(i.day().toString(), "interaction", i.interaction().channel().code() + " "
                        + i.interaction().direction().code() + " " + i.interaction().type() + ": "
                        + i.interaction().summary()));
            } else if (e instanceof CustomerTimeline.Complained c) {
                rows.add(List.of(c.day().toString(), "complaint", c.complaint().id().value() + " "
                        + c.complaint().category() + " (" + c.complaint().severity().code() + "): "
                        + c.complaint().summary()));
            } else if (e instanceof CustomerTimeline.ComplaintResolved c) {
                rows.add(List.of(c.day().toString(), "complaint resolved", c.complaint().id().value() + ": "
                        + c.complaint().resolution().orElse("")));
            } else if (e instanceof CustomerTimeline.FollowUpDue f) {
                rows.add(List.of(f.day().toString(), "follow-up", f.followUp().reason()
                        + (f.done() ? " (done)" : " (not done)")));
            } else if (e instanceof CustomerTimeline.Answered a) {
                rows.add(List.of(a.day().toString(), "survey", a.response().id().value() + " "
                        + a.response().answers().satisfaction().stream().mapToObj(v -> "satisfaction " + v)
                        .findFirst().orElse("answered")));
            } else {
                LifecycleTransition s = ((CustomerTimeline.StageChanged) e).transition();
                rows.add(List.of(e.day().toString(), "stage", s.from().map(f -> lower(f) + " -> ").orElse("")
                        + lower(s.to()) + ": " + s.reason()));
            }
        }
        return new TableView("Timeline", List.of("day", "type", "what"), rows);
    }

    /** Stage names as the lifecycle report and every JSON write them. */
    private static String lower(Enum<?> e) {
        return e.name();
    }
}
