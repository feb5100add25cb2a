package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.value.ValueTypesReport;
import org.opencrm.application.port.in.value.ValueTypesReportUseCase;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;
import org.opencrm.domain.value.orientation.ValueOrientationType;
import org.opencrm.formats.ValueTypesReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm report value-types}: the nine value-orientation types of the customer base. */
@Command(name = "value-types", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Classifies every customer who bought by the as-of date into one of the nine value-"
                + "orientation types (time: past, present, future x value: economic, functional, psychological) "
                + "from their line items and the product catalog ('crm import products'): share of spend on newly "
                + "launched products (future) or on repeat buys of long-established ones (past); share bought "
                + "below list price (economic) or on premium products (psychological). Customers whose purchases "
                + "carry no products, or whose products the catalog does not describe, are counted as "
                + "insufficient data, never guessed.")
public final class ValueTypesReportCommand implements Callable<Integer> {

    private static final ValueOrientationClassifier D = ValueOrientationClassifier.DEFAULT;

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentOption segment;

    @Mixin
    CsvSection section;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--new-within-days", paramLabel = "DAYS", defaultValue = "90",
            description = "A product is new this many days after its launch (default: ${DEFAULT-VALUE}).")
    int newWithinDays;

    @Option(names = "--established-after-days", paramLabel = "DAYS", defaultValue = "365",
            description = "A product is long-established this many days after its launch (default: ${DEFAULT-VALUE}).")
    int establishedAfterDays;

    @Option(names = "--min-described-share", paramLabel = "SHARE", defaultValue = "0.8",
            description = "Share of a customer's spend the catalog must describe to classify them (default: ${DEFAULT-VALUE}).")
    double minDescribedShare;

    @Option(names = "--list", paramLabel = "N", defaultValue = "0",
            description = "Also list the first N classified customers with their type and signals (default: ${DEFAULT-VALUE}).")
    int list;

    private final ValueTypesReportUseCase valueTypes;

    @Inject
    public ValueTypesReportCommand(ValueTypesReportUseCase valueTypes) {
        this.valueTypes = Objects.requireNonNull(valueTypes);
    }

    @Override
    public Integer call() {
        ValueOrientationClassifier classifier = new ValueOrientationClassifier(newWithinDays, establishedAfterDays,
                D.futureShare(), D.pastShare(), D.economicShare(), D.psychologicalShare(), minDescribedShare);
        ValueTypesReport r = valueTypes.report(new ValueTypesReportUseCase.Query(asOf.get(), classifier, list,
                segment.get()));
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, ValueTypesReportJson.of(r));
            case CSV -> Renderer.reportCsv(out, ValueTypesReportJson.of(r), section.name() != null ? section.name() : list > 0 ? "listed" : null);
            case TABLE -> {
                out.printf(Locale.ROOT, "Value-orientation types as of %s: %d customers, %d classified, %d with "
                        + "insufficient data%n%n", r.asOf(), r.customers(), r.classified(), r.customers() - r.classified());
                List<TableView> tables = new ArrayList<>(List.of(types(r, false)));
                if (!r.unclassified().isEmpty()) {
                    tables.add(unclassified(r));
                }
                if (list > 0) {
                    tables.add(customers(r));
                }
                Renderer.table(out, tables);
            }
        }
        return ExitCodes.OK;
    }

    private static String name(ValueOrientationType t) {
        return t.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static TableView types(ValueTypesReport r, boolean forMachines) {
        List<List<String>> rows = new ArrayList<>();
        for (ValueTypesReport.TypeRow t : r.types()) {
            rows.add(List.of(name(t.type()), t.type().time().name().toLowerCase(Locale.ROOT),
                    t.type().kind().name().toLowerCase(Locale.ROOT), Long.toString(t.customers()),
                    forMachines ? Renderer.fixed(t.share(), 4) : Renderer.fixed(100 * t.share(), 1) + "%",
                    Renderer.fixed(t.meanNewShare(), 3), Renderer.fixed(t.meanEstablishedRepeatShare(), 3),
                    Renderer.fixed(t.meanDiscountShare(), 3), Renderer.fixed(t.meanPremiumShare(), 3)));
        }
        return new TableView("Customers per type (mean shares of spend behind them)", List.of("type", "time", "value",
                "customers", "share", "new", "established_repeat", "discounted", "premium"), rows);
    }

    private static TableView unclassified(ValueTypesReport r) {
        return new TableView("Insufficient data", List.of("cause", "customers", "example"),
                r.unclassified().stream().map(u -> List.of(u.cause().name().toLowerCase(Locale.ROOT),
                        Long.toString(u.customers()), u.example())).toList());
    }

    private static TableView customers(ValueTypesReport r) {
        return new TableView("Classified customers", List.of("customer_id", "name", "type", "new", "established_repeat",
                "discounted", "premium"), r.listed().stream().map(c -> List.of(c.customerId().value(), c.name(),
                name(c.type()), Renderer.fixed(c.newShare(), 3), Renderer.fixed(c.establishedRepeatShare(), 3),
                Renderer.fixed(c.discountShare(), 3), Renderer.fixed(c.premiumShare(), 3))).toList());
    }
}
