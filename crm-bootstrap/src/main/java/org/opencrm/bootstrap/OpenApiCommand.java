package org.opencrm.bootstrap;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.rest.server.RestServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm openapi}: the OpenAPI document of the REST API, without starting a server. */
@Command(name = "openapi", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Prints the OpenAPI 3.1 document that 'crm serve' serves at GET /openapi.json (for client "
                + "generators and linters in a build, where no server runs).")
final class OpenApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    /** Made only when the command runs: building the API's objects would slow every other command's start. */
    private final Provider<ApiResources> apiResources;

    @Inject
    OpenApiCommand(Provider<ApiResources> apiResources) {
        this.apiResources = apiResources;
    }

    @Override
    public Integer call() throws IOException {
        ApiResources api = apiResources.get();
        String document = RestServer.describe(api.resources(), api.version());
        if (out == null) {
            spec.commandLine().getOut().println(document);
        } else {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, document + System.lineSeparator(), StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }
}
