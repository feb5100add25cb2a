package org.opencrm.adapter.cli.customer;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.customer.RegisterCustomerUseCase;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crm customers add}. */
@Command(name = "add", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Registers a customer and prints it with its new id.")
public final class AddCustomerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, description = "Full name, any script (e.g. 张伟).")
    String name;

    @Option(names = "--external-id", paramLabel = "SOURCE:ID",
            description = "The customer's id in a source system (repeatable), e.g. shop:4711.")
    List<String> externalIds = new ArrayList<>();

    @Option(names = "--email", description = "E-mail address.")
    String email;

    @Option(names = "--phone", description = "Phone number.")
    String phone;

    @Option(names = "--address", description = "Postal address.")
    String address;

    @Option(names = "--consent-email", description = "The customer agreed to e-mail marketing.")
    boolean consentEmail;

    @Option(names = "--consent-phone", description = "The customer agreed to phone marketing.")
    boolean consentPhone;

    @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "A free attribute (repeatable).")
    Map<String, String> attributes = new LinkedHashMap<>();

    @Option(names = "--acquisition-source", paramLabel = "NAME", description = "Campaign or channel that won them.")
    String acquisitionSource;

    @Option(names = "--acquisition-cost", paramLabel = "AMOUNT", description = "What winning them cost.")
    BigDecimal acquisitionCost;

    @Option(names = "--currency", paramLabel = "ISO", defaultValue = "USD",
            description = "Currency of --acquisition-cost (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--created-at", paramLabel = "INSTANT", description = "When they became a customer (default: now).")
    Instant createdAt;

    private final RegisterCustomerUseCase registerCustomer;

    @Inject
    public AddCustomerCommand(RegisterCustomerUseCase registerCustomer) {
        this.registerCustomer = Objects.requireNonNull(registerCustomer);
    }

    @Override
    public Integer call() {
        List<ExternalId> ids = externalIds.stream().map(AddCustomerCommand::externalId).toList();
        List<ContactPoint> contacts = new ArrayList<>();
        Optional.ofNullable(email).map(ContactPoint::email).ifPresent(contacts::add);
        Optional.ofNullable(phone).map(ContactPoint::phone).ifPresent(contacts::add);
        Optional.ofNullable(address).map(a -> new ContactPoint(ContactPoint.Kind.ADDRESS, a)).ifPresent(contacts::add);
        Optional<AcquisitionSource> acquisition = acquisitionSource == null && acquisitionCost == null ? Optional.empty()
                : Optional.of(new AcquisitionSource(acquisitionSource == null ? "unknown" : acquisitionSource,
                        Optional.ofNullable(acquisitionCost).map(this::cost)));
        Customer customer = registerCustomer.register(new RegisterCustomerUseCase.Command(
                new CustomerUpdate(Optional.of(name), ids, contacts,
                        Optional.of(new MarketingConsent(consentEmail, consentPhone)), attributes, acquisition),
                Optional.ofNullable(createdAt)));
        CustomerView.printOne(spec.commandLine().getOut(), GlobalOptions.format(spec), customer);
        return ExitCodes.OK;
    }

    /** The cost in --currency, refused as a bad option value (exit 2) when no store could keep it. */
    private Money cost(BigDecimal amount) {
        try {
            return Money.of(amount, Money.currency(currency)).storable("acquisitionCost");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--acquisition-cost': "
                    + e.getMessage().replaceFirst("^'[a-zA-Z]+' ", ""));
        }
    }

    public static ExternalId externalId(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'external-id' must be SOURCE:ID, e.g. shop:4711, got '" + text + "'");
        }
        return ExternalId.of(text.substring(0, colon), text.substring(colon + 1));
    }
}
