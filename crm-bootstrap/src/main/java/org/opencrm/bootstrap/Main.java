package org.opencrm.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.opencrm.adapter.cli.CliErrors;
import org.opencrm.adapter.cli.CrmCli;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.application.port.out.storage.StoreLocation;

/**
 * The {@code crm} executable. Starts in two passes: the store is picked from the arguments first (wherever
 * {@code --store} appears), the injector is built for it, and only then does picocli parse the whole command
 * line with Guice building the commands.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs one command line and returns its exit code; streams are the caller's. */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // No method interception is used: without it Guice builds objects by reflection instead of generating a
        // class per constructor, which costs start-up time (docs/performance.md).
        if (System.getProperty("guice_bytecode_gen_option") == null) {
            System.setProperty("guice_bytecode_gen_option", "DISABLED");
        }
        CrmConfig config;
        StoreLocation location;
        try {
            config = CrmConfig.load(environment);
            location = StoreSelection.choose(storeOption(args), environment);
        } catch (CrmConfig.ConfigException | IllegalArgumentException e) {
            err.println("crm: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (LazyStorage storage = new LazyStorage(location, Main.class.getClassLoader(), !CrmCli.onlyReads(args),
                err::println)) {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new ApplicationModule(config),
                    new StorageModule(storage));
            return CrmCli.forArguments(args, new GuiceFactory(injector), out, err, ServeCommand.class, OpenApiCommand.class)
                    .execute(args);
        } catch (OutOfMemoryError e) {
            // Committed batches are safe; say what to change instead of dumping a stack trace.
            err.println("crm: out of memory (" + e.getMessage() + "); every committed batch is stored. Run again "
                    + "with a smaller --batch-size or more heap (CRM_JAVA_OPTS=-Xmx1g)");
            return ExitCodes.SOFTWARE;
        } catch (RuntimeException e) {
            // Failures outside a command's own run: opening or closing the store, building the injector.
            err.println("crm: " + e.getMessage());
            return new CliErrors().getExitCode(e);
        }
    }

    /** Pass one: the value of {@code --store URI} or {@code --store=URI}, anywhere before a {@code --}. */
    static String storeOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                return null;
            }
            if (args[i].equals("--store") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--store=")) {
                return args[i].substring("--store=".length());
            }
        }
        return null;
    }
}
