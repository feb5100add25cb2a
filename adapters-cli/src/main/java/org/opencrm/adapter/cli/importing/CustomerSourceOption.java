package org.opencrm.adapter.cli.importing;

import org.opencrm.domain.customer.ExternalId;
import picocli.CommandLine.Option;

/** {@code --source SYSTEM}: the system whose ids a fact import's {@code customer_id} column holds. */
public final class CustomerSourceOption {

    @Option(names = "--source", paramLabel = "SYSTEM", defaultValue = ExternalId.DEFAULT_SOURCE,
            description = "Source system the customer ids belong to (default: ${DEFAULT-VALUE}).")
    String source;

    public String get() {
        return source;
    }
}
