package org.opencrm.adapter.cli.report;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The report date every point-in-time report takes. */
public final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Report date (default: today).")
    LocalDate asOf;

    Optional<LocalDate> get() {
        return Optional.ofNullable(asOf);
    }
}
