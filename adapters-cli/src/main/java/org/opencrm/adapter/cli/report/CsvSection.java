package org.opencrm.adapter.cli.report;

import picocli.CommandLine.Option;

/** {@code --section NAME}: which of a report's lists {@code --format csv} prints, as {@code ?section=} over HTTP. */
public final class CsvSection {

    @Option(names = "--section", paramLabel = "NAME",
            description = "With --format csv, which of the report's lists to print, by its JSON name (stages, "
                    + "transitions, ...; default: the first). A wrong name lists the report's sections.")
    String name;

    /** The section asked for, or null for the report's first. */
    public String name() {
        return name;
    }
}
