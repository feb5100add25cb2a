package org.opencrm.adapter.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crm bench generate}: a synthetic purchase file in the import format, the same bytes for the same seed.
 *
 * <p>Customers start on a random day of a two-year window and buy at their own rate, so the file has
 * new, active, at-risk and lapsed customers in realistic proportions; a few buy far more than most.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Writes a synthetic purchases CSV (purchase_id,customer_id,occurred_at,amount,currency,channel).")
public final class GenerateCommand implements Callable<Integer> {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 730;
    private static final String[] CHANNELS = {"web", "store", "app", "phone"};

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", defaultValue = "100000", description = "Number of customers (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--purchases", defaultValue = "1000000", description = "Number of purchases (default: ${DEFAULT-VALUE}).")
    long purchases;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (customers < 1 || purchases < customers) {
            throw new ParameterException(spec.commandLine(), "need --customers >= 1 and --purchases >= --customers");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] firstDay = new int[customers];
        for (int c = 0; c < customers; c++) {
            firstDay[c] = random.nextInt(DAYS);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("purchase_id,customer_id,occurred_at,amount,currency,channel\n");
            for (long i = 0; i < purchases; i++) {
                // Every customer buys once; the remaining purchases go to customers with a skew towards the first ids.
                int c = i < customers ? (int) i : (int) (customers * Math.pow(random.nextDouble(), 2.0));
                int day = firstDay[c] + (i < customers ? 0 : random.nextInt(DAYS - firstDay[c]));
                long cents = 100 + (long) (random.nextDouble() * random.nextDouble() * 30_000);
                w.write("p");
                w.write(Long.toString(i + 1));
                w.write(",c");
                w.write(Integer.toString(c + 1));
                w.write(',');
                w.write(START.plusDays(day).toString());
                w.write(',');
                w.write(Long.toString(cents / 100));
                w.write('.');
                w.write(String.format("%02d", cents % 100));
                w.write(",USD,");
                w.write(CHANNELS[random.nextInt(CHANNELS.length)]);
                w.write('\n');
            }
        }
        spec.commandLine().getOut().printf("Wrote %d purchases of %d customers to %s%n", purchases, customers, out);
        return ExitCodes.OK;
    }
}
