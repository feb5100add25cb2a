package org.opencrm.adapter.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.opencrm.formats.csv.Timestamps;
import picocli.CommandLine;

/** Builds the {@code crm} command line: converters with plain-language errors, exit-code mapping, streams. */
public final class CrmCli {

    private CrmCli() {
    }

    /**
     * The command line for one run with {@code args}, whose commands {@code factory} builds (the bootstrap passes
     * one backed by Guice), with {@code moreCommands} added at the top level: commands that join this adapter
     * with another, which only the bootstrap may know. Only the commands on the path the arguments name are
     * built (start-up time); where the path stops above a command (help, no command at all), all below it.
     */
    /** Commands that only read the store: they refuse a location where there is no store instead of creating one. */
    private static final java.util.Set<String> READ_ONLY = java.util.Set.of("report", "customers show", "customers list",
            "customers timeline", "model show", "model validate", "apikey list");

    /** Whether the command the arguments name only reads the store (a report, a lookup). */
    public static boolean onlyReads(String[] args) {
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < args.length && words.size() < 2; i++) {
            String a = args[i];
            if (a.equals("--store") || a.equals("--format")) {
                i++;
            } else if (a.equals("--")) {
                break;
            } else if (!a.startsWith("-")) {
                words.add(a);
            }
        }
        return !words.isEmpty() && (READ_ONLY.contains(words.get(0)) || READ_ONLY.contains(String.join(" ", words)));
    }

    public static CommandLine forArguments(String[] args, CommandLine.IFactory factory, PrintWriter out,
                                           PrintWriter err, Class<?>... moreCommands) {
        CliErrors errors = new CliErrors();
        return CommandTree.crm(moreCommands).buildFor(args, factory)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(LocalDate.class, CrmCli::date)
                .registerConverter(Instant.class, CrmCli::instant)
                .registerConverter(BigDecimal.class, CrmCli::decimal)
                .setOut(out)
                .setErr(err)
                .setExecutionStrategy(new HtmlReports(new CommandLine.RunLast()))
                .setExecutionExceptionHandler(errors)
                .setExitCodeExceptionMapper(errors);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date; use YYYY-MM-DD");
        }
    }

    private static Instant instant(String text) {
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' " + e.getMessage());
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a decimal number (use 12.50)");
        }
    }
}
