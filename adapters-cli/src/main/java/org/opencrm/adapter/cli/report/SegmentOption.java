package org.opencrm.adapter.cli.report;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --segment NAME}: a report counting a saved segment's members only. */
public final class SegmentOption {

    @Option(names = "--segment", paramLabel = "NAME", description = "Count only the members of this saved segment "
            + "(its latest version, as of the report date); scores, tiers and classes stay those of the whole base. "
            + "An unknown segment: exit 4.")
    String segment;

    public Optional<String> get() {
        return Optional.ofNullable(segment);
    }
}
