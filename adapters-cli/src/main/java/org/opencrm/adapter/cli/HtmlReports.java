package org.opencrm.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.formats.ReportHtml;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * {@code --format html} for every {@code crm report}: the report runs as it would for {@code --format json}, and its
 * JSON is drawn as one self-contained page ({@link ReportHtml}) written to {@code --output} (default
 * {@code report-NAME-DATE.html}); a later report needs nothing of its own to get it.
 */
public final class HtmlReports implements CommandLine.IExecutionStrategy {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommandLine.IExecutionStrategy next;

    public HtmlReports(CommandLine.IExecutionStrategy next) {
        this.next = next;
    }

    @Override
    public int execute(ParseResult parse) {
        List<CommandLine> path = parse.asCommandLineList();
        CommandLine leaf = path.get(path.size() - 1);
        CommandSpec spec = leaf.getCommandSpec();
        if (GlobalOptions.format(spec) != OutputFormat.HTML || CommandLine.printHelpIfRequested(parse)) {
            return next.execute(parse);
        }
        boolean report = spec.parent() != null && spec.parent().name().equals("report");
        if (!report) {
            throw new CommandLine.ParameterException(leaf, "--format html is for the crm report commands");
        }
        if (spec.name().equals("all")) {
            return next.execute(parse); // writes its own book
        }
        Locale locale = GlobalOptions.locale(spec);
        spec.root().findOption("--format").setValue(OutputFormat.JSON);
        PrintWriter out = leaf.getOut();
        StringWriter buffer = new StringWriter();
        leaf.setOut(new PrintWriter(buffer, true));
        int code;
        try {
            code = next.execute(parse);
        } finally {
            leaf.setOut(out);
        }
        if (code != 0) {
            return code;
        }
        JsonNode tree = read(buffer.toString());
        ReportHtml.Section section = ReportHtml.section(spec.name(), heading(spec.name(), tree), tree);
        Path file = GlobalOptions.output(spec).orElseGet(() -> Path.of("report-" + spec.name() + "-" + date(tree) + ".html"));
        write(file, List.of(section), locale);
        out.printf("Wrote %s (%,d KB)%n", file, size(file) / 1024);
        out.flush();
        return code;
    }

    /** Writes the page to a temporary file beside {@code file}, then moves it over: never half a page. */
    public static void write(Path file, List<ReportHtml.Section> sections, Locale locale) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            // Not createTempFile: its owner-only permissions would stay with the page.
            Path temp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            try {
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    ReportHtml.write(sections, locale, Instant.now(), w);
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A report's JSON as printed. */
    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a report printed JSON that does not parse: " + e.getMessage(), e);
        }
    }

    /** What tells two reports of one name apart in a title: a campaign's id. */
    public static String heading(String name, JsonNode tree) {
        return name.equals("campaign") ? tree.path("campaign").path("campaignId").asText("") : "";
    }

    private static String date(JsonNode tree) {
        for (String field : List.of("asOf", "to")) {
            if (tree.path(field).isTextual()) {
                return tree.path(field).asText();
            }
        }
        return LocalDate.now().toString();
    }

    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
