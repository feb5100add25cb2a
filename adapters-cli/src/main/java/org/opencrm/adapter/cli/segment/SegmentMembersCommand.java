package org.opencrm.adapter.cli.segment;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.segment.SegmentMembersUseCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm segments members}. */
@Command(name = "members", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Lists the customers who meet segment NAME's condition as of a date, in customer-id order, each "
                + "with the facts the condition read (stage, tier, P(alive), CLV, purchases and spend per window, ...). "
                + "Customers registered after the date are not in the base; a comparison on a value a customer lacks "
                + "(no tier before the value models are fitted) is false. Exit code 4 if there is no such segment.")
public final class SegmentMembersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", arity = "0..1",
            description = "A saved segment; or give --where instead.")
    String name;

    @Option(names = "--where", paramLabel = "CONDITION",
            description = "Evaluate this condition without saving it, e.g. \"tier = strategic\" or "
                    + "\"rfm_segment = 'Champions'\" to list a tier's or an RFM segment's members.")
    String where;

    @Option(names = "--version", paramLabel = "N", description = "Evaluate this version (default: the latest).")
    Integer version;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Date of the evaluation (default: today).")
    LocalDate asOf;

    private final SegmentMembersUseCase members;

    @Inject
    public SegmentMembersCommand(SegmentMembersUseCase members) {
        this.members = Objects.requireNonNull(members);
    }

    @Override
    public Integer call() {
        if ((name == null) == (where == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either a segment NAME or --where CONDITION");
        }
        if (where != null && version != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--version goes with a saved segment's NAME");
        }
        SegmentView.printMembers(spec.commandLine().getOut(), GlobalOptions.format(spec), where != null
                ? members.evaluate(where, Optional.ofNullable(asOf))
                : members.members(new SegmentMembersUseCase.Query(name, Optional.ofNullable(version),
                        Optional.ofNullable(asOf))));
        return ExitCodes.OK;
    }
}
