package org.opencrm.application.service.migration;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.opencrm.application.concurrent.Prefetch;
import org.opencrm.application.port.in.migration.MigrateStoreUseCase;
import org.opencrm.application.port.out.KeyPages;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;
import org.opencrm.application.port.out.storage.StoreOpener;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.recommendation.RuleSet;
import org.opencrm.domain.segment.Segment;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;

/**
 * Copies customers, then products, purchases (with their lines), fitted models, API keys (their hashes),
 * interactions, survey responses, complaints and follow-ups, through the ports only: any backend to any other. Each table is read on its own thread, ahead of the
 * writing (customers in one streamed pass, products and purchases in key pages), and written in one
 * transaction per page, except purchases into a target that has none: one load, cut off as a whole. Writes are
 * idempotent (customers and products replace, purchases skip known ids, fits already there are left), so a
 * second run after an interruption completes the copy. Every row read is added to the
 * source's checksum; at the end the target is read again and its checksum compared, per table, with the row
 * counts: an order-independent sum of a SHA-256 of every row's canonical form (its record's text, whose parts
 * are sorted). The source should be quiet while it is copied.
 */
public class MigrateStoreService implements MigrateStoreUseCase {

    private static final String[] TABLES = {"customers", "products", "purchases", "fitted models", "api keys",
        "interactions", "survey responses", "complaints", "follow-ups", "customer merges",
        "segments", "campaigns (with members and responses)", "association rule sets"};

    private final StoreOpener opener;

    @Inject
    public MigrateStoreService(StoreOpener opener) {
        this.opener = Objects.requireNonNull(opener);
    }

    @Override
    public Result migrate(Command command) {
        try (Storage from = opener.open(StoreLocation.of(command.from()));
             Storage to = opener.open(StoreLocation.of(command.to()))) {
            Listener listener = command.listener();
            int size = command.pageSize();
            Checksums source = new Checksums();
            long[] written = new long[TABLES.length];

            listener.tableStarted(TABLES[0], from.customers().count());
            long customersBefore = to.customers().count();
            MigrateStoreService.<Customer>copy(from.customers()::forEachCustomer, size, page -> {
                to.customers().saveAll(page);
                return 0;
            }, source, 0, listener);
            written[0] = to.customers().count() - customersBefore;

            listener.tableStarted(TABLES[1], from.products().count());
            long productsBefore = to.products().count();
            MigrateStoreService.<Product>copy(sink -> forEachProductPage(from, size, page -> page.forEach(sink)), size, page -> {
                to.products().saveAll(page);
                return 0;
            }, source, 1, listener);
            written[1] = to.products().count() - productsBefore;

            listener.tableStarted(TABLES[2], from.purchases().count());
            // Purchases are read in id pages: in key order, the target's primary-key index grows at its end (written
            // in the source's order, a COPY into PostgreSQL took a fifth longer). Into a target without purchases
            // they go as one load (its indexes built at the end); into one with some, a transaction per page.
            Supplier<Long> purchases = () -> MigrateStoreService.<Purchase>copy(
                    sink -> forEachPurchasePage(from, size, page -> page.forEach(sink)), size,
                    page -> to.purchases().addAll(page), source, 2, listener);
            written[2] = to.purchases().count() == 0 ? to.loadPurchases(purchases) : purchases.get();

            Set<FittedModel> fitsThere = new HashSet<>(allFits(to));
            written[3] = copySmall(allFits(from), fitsThere::contains, m -> to.models().save(m), to, source, 3, listener);
            written[4] = copySmall(from.apiKeys().findAll(), k -> to.apiKeys().findById(k.id()).equals(Optional.of(k)),
                    k -> to.apiKeys().save(k), to, source, 4, listener);

            listener.tableStarted(TABLES[5], from.interactions().count());
            long interactionsBefore = to.interactions().count();
            MigrateStoreService.<Interaction>copy(sink -> forEachInteractionPage(from, size, page -> page.forEach(sink)),
                    size, page -> to.unitOfWork().inTransaction(() -> page.stream().filter(to.interactions()::add).count()),
                    source, 5, listener);
            written[5] = to.interactions().count() - interactionsBefore;

            listener.tableStarted(TABLES[6], from.surveyResponses().count());
            long responsesBefore = to.surveyResponses().count();
            MigrateStoreService.<SurveyResponse>copy(sink -> forEachSurveyPage(from, size, page -> page.forEach(sink)),
                    size, page -> (long) to.unitOfWork().inTransaction(() -> to.surveyResponses().addBatch(page)),
                    source, 6, listener);
            written[6] = to.surveyResponses().count() - responsesBefore;

            listener.tableStarted(TABLES[7], from.complaints().count());
            written[7] = MigrateStoreService.<Complaint>copy(sink -> forEachComplaintPage(from, size, page -> page.forEach(sink)),
                    size, page -> to.unitOfWork().inTransaction(() -> page.stream().filter(to.complaints()::add).count()),
                    source, 7, listener);

            listener.tableStarted(TABLES[8], from.followUps().count());
            written[8] = MigrateStoreService.<FollowUp>copy(sink -> forEachFollowUpPage(from, size, page -> page.forEach(sink)),
                    size, page -> to.unitOfWork().inTransaction(() -> page.stream().filter(to.followUps()::add).count()),
                    source, 8, listener);

            // Oldest first, so that each alias ends up pointing where the source's does after later merges.
            Set<CustomerMerge> merged = new HashSet<>(to.merges().findAll());
            written[9] = copySmall(from.merges().findAll(), merged::contains, m -> to.merges().record(m), to, source, 9,
                    listener);

            Set<Segment> segmentsThere = new HashSet<>(to.segments().findAll());
            written[10] = copySmall(from.segments().findAll(), segmentsThere::contains, s -> to.segments().add(s), to,
                    source, 10, listener);

            // A campaign goes with its snapshot and its responses: the checksum covers all three.
            written[11] = copySmall(from.campaigns().findAll(), c -> to.campaigns().findById(c.id()).isPresent(), c -> {
                to.campaigns().start(c, from.campaigns().members(c.id()));
                from.campaigns().responses(c.id()).forEach(to.campaigns()::respond);
            }, to, source, 11, listener);
            from.campaigns().findAll().forEach(c -> {
                from.campaigns().members(c.id()).forEach(m -> source.add(11, m));
                from.campaigns().responses(c.id()).forEach(r -> source.add(11, r));
            });

            Set<RuleSet> rulesThere = new HashSet<>(to.associationRules().findAll());
            written[12] = copySmall(from.associationRules().findAll(), rulesThere::contains,
                    r -> to.associationRules().save(r), to, source, 12, listener);

            to.bulkLoadEnded();
            listener.verifying();
            Checksums target = Checksums.of(to, size);
            List<TableCheck> checks = new ArrayList<>();
            for (int i = 0; i < TABLES.length; i++) {
                checks.add(new TableCheck(TABLES[i], written[i], source.rows[i], target.rows[i], source.hex(i),
                        target.hex(i)));
            }
            return new Result(checks);
        }
    }

    /**
     * Reads (and adds every row read to the source's checksum) on one thread and writes on this one, a page at
     * a time; returns what the writer reports.
     */
    private static <T extends Record> long copy(Consumer<Consumer<T>> reader, int size, ToLongFunction<List<T>> writer,
                                                Checksums source, int table, Listener listener) {
        long[] total = {0};
        List<T> page = new ArrayList<>(size);
        // Hashing the source rows happens on the reading thread, so the writing thread only writes.
        Prefetch.<T>pipe(sink -> reader.accept(row -> {
            source.add(table, row);
            sink.accept(row);
        }), row -> {
            page.add(row);
            if (page.size() == size) {
                total[0] += writer.applyAsLong(List.copyOf(page));
                listener.copied(page.size());
                page.clear();
            }
        }, "migrate-read");
        if (!page.isEmpty()) {
            total[0] += writer.applyAsLong(List.copyOf(page));
            listener.copied(page.size());
        }
        return total[0];
    }

    /**
     * Copies a small table row by row, each row the target does not hold yet ({@code there}) in a transaction of
     * its own, and adds every source row to the checksum; answers how many were written.
     */
    private static <T extends Record> long copySmall(List<T> rows, Predicate<T> there, Consumer<T> save, Storage to,
                                                     Checksums source, int table, Listener listener) {
        listener.tableStarted(TABLES[table], rows.size());
        long written = 0;
        for (T row : rows) {
            source.add(table, row);
            if (!there.test(row)) {
                to.unitOfWork().run(() -> save.accept(row));
                written++;
            }
        }
        listener.copied(rows.size());
        return written;
    }

    private static void forEachProductPage(Storage store, int size, Consumer<List<Product>> sink) {
        KeyPages.forEach(after -> store.products().findAfter(after, size), Product::id, size, sink);
    }

    private static void forEachInteractionPage(Storage store, int size, Consumer<List<Interaction>> sink) {
        KeyPages.forEach(after -> store.interactions().findAfter(after, size), Interaction::id, size, sink);
    }

    private static void forEachSurveyPage(Storage store, int size, Consumer<List<SurveyResponse>> sink) {
        KeyPages.forEach(after -> store.surveyResponses().findAfter(after, size), SurveyResponse::id, size, sink);
    }

    private static void forEachComplaintPage(Storage store, int size, Consumer<List<Complaint>> sink) {
        KeyPages.forEach(after -> store.complaints().findAfter(after, size), Complaint::id, size, sink);
    }

    private static void forEachFollowUpPage(Storage store, int size, Consumer<List<FollowUp>> sink) {
        KeyPages.forEach(after -> store.followUps().findAfter(after, size), FollowUp::id, size, sink);
    }

    private static void forEachPurchasePage(Storage store, int size, Consumer<List<Purchase>> sink) {
        KeyPages.forEach(after -> store.purchases().findAfter(after, size), Purchase::id, size, sink);
    }

    private static List<FittedModel> allFits(Storage store) {
        List<FittedModel> fits = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) {
            fits.addAll(store.models().findAll(kind));
        }
        return fits;
    }

    /** Row counts and checksums of the tables of one store. */
    private static final class Checksums {
        private final long[] rows = new long[TABLES.length];
        private final long[] sums = new long[TABLES.length];
        private final MessageDigest sha;

        private Checksums() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        /** Reads on one thread and hashes on this one. */
        static Checksums of(Storage store, int size) {
            Checksums c = new Checksums();
            Prefetch.<Customer>pipe(store.customers()::forEachCustomer, x -> c.add(0, x), "verify-read");
            Prefetch.<Product>pipe(sink -> forEachProductPage(store, size, page -> page.forEach(sink)),
                    x -> c.add(1, x), "verify-read");
            Prefetch.<Purchase>pipe(sink -> store.purchases().forEachPurchase(sink), x -> c.add(2, x), "verify-read");
            allFits(store).forEach(x -> c.add(3, x));
            store.apiKeys().findAll().forEach(x -> c.add(4, x));
            forEachInteractionPage(store, size, page -> page.forEach(x -> c.add(5, x)));
            forEachSurveyPage(store, size, page -> page.forEach(x -> c.add(6, x)));
            forEachComplaintPage(store, size, page -> page.forEach(x -> c.add(7, x)));
            forEachFollowUpPage(store, size, page -> page.forEach(x -> c.add(8, x)));
            store.merges().findAll().forEach(x -> c.add(9, x));
            store.segments().findAll().forEach(x -> c.add(10, x));
            store.campaigns().findAll().forEach(x -> {
                c.add(11, x);
                store.campaigns().members(x.id()).forEach(m -> c.add(11, m));
                store.campaigns().responses(x.id()).forEach(r -> c.add(11, r));
            });
            store.associationRules().findAll().forEach(x -> c.add(12, x));
            return c;
        }

        void add(int table, Record row) {
            byte[] digest = sha.digest(canonical(row).getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (digest[i] & 0xff);
            }
            rows[table]++;
            sums[table] += h; // a sum, so the order rows come in does not matter
        }

        /**
         * A row's canonical text: a record's own text, except for the large tables, purchases and customers: their
         * fields, unformatted (formatting a purchase record's Instant and BigDecimal was a third of a migration).
         */
        private static String canonical(Record row) {
            if (row instanceof Customer c) {
                return canonical(c);
            }
            if (!(row instanceof Purchase p)) {
                return row.toString();
            }
            StringBuilder text = new StringBuilder(96).append(p.id().value()).append('\u0000')
                    .append(p.customerId().value()).append('\u0000').append(p.occurredAt().getEpochSecond()).append('.')
                    .append(p.occurredAt().getNano()).append('\u0000').append(p.amount().minorUnits()).append(' ')
                    .append(p.amount().currency().getCurrencyCode()).append('\u0000').append(p.channel().name());
            if (!p.lineItems().isEmpty()) {
                text.append('\u0000').append(p.lineItems());
            }
            return text.toString();
        }

        /** Every field of the customer, parts in the order the record keeps them (sorted), NUL between fields. */
        private static String canonical(Customer c) {
            StringBuilder text = new StringBuilder(160).append(c.id().value()).append('\u0000').append(c.name());
            c.externalIds().forEach(e -> text.append('\u0000').append(e.source()).append('\u0001').append(e.value()));
            text.append('\u0000');
            c.contactPoints().forEach(p -> text.append('\u0000').append(p.kind().name()).append('\u0001')
                    .append(p.value()));
            text.append('\u0000').append(c.consent().email()).append(' ').append(c.consent().phone());
            c.attributes().forEach((k, v) -> text.append('\u0000').append(k).append('\u0001').append(v));
            text.append('\u0000').append(c.acquisition().name());
            c.acquisition().cost().ifPresent(m -> text.append('\u0001').append(m.minorUnits()).append(' ')
                    .append(m.currency().getCurrencyCode()));
            return text.append('\u0000').append(c.createdAt().toEpochMilli()).toString();
        }

        String hex(int table) {
            return String.format("%016x", sums[table]);
        }
    }
}
