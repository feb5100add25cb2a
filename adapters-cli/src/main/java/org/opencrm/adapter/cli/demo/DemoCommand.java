package org.opencrm.adapter.cli.demo;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.importing.ImportRun;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.report.LifecycleReportView;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm demo}: loads the bundled CDNOW purchase history and prints the lifecycle report. */
@Command(name = "demo", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Loads the CDNOW master purchase history (23,570 customers, 69,659 purchases, 1997-01-01 .. "
                + "1998-06-30; Fader & Hardie) into the store and prints the lifecycle report as of the last day "
                + "of the data. Safe to run again: nothing is stored twice.")
public final class DemoCommand implements Callable<Integer> {

    /** The last day of the CDNOW data: a report as of today would only show lapsed customers. */
    static final LocalDate LAST_DAY = LocalDate.of(1998, 6, 30);

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Report date (default: 1998-06-30).")
    LocalDate asOf = LAST_DAY;

    private final ImportPurchasesUseCase importPurchases;
    private final LifecycleReportUseCase lifecycleReport;

    @Inject
    public DemoCommand(ImportPurchasesUseCase importPurchases, LifecycleReportUseCase lifecycleReport) {
        this.importPurchases = Objects.requireNonNull(importPurchases);
        this.lifecycleReport = Objects.requireNonNull(lifecycleReport);
    }

    @Override
    public Integer call() throws IOException {
        byte[] data;
        try (InputStream in = DemoData.open()) {
            data = in.readAllBytes();
        }
        Path rejects = Files.createTempFile("crm-demo-", ".rejects.csv");
        ImportSummary summary;
        try (ImportRun run = ImportRun.ofStream(spec, "load CDNOW demo", new ByteArrayInputStream(data), data.length,
                rejects)) {
            summary = importPurchases.importPurchases(new ImportPurchasesUseCase.Command(
                    new CdnowReader(DemoData.FILE, run.input()), CdnowReader.SOURCE,
                    ImportPurchasesUseCase.UnknownCustomers.REGISTER, 10_000, run.listener()));
        }
        OutputFormat format = GlobalOptions.format(spec);
        if (format == OutputFormat.TABLE) {
            spec.commandLine().getOut().printf("CDNOW demo: %d purchases read, %d stored now, %d already there, "
                    + "%d customers registered.%n%n", summary.read(), summary.imported(), summary.duplicates(),
                    summary.customersCreated());
        }
        LifecycleReportView.print(spec.commandLine().getOut(), format,
                lifecycleReport.report(new LifecycleReportUseCase.Query(Optional.of(asOf), Optional.empty())),
                null);
        if (summary.rejected() == 0) {
            Files.deleteIfExists(rejects);
        }
        return summary.rejected() > 0 ? ExitCodes.REJECTED_ROWS : ExitCodes.OK;
    }
}
