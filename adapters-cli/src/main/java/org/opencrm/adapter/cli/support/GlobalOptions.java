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

    /** The locale of --format html; a tag that names no language is refused. */
    public static java.util.Locale locale(CommandSpec spec) {
        OptionSpec option = spec.root().findOption("--locale");
        String tag = option == null || option.getValue() == null ? "en" : option.getValue();
        java.util.Locale locale = java.util.Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty()
                || !java.util.Arrays.asList(java.util.Locale.getISOLanguages()).contains(locale.getLanguage())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "'--locale' must be a language tag such as en or zh-CN, got '" + tag + "'");
        }
        return locale;
    }

    /** The file --output names, if any. */
    public static java.util.Optional<java.nio.file.Path> output(CommandSpec spec) {
        OptionSpec option = spec.root().findOption("--output");
        return java.util.Optional.ofNullable(option == null ? null : option.getValue());
    }
}
