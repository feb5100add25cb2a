package org.opencrm.adapter.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.opencrm.adapter.cli.demo.DemoData;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.domain.lifecycle.PurchaseFact;
import org.opencrm.domain.value.clv.BgNbdFitter;
import org.opencrm.domain.value.clv.GammaGammaModel;
import org.opencrm.domain.value.clv.ModelTimeUnit;
import org.opencrm.domain.value.clv.ParetoNbdModel;
import org.opencrm.domain.value.clv.PurchaseSummary;
import org.opencrm.domain.value.clv.SummaryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm bench fit}: times the value-model fits on the bundled CDNOW master (23,570 customers, calibration
 * to 1997-09-30, weeks), warm, in this process, and prints them next to the lifetimes baseline of
 * value-models.md measured on the same kind of machine.
 */
@Command(name = "fit", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Times BG/NBD, Pareto/NBD and Gamma-Gamma fits on the CDNOW master (median of warm runs).")
public final class FitBenchCommand implements Callable<Integer> {

    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per model after two warm-up runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
        List<PurchaseSummary> summaries = new ArrayList<>();
        for (List<PurchaseFact> purchases : DemoData.purchasesByCustomer().values()) {
            PurchaseSummary.of(purchases, CALIBRATION_END, ModelTimeUnit.WEEKS).ifPresent(summaries::add);
        }
        SummaryTable table = SummaryTable.of(summaries);
        int[] x = summaries.stream().mapToInt(PurchaseSummary::x).toArray();
        double[] m = summaries.stream().mapToDouble(s -> s.meanRepeatValue().doubleValue()).toArray();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "CDNOW master: %,d customers, %,d distinct (x, t_x, T)%n", summaries.size(), table.size());
        report(out, "BG/NBD", 0.47, () -> {
            var fit = new BgNbdFitter().fit(table);
            return new double[] {fit.logLikelihood(), fit.evaluations()};
        });
        report(out, "Pareto/NBD", 5.1, () -> {
            var fit = ParetoNbdModel.fit(table);
            return new double[] {fit.logLikelihood(), fit.evaluations()};
        });
        report(out, "Gamma-Gamma", 0.10, () -> {
            var fit = GammaGammaModel.fit(x, m, GammaGammaModel.DEFAULT_MAX_CORRELATION);
            return new double[] {fit.logLikelihood(), fit.evaluations()};
        });
        return ExitCodes.OK;
    }

    /** {@code fit} returns the log-likelihood reached and the likelihood evaluations it took. */
    private void report(PrintWriter out, String model, double lifetimesSeconds, Supplier<double[]> fit) {
        fit.get();
        fit.get();
        double[] seconds = new double[Math.max(1, runs)];
        double[] result = null;
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            result = fit.get();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[seconds.length / 2];
        out.printf(Locale.ROOT, "%-12s median %8.3f s (LL %.3f, %d evaluations); lifetimes %.2f s; speed-up %.1fx%n",
                model, median, result[0], (long) result[1], lifetimesSeconds, lifetimesSeconds / median);
        out.flush();
    }
}
