package org.opencrm.adapter.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.opencrm.adapter.cli.demo.DemoData;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.PurchaseDays;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.value.clv.BgNbdFit;
import org.opencrm.domain.value.clv.BgNbdFitter;
import org.opencrm.domain.value.clv.BgNbdModel;
import org.opencrm.domain.value.clv.BgNbdParameters;
import org.opencrm.domain.value.clv.BgNbdSimulation;
import org.opencrm.domain.value.clv.CustomerLifetimeValue;
import org.opencrm.domain.value.clv.CustomerScoring;
import org.opencrm.domain.value.clv.GammaGammaModel;
import org.opencrm.domain.value.clv.GammaGammaParameters;
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
 * docs/value-models.md measured on the same kind of machine.
 */
@Command(name = "fit", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Times BG/NBD, Pareto/NBD and Gamma-Gamma fits on the CDNOW master (median of warm runs), "
                + "or with --synthetic N a fit and scoring of N simulated customers.")
public final class FitBenchCommand implements Callable<Integer> {

    private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    private static final int WARM_UPS = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per model after ten warm-up runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--synthetic", paramLabel = "CUSTOMERS",
            description = "Instead: simulate this many customers from known BG/NBD and Gamma-Gamma parameters "
                    + "(two years, whole days) and time one BG/NBD fit, one Gamma-Gamma fit and scoring them all.")
    Integer synthetic;

    @Override
    public Integer call() throws IOException {
        if (synthetic != null) {
            return synthetic(synthetic);
        }
        List<PurchaseSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, List<PurchaseFact>> customer : DemoData.purchasesByCustomer().entrySet()) {
            PurchaseDays.of(CustomerId.of(customer.getKey()), customer.getValue(), CALIBRATION_END)
                    .map(d -> PurchaseSummary.of(d, CALIBRATION_END, ModelTimeUnit.WEEKS)).ifPresent(summaries::add);
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

    private int synthetic(int customers) {
        if (customers < 1000) {
            throw new IllegalArgumentException("'--synthetic' needs at least 1000 customers, got " + customers);
        }
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        List<PurchaseSummary> base = BgNbdSimulation.simulate(new BgNbdParameters(0.25, 4.0, 0.8, 2.5),
                new GammaGammaParameters(6, 4, 15), customers, 365, 365, 20261123L);
        out.printf(Locale.ROOT, "Simulated %,d customers in %.2f s%n", customers, seconds(start));
        // The fit as the application runs it: group the summaries, then fit.
        start = System.nanoTime();
        SummaryTable table = SummaryTable.of(base);
        BgNbdFit fit = new BgNbdFitter().fit(table);
        out.printf(Locale.ROOT, "BG/NBD fit     %6.2f s  (%,d distinct (x, t_x, T); %d evaluations; r=%.4f alpha=%.4f a=%.4f b=%.4f)%n",
                seconds(start), table.size(), fit.evaluations(), fit.parameters().r(), fit.parameters().alpha(),
                fit.parameters().a(), fit.parameters().b());
        start = System.nanoTime();
        int[] x = base.stream().mapToInt(PurchaseSummary::x).toArray();
        double[] m = base.stream().mapToDouble(s -> s.meanRepeatValue().doubleValue()).toArray();
        GammaGammaModel.Fit spend = GammaGammaModel.fit(x, m, GammaGammaModel.DEFAULT_MAX_CORRELATION);
        out.printf(Locale.ROOT, "Gamma-Gamma fit %5.2f s  (%d evaluations)%n", seconds(start), spend.evaluations());
        start = System.nanoTime();
        CustomerScoring scoring = new CustomerScoring(new BgNbdModel(fit.parameters()), spend.model(),
                CustomerLifetimeValue.weeklyDefaults());
        double totalClv = 0;
        double alive = 0;
        for (int i = 0; i < base.size(); i++) {
            PurchaseSummary s = base.get(i);
            CustomerScoring.Score score = scoring.score(s.x(), s.tx(), s.T(), m[i]);
            totalClv += score.clv();
            alive += score.probabilityAlive();
        }
        out.printf(Locale.ROOT, "Scoring        %6.2f s  (P(alive), expected purchases, CLV for %,d customers; "
                        + "%,d distinct summaries; mean P(alive) %.3f, total CLV %.0f)%n", seconds(start), base.size(),
                scoring.distinctSummaries(), alive / base.size(), totalClv);
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "Heap in use    %6d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        return ExitCodes.OK;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** {@code fit} returns the log-likelihood reached and the likelihood evaluations it took. */
    private void report(PrintWriter out, String model, double lifetimesSeconds, Supplier<double[]> fit) {
        // Warm until the JIT has compiled the likelihood loops: a BFGS fit is too short to get there alone.
        for (int i = 0; i < WARM_UPS; i++) {
            fit.get();
        }
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
