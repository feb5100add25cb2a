package org.opencrm.adapter.cli.access;

import org.opencrm.adapter.cli.support.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crm apikey}: the keys integrators present to the REST API. */
@Command(name = "apikey", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Creates, lists and revokes API keys for the REST API ('crm serve'). A key has scopes read "
                + "and/or write; clients send it as 'Authorization: Bearer TOKEN'. Only a SHA-256 of each key's "
                + "secret is stored, so a token is shown once, when it is created.")
public final class ApiKeyCommand {
}
