package org.opencrm.adapter.cli.importing;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.CustomerRow;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.NaturalKey;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.customer.UpdatePolicy;
import org.opencrm.domain.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm import customers FILE}. */
@Command(name = "customers", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Imports customers from a CSV file with a header row, upserting on a natural key: a customer "
                + "whose key is already stored is updated (--update), a new key registers a customer. Columns (any "
                + "order; rename with --map): external_id, name, email, phone, address, email_consent, "
                + "phone_consent (true/false), acquisition_source, acquisition_cost, currency, created_at, and "
                + "attr.NAME for free attributes. name is required for new customers; the key column for all rows.")
public final class ImportCustomersCommand implements Callable<Integer> {

    static final Set<String> FIELDS = Set.of("external_id", "name", "email", "phone", "address", "email_consent",
            "phone_consent", "acquisition_source", "acquisition_cost", "currency", "created_at");

    /** The natural key as spelled on the command line. */
    enum Key { EXTERNAL_ID, EMAIL }

    /** The update policy as spelled on the command line. */
    enum Update { OVERWRITE, FILL_EMPTY }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CSV file to import.")
    Path file;

    @Mixin
    ImportOptions options;

    @Option(names = "--key", paramLabel = "KEY", defaultValue = "EXTERNAL_ID",
            description = "Natural key that identifies a customer across imports: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    Key key;

    @Option(names = "--update", paramLabel = "POLICY", defaultValue = "OVERWRITE",
            description = "For customers already stored: overwrite given fields, or fill_empty ones only "
                    + "(default: ${DEFAULT-VALUE}).")
    Update update;

    @Option(names = "--source", paramLabel = "SYSTEM", defaultValue = ExternalId.DEFAULT_SOURCE,
            description = "Source system of the external_id column (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--currency", paramLabel = "ISO", defaultValue = "USD",
            description = "Currency of acquisition costs without a currency column (default: ${DEFAULT-VALUE}).")
    String currency;

    private final ImportCustomersUseCase importCustomers;

    @Inject
    public ImportCustomersCommand(ImportCustomersUseCase importCustomers) {
        this.importCustomers = Objects.requireNonNull(importCustomers);
    }

    @Override
    public Integer call() throws IOException {
        String defaultCurrency = Money.currency(currency).getCurrencyCode();
        int batchSize = options.batchSize(spec);
        Set<String> required = key == Key.EMAIL ? Set.of("email") : Set.of("external_id");
        NaturalKey naturalKey = key == Key.EMAIL ? NaturalKey.EMAIL : NaturalKey.EXTERNAL_ID;
        UpdatePolicy policy = update == Update.FILL_EMPTY ? UpdatePolicy.FILL_EMPTY : UpdatePolicy.OVERWRITE;
        return ImportRun.csv(spec, "import customers", file, options, batchSize, required, FIELDS, table -> {
            List<String> attributes = attributeFields(table);
            return row -> parse(row, source, defaultCurrency, attributes);
        }, (rows, listener) -> importCustomers.importCustomers(
                new ImportCustomersUseCase.Command(rows, naturalKey, source, policy, batchSize, listener)));
    }

    /** The table's free-attribute columns ({@code attr.NAME}), in name order. */
    static List<String> attributeFields(CsvTable table) {
        return table.fields().stream().filter(f -> f.startsWith("attr.")).sorted().toList();
    }

    static CustomerRow parse(CsvTable.Row row, String source, String defaultCurrency, List<String> attributeFields) {
        List<ExternalId> ids = new ArrayList<>();
        Optional.ofNullable(row.get("external_id")).ifPresent(v -> ids.add(ExternalId.of(source, v)));
        List<ContactPoint> contacts = new ArrayList<>();
        Optional.ofNullable(row.parse("email", ContactPoint::email)).ifPresent(contacts::add);
        Optional.ofNullable(row.parse("phone", ContactPoint::phone)).ifPresent(contacts::add);
        Optional.ofNullable(row.parse("address", a -> new ContactPoint(ContactPoint.Kind.ADDRESS, a)))
                .ifPresent(contacts::add);
        Boolean emailConsent = row.parse("email_consent", ImportCustomersCommand::bool);
        Boolean phoneConsent = row.parse("phone_consent", ImportCustomersCommand::bool);
        Optional<MarketingConsent> consent = emailConsent == null && phoneConsent == null ? Optional.empty()
                : Optional.of(new MarketingConsent(Boolean.TRUE.equals(emailConsent), Boolean.TRUE.equals(phoneConsent)));
        String code = Optional.ofNullable(row.parse("currency", c -> Money.currency(c).getCurrencyCode()))
                .orElse(defaultCurrency);
        Money cost = row.parse("acquisition_cost", c -> Money.of(c, code));
        String channel = row.get("acquisition_source");
        Optional<AcquisitionSource> acquisition = channel == null && cost == null ? Optional.empty()
                : Optional.of(new AcquisitionSource(channel == null ? "unknown" : channel, Optional.ofNullable(cost)));
        Map<String, String> attributes = new TreeMap<>();
        for (String field : attributeFields) {
            Optional.ofNullable(row.get(field)).ifPresent(v -> attributes.put(field.substring("attr.".length()), v));
        }
        return new CustomerRow(new CustomerUpdate(Optional.ofNullable(row.get("name")), ids, contacts, consent,
                attributes, acquisition), Optional.ofNullable(row.parse("created_at", Timestamps::parse)));
    }

    static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new IllegalArgumentException("is not a yes/no value (true, false, yes, no, 1, 0)");
        };
    }
}
