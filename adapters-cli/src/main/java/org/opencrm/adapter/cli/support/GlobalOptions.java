package org.opencrm.adapter.cli.support;

import org.opencrm.adapter.cli.render.OutputFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The global options ({@code --format}, {@code --quiet}) as set on the root command, for any subcommand. */
public final class GlobalOptions {

    private GlobalOptions() {
    }

    public static OutputFormat format(CommandSpec spec) {
        OptionSpec option = spec.root().findOption("--format");
        OutputFormat format = option == null ? null : option.getValue();
        return format == null ? OutputFormat.TABLE : format;
    }

    public static boolean quiet(CommandSpec spec) {
        OptionSpec option = spec.root().findOption("--quiet");
        return option != null && Boolean.TRUE.equals(option.getValue());
    }
}
