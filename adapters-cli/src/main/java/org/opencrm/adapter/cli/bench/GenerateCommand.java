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
        description = "Writes a synthetic purchases CSV (purchase_id,customer_id,occurred_at,amount,currency,channel), "
                + "and optionally contacts and survey responses of the same customers in the import layouts.")
public final class GenerateCommand implements Callable<Integer> {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 730;
    private static final String[] CHANNELS = {"web", "store", "app", "phone"};
    private static final int PRODUCTS = 500;

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

    @Option(names = "--lines", description = "Give every purchase a line item (product_id, category, quantity, "
            + "unit_price; the amount is their product): a customer's purchases on one day form a basket of 1-4 of "
            + "500 products in 25 categories, products of one affinity group of ten often bought together, so "
            + "association rules exist to mine.")
    boolean lines;

    @Option(names = "--interactions", defaultValue = "0",
            description = "Also write this many contacts to --interactions-out (default: ${DEFAULT-VALUE}).")
    long interactions;

    @Option(names = "--interactions-out", paramLabel = "FILE", description = "Contacts CSV, in the import's columns.")
    Path interactionsOut;

    @Option(names = "--surveys", defaultValue = "0",
            description = "Also write this many survey responses to --surveys-out (default: ${DEFAULT-VALUE}).")
    long surveys;

    @Option(names = "--surveys-out", paramLabel = "FILE", description = "Survey responses CSV, in the import's columns.")
    Path surveysOut;

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
            w.write(lines ? "purchase_id,customer_id,occurred_at,amount,currency,channel,product_id,category,quantity,"
                    + "unit_price\n" : "purchase_id,customer_id,occurred_at,amount,currency,channel\n");
            int c = 0;
            int day = 0;
            int basketLeft = 0;
            int lastProduct = 0;
            for (long i = 0; i < purchases; i++) {
                if (basketLeft == 0) {
                    // Every customer buys once; the remaining purchases go to customers with a skew towards the
                    // first ids.
                    c = i < customers ? (int) i : (int) (customers * Math.pow(random.nextDouble(), 2.0));
                    day = firstDay[c] + (i < customers ? 0 : random.nextInt(DAYS - firstDay[c]));
                    basketLeft = lines && i >= customers ? 1 + random.nextInt(4) : 1;
                    lastProduct = -1;
                }
                basketLeft--;
                long cents;
                String line = null;
                if (lines) {
                    // A basket's next product is of the previous one's affinity group six times in ten.
                    int product = lastProduct >= 0 && random.nextInt(10) < 6
                            ? lastProduct / 10 * 10 + random.nextInt(10)
                            : (int) (PRODUCTS * Math.pow(random.nextDouble(), 1.5));
                    lastProduct = product;
                    int quantity = 1 + (random.nextInt(10) == 0 ? 1 : 0);
                    long unit = 199 + (product * 7919L) % 9_800;
                    cents = unit * quantity;
                    line = ",sku-" + product + ",cat-" + product / 20 + "," + quantity + "," + unit / 100 + "."
                            + String.format("%02d", unit % 100);
                } else {
                    cents = 100 + (long) (random.nextDouble() * random.nextDouble() * 30_000);
                }
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
                if (line != null) {
                    w.write(line);
                }
                w.write('\n');
            }
        }
        spec.commandLine().getOut().printf("Wrote %d purchases of %d customers to %s%n", purchases, customers, out);
        if (interactions > 0) {
            writeInteractions(random, firstDay);
        }
        if (surveys > 0) {
            writeSurveys(random, firstDay);
        }
        return ExitCodes.OK;
    }

    private static final String[] CONTACT_CHANNELS = {"phone", "email", "visit", "chat", "social", "letter"};
    private static final String[] CONTACT_TYPES = {"inquiry", "complaint", "follow-up", "survey", "campaign-contact",
        "feedback"};

    /** Contacts spread over the customers' active years; about one in four continues the customer's previous one. */
    private void writeInteractions(SplittableRandom random, int[] firstDay) throws IOException {
        if (interactionsOut == null) {
            throw new ParameterException(spec.commandLine(), "--interactions needs --interactions-out FILE");
        }
        long[] last = new long[customers];
        try (BufferedWriter w = Files.newBufferedWriter(interactionsOut, StandardCharsets.UTF_8)) {
            w.write("interaction_id,customer_id,channel,direction,type,summary,occurred_at,outcome,owner,continues\n");
            for (long i = 1; i <= interactions; i++) {
                int c = random.nextInt(customers);
                int day = firstDay[c] + random.nextInt(DAYS - firstDay[c]);
                String continues = last[c] > 0 && random.nextInt(4) == 0 ? "i" + last[c] : "";
                w.write("i" + i + ",c" + (c + 1) + "," + CONTACT_CHANNELS[random.nextInt(CONTACT_CHANNELS.length)] + ","
                        + (random.nextBoolean() ? "inbound" : "outbound") + ","
                        + CONTACT_TYPES[random.nextInt(CONTACT_TYPES.length)] + ",contact " + i + ","
                        + START.plusDays(day) + "T" + String.format("%02d", 8 + (int) (i % 10)) + ":00:00Z,answered,desk-"
                        + (1 + random.nextInt(20)) + "," + continues + "\n");
                last[c] = i;
            }
        }
        spec.commandLine().getOut().printf("Wrote %d contacts to %s%n", interactions, interactionsOut);
    }

    /** Survey responses, each answering all questions, skewed to content customers. */
    private void writeSurveys(SplittableRandom random, int[] firstDay) throws IOException {
        if (surveysOut == null) {
            throw new ParameterException(spec.commandLine(), "--surveys needs --surveys-out FILE");
        }
        try (BufferedWriter w = Files.newBufferedWriter(surveysOut, StandardCharsets.UTF_8)) {
            w.write("response_id,customer_id,answered_at,satisfaction,recommend,repurchase_intention,trust,"
                    + "commitment,involvement,other_providers\n");
            for (long i = 1; i <= surveys; i++) {
                int c = random.nextInt(customers);
                int day = firstDay[c] + random.nextInt(DAYS - firstDay[c]);
                int mood = 1 + random.nextInt(5);
                w.write("s" + i + ",c" + (c + 1) + "," + START.plusDays(day) + "," + mood + ","
                        + Math.min(10, 2 * mood + random.nextInt(2)) + "," + Math.max(1, mood - random.nextInt(2)) + ","
                        + (1 + random.nextInt(5)) + "," + Math.max(1, mood - random.nextInt(2)) + ","
                        + (1 + random.nextInt(5)) + "," + random.nextInt(5) + "\n");
            }
        }
        spec.commandLine().getOut().printf("Wrote %d survey responses to %s%n", surveys, surveysOut);
    }
}
