package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencrm.adapter.cli.CrmCli;
import org.opencrm.application.port.out.storage.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** A run builds only the commands its arguments name; they parse and explain themselves as in the whole tree. */
class PrunedCommandLineTest {

    private final LazyStorage storage = new LazyStorage(StoreLocation.of("memory:"), getClass().getClassLoader());
    private final Injector injector = Guice.createInjector(new ApplicationModule(CrmConfig.load(Map.of())),
            new StorageModule(storage));
    private final PrintWriter out = new PrintWriter(new StringWriter());

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void onlyTheNamedBranchIsBuilt() {
        CommandLine root = pruned("--store", "memory:", "report", "lifecycle", "--as-of", "2024-01-01");
        assertThat(root.getSubcommands()).containsOnlyKeys("report");
        assertThat(root.getSubcommands().get("report").getSubcommands()).containsOnlyKeys("lifecycle");
        assertThat(pruned("serve", "--port", "0").getSubcommands()).containsOnlyKeys("serve");
    }

    @Test
    void anOptionsValueIsNotTakenForACommandName() {
        CommandLine root = pruned("--format", "json", "--store", "report", "-q", "customers", "list");
        assertThat(root.getSubcommands()).containsOnlyKeys("customers");
        assertThat(pruned("--store=report", "customers", "list").getSubcommands()).containsOnlyKeys("customers");
    }

    @Test
    void whereThePathStopsAboveALeafEverythingBelowIsBuilt() {
        int topLevel = whole().getSubcommands().size();
        assertThat(topLevel).isEqualTo(19);
        assertThat(pruned("--help").getSubcommands()).hasSize(topLevel);
        assertThat(pruned("reprot", "lifecycle").getSubcommands()).hasSize(topLevel);
        assertThat(pruned("--", "report").getSubcommands()).hasSize(topLevel);
        assertThat(pruned("report").getSubcommands().get("report").getSubcommands())
                .containsOnlyKeys(whole().getSubcommands().get("report").getSubcommands().keySet());
        // 'help report' looks the report command up by name: it gets the whole tree.
        assertThat(leaves(pruned("help", "report"))).isEqualTo(leaves(whole()));
    }

    @Test
    void everyCommandBuiltAloneHasTheOptionsAndHelpItHasInTheWholeTree() {
        List<List<String>> paths = leaves(whole());
        assertThat(paths).hasSizeGreaterThan(25).contains(List.of("report", "lifecycle"), List.of("serve"));
        for (List<String> path : paths) {
            CommandLine alone = find(pruned(path.toArray(String[]::new)), path);
            CommandLine inTree = find(whole(), path);
            assertThat(optionNames(alone)).as("%s", path).isEqualTo(optionNames(inTree)).contains("--store");
            assertThat(alone.getUsageMessage()).as("%s", path).isEqualTo(inTree.getUsageMessage());
        }
    }

    private CommandLine pruned(String... args) {
        return CrmCli.forArguments(args, new GuiceFactory(injector), out, out, ServeCommand.class,
                OpenApiCommand.class);
    }

    /** No command named: the whole tree, as for {@code crm --help}. */
    private CommandLine whole() {
        return pruned();
    }

    private static List<List<String>> leaves(CommandLine line) {
        List<List<String>> paths = new ArrayList<>();
        line.getSubcommands().forEach((name, sub) -> {
            if (sub.getSubcommands().isEmpty()) {
                paths.add(List.of(name));
            } else {
                leaves(sub).forEach(rest -> paths.add(Stream.concat(Stream.of(name), rest.stream()).toList()));
            }
        });
        return paths;
    }

    private static CommandLine find(CommandLine root, List<String> path) {
        CommandLine line = root;
        for (String name : path) {
            line = line.getSubcommands().get(name);
        }
        return line;
    }

    private static List<String> optionNames(CommandLine line) {
        return line.getCommandSpec().options().stream().map(OptionSpec::longestName).sorted().toList();
    }
}
