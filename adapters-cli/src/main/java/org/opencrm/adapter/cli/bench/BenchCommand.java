package org.opencrm.adapter.cli.bench;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm bench}: reproducible performance measurements (docs/performance.md). */
@Command(name = "bench", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Generates benchmark data and measures imports against a baseline in the same run.",
        subcommands = {GenerateCommand.class, ImportBenchCommand.class})
public final class BenchCommand {
}
