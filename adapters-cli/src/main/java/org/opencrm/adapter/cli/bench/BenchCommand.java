package org.opencrm.adapter.cli.bench;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm bench}: reproducible performance measurements (docs/performance.md). */
@Command(name = "bench", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Generates benchmark data, measures imports against a baseline in the same run, and times model fits.")
public final class BenchCommand {
}
