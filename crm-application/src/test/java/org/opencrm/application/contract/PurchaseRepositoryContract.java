package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestCustomers.aCustomer;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.PurchaseDays;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;

/** Contract of {@link org.opencrm.application.port.out.PurchaseRepository}: every backend passes it. */
public abstract class PurchaseRepositoryContract extends StorageContract {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private Customer ada;
    private Customer bob;

    @BeforeEach
    void twoCustomers() {
        ada = aCustomer("c-ada", "Ada", "ada");
        bob = aCustomer("c-bob", "Bob", "bob");
        customers().saveAll(List.of(ada, bob));
    }

    @Test
    void addingTheSameIdTwiceStoresOnePurchase() {
        Purchase p = aPurchase("t-1", ada.id(), DAY, "10.00");
        assertThat(purchases().add(p)).isTrue();
        assertThat(purchases().add(aPurchase("t-1", ada.id(), DAY.plusDays(1), "99.00"))).isFalse();
        assertThat(purchases().count()).isEqualTo(1);
        assertThat(purchases().findById(p.id())).contains(p);
    }

    @Test
    void addAllCountsOnlyNewPurchasesIncludingRepeatsInsideTheBatch() {
        purchases().add(aPurchase("t-1", ada.id(), DAY, "1.00"));
        int added = purchases().addAll(List.of(aPurchase("t-1", ada.id(), DAY, "1.00"),
                aPurchase("t-2", ada.id(), DAY, "2.00"), aPurchase("t-3", bob.id(), DAY, "3.00"),
                aPurchase("t-3", bob.id(), DAY, "3.00")));
        assertThat(added).isEqualTo(2);
        assertThat(purchases().count()).isEqualTo(3);
        assertThat(purchases().addAll(List.of())).isZero();
    }

    @Test
    void keepsAmountsLineItemsAndChannelExactly() {
        Money amount = Money.of("0.1", "USD").plus(Money.of("0.2", "USD"));
        Purchase p = new Purchase(PurchaseId.of("t-exact"), ada.id(), Instant.parse("2024-03-01T10:15:30.250Z"),
                amount, List.of(
                        new LineItem(ProductId.of("sku-1"), Optional.of(Category.of("jazz")), 2, Money.of("0.10", "USD"),
                                Optional.of(Money.of("0.15", "USD"))),
                        new LineItem(ProductId.of("sku-2"), Optional.empty(), 1, Money.of("0.10", "USD"), Optional.empty())),
                Channel.of("Web"));
        purchases().add(p);
        Purchase back = purchases().findById(p.id()).orElseThrow();
        assertThat(back).isEqualTo(p);
        assertThat(back.amount().amount().toPlainString()).isEqualTo("0.30");
        assertThat(back.channel().name()).isEqualTo("web");
    }

    @Test
    void keepsOtherCurrenciesAtTheirOwnScale() {
        Purchase yen = Purchase.of(PurchaseId.of("t-jpy"), ada.id(), Instant.parse("2024-03-01T00:00:00Z"),
                Money.of("1500", "JPY"));
        purchases().add(yen);
        assertThat(purchases().findById(yen.id())).contains(yen);
    }

    @Test
    void listsACustomersPurchasesOldestFirst() {
        purchases().addAll(List.of(aPurchase("b", ada.id(), DAY.plusDays(2), "2"), aPurchase("a", ada.id(), DAY, "1"),
                aPurchase("c", bob.id(), DAY, "3"), aPurchase("d", ada.id(), DAY.plusDays(2), "4")));
        assertThat(purchases().findByCustomer(ada.id())).extracting(p -> p.id().value()).containsExactly("a", "b", "d");
        assertThat(purchases().findByCustomer(CustomerId.of("nobody"))).isEmpty();
    }

    @Test
    void streamsEveryCustomersHistoryInIdOrderWithDaysInTheGivenZone() {
        Customer prospect = aCustomer("c-zed", "Zed", "zed");
        customers().save(prospect);
        // 23:30 UTC on 1 March is already 2 March in Shanghai.
        purchases().addAll(List.of(
                Purchase.of(PurchaseId.of("late"), ada.id(), Instant.parse("2024-03-01T23:30:00Z"), Money.of("5", "USD")),
                new Purchase(PurchaseId.of("early"), ada.id(), Instant.parse("2024-02-01T08:00:00Z"), Money.of("7", "USD"),
                        List.of(new LineItem(ProductId.of("p"), Optional.of(Category.of("rock")), 1, Money.of("7", "USD"),
                                Optional.empty())), Channel.UNSPECIFIED),
                aPurchase("bob-1", bob.id(), DAY, "1")));

        List<PurchaseHistory> histories = new ArrayList<>();
        purchases().forEachHistory(ZoneId.of("Asia/Shanghai"), histories::add);

        assertThat(histories).extracting(h -> h.customerId().value())
                .containsExactlyInAnyOrder("c-ada", "c-bob", "c-zed");
        PurchaseHistory adas = history(histories, "c-ada");
        assertThat(adas.purchases()).containsExactly(
                new PurchaseFact(LocalDate.of(2024, 2, 1), Money.of("7", "USD"), Set.of(Category.of("rock"))),
                new PurchaseFact(LocalDate.of(2024, 3, 2), Money.of("5", "USD"), Set.of()));
        assertThat(adas.knownSince()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(history(histories, "c-zed").purchases()).isEmpty();
        assertThat(history(histories, "c-bob").purchases()).hasSize(1);

        List<PurchaseHistory> utc = new ArrayList<>();
        purchases().forEachHistory(ZoneOffset.UTC, utc::add);
        assertThat(history(utc, "c-ada").purchases().get(1).day()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void historiesCarryEveryPurchasesCurrencyAndCategoriesInDayOrder() {
        LineItem rock = new LineItem(ProductId.of("r"), Optional.of(Category.of("rock")), 1, Money.of("1000", "JPY"),
                Optional.empty());
        LineItem jazz = new LineItem(ProductId.of("j"), Optional.of(Category.of("jazz")), 1, Money.of("0.05", "EUR"),
                Optional.empty());
        LineItem pop = new LineItem(ProductId.of("p"), Optional.of(Category.of("pop")), 1, Money.of("10.00", "USD"),
                Optional.empty());
        purchases().addAll(List.of(
                aPurchase("a-3", ada.id(), DAY.plusDays(2), "3.00"),
                new Purchase(PurchaseId.of("a-1"), ada.id(), DAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        Money.of("1000", "JPY"), List.of(rock), Channel.UNSPECIFIED),
                new Purchase(PurchaseId.of("a-2"), ada.id(), DAY.atTime(12, 0).toInstant(ZoneOffset.UTC),
                        Money.of("0.05", "EUR"), List.of(jazz), Channel.UNSPECIFIED),
                aPurchase("a-4", ada.id(), DAY.plusDays(1), "4.00"),
                // Same moment, same minor units as a-1: told apart by currency and categories only.
                new Purchase(PurchaseId.of("a-5"), ada.id(), DAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        Money.of("10.00", "USD"), List.of(pop), Channel.UNSPECIFIED),
                Purchase.of(PurchaseId.of("a-6"), ada.id(), DAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        Money.of("10.00", "USD")),
                aPurchase("b-1", bob.id(), DAY, "1.00")));
        List<PurchaseHistory> histories = new ArrayList<>();
        purchases().forEachHistory(ZoneOffset.UTC, histories::add);

        List<PurchaseFact> adas = history(histories, "c-ada").purchases();
        assertThat(adas).containsExactlyInAnyOrder(
                new PurchaseFact(DAY, Money.of("1000", "JPY"), Set.of(Category.of("rock"))),
                new PurchaseFact(DAY, Money.of("0.05", "EUR"), Set.of(Category.of("jazz"))),
                new PurchaseFact(DAY, Money.of("10.00", "USD"), Set.of(Category.of("pop"))),
                PurchaseFact.of(DAY, Money.of("10.00", "USD")),
                PurchaseFact.of(DAY.plusDays(1), Money.of("4.00", "USD")),
                PurchaseFact.of(DAY.plusDays(2), Money.of("3.00", "USD")));
        assertThat(adas).extracting(PurchaseFact::day).isSorted();
        assertThat(history(histories, "c-bob").purchases())
                .containsExactly(PurchaseFact.of(DAY, Money.of("1.00", "USD")));
    }

    @Test
    void readsEveryPurchaseInIdPagesThatResumeAfterAnyId() {
        LineItem line = new LineItem(ProductId.of("sku-1"), Optional.empty(), 3, Money.of("2.50", "USD"), Optional.empty());
        Purchase withLine = new Purchase(PurchaseId.of("p-03"), bob.id(), Instant.parse("2024-03-01T10:00:00Z"),
                Money.of("7.50", "USD"), List.of(line), Channel.of("web"));
        purchases().addAll(List.of(aPurchase("p-05", ada.id(), DAY, "5"), aPurchase("p-01", ada.id(), DAY, "1"),
                withLine, aPurchase("p-04", bob.id(), DAY, "4"), aPurchase("p-02", ada.id(), DAY, "2")));

        List<Purchase> first = purchases().findAfter(Optional.empty(), 2);
        assertThat(first).extracting(p -> p.id().value()).containsExactly("p-01", "p-02");
        List<Purchase> next = purchases().findAfter(Optional.of(first.get(1).id()), 2);
        assertThat(next).containsExactly(withLine, purchases().findById(PurchaseId.of("p-04")).orElseThrow());
        assertThat(purchases().findAfter(Optional.of(PurchaseId.of("p-04")), 10)).extracting(p -> p.id().value())
                .containsExactly("p-05");
        assertThat(purchases().findAfter(Optional.of(PurchaseId.of("p-05")), 10)).isEmpty();
    }

    @Test
    void aLargeBatchWhoseFirstPurchaseIsStoredAlreadyStoresTheRestOnce() {
        purchases().add(aPurchase("big-0", ada.id(), DAY, "1"));
        long before = purchases().count();
        List<Purchase> batch = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            batch.add(aPurchase("big-" + i, i % 2 == 0 ? ada.id() : bob.id(), DAY, "1"));
        }
        // A bulk writer that streams the batch learns of the stored key while it is still sending the rest.
        assertThat(purchases().addAll(batch)).isEqualTo(19_999);
        assertThat(purchases().count()).isEqualTo(before + 19_999);
        assertThat(purchases().addAll(batch)).isZero();
        assertThat(purchases().addAll(List.of(aPurchase("big-new", bob.id(), DAY, "1")))).isOne();
    }

    @Test
    void aLargeImportBatchStoresWhatIsNewOnceAndNothingWhenItsTransactionRollsBack() {
        List<Purchase> batch = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            batch.add(aPurchase("batch-" + i, i % 2 == 0 ? ada.id() : bob.id(), DAY, "1"));
        }
        // Stored already, in both halves of the batch: a store that writes it through two connections skips
        // them on each.
        purchases().addAll(List.of(batch.get(5), batch.get(29_990)));
        assertThat(unitOfWork().inTransaction(() -> purchases().addBatch(batch))).isEqualTo(29_998);
        assertThat(purchases().count()).isEqualTo(30_000);
        assertThat(purchases().findById(batch.get(29_999).id())).contains(batch.get(29_999));

        List<Purchase> next = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            next.add(aPurchase("next-" + i, bob.id(), DAY, "2"));
        }
        assertThatThrownBy(() -> unitOfWork().inTransaction(() -> {
            purchases().addBatch(next);
            throw new IllegalStateException("the batch's transaction fails after its write");
        })).hasMessageContaining("fails after");
        assertThat(purchases().count()).isEqualTo(30_000);
        assertThat(purchases().findById(next.get(29_999).id())).isEmpty();
        assertThat(unitOfWork().inTransaction(() -> purchases().addBatch(next))).isEqualTo(30_000);
        assertThat(purchases().findByCustomer(bob.id())).hasSize(45_000);
    }

    @Test
    void pagesIdsInByteOrderOnEveryStoreNotInALocalesOrder() {
        for (String id : List.of("é-1", "a-1", "Z-1", "b-1", "_-1", "A-2")) {
            purchases().add(aPurchase(id, ada.id(), DAY, "1"));
        }
        // Byte order of the UTF-8: upper case before "_" before lower case, "é" (0xC3 0xA9) last. A locale's
        // collation would interleave the cases and put "é" beside "e".
        assertThat(purchases().findAfter(Optional.empty(), 10)).extracting(p -> p.id().value())
                .containsExactly("A-2", "Z-1", "_-1", "a-1", "b-1", "é-1");
        assertThat(purchases().findAfter(Optional.of(PurchaseId.of("_-1")), 10)).extracting(p -> p.id().value())
                .containsExactly("a-1", "b-1", "é-1");
    }

    @Test
    void streamsEveryPurchaseOnceWithItsLinesInAnyOrder() {
        List<Purchase> plain = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            plain.add(new Purchase(PurchaseId.of("s-" + i), i % 2 == 0 ? ada.id() : bob.id(),
                    Instant.parse("1969-12-31T23:59:59.001Z").plusSeconds(86_400L * i), Money.of(i + ".05", "EUR"),
                    List.of(), i % 3 == 0 ? Channel.UNSPECIFIED : Channel.of("web")));
        }
        purchases().addAll(plain);
        List<Purchase> streamed = new ArrayList<>();
        purchases().forEachPurchase(streamed::add);
        assertThat(streamed).containsExactlyInAnyOrderElementsOf(plain);

        // With line items in the store, each purchase still comes once, with its lines.
        Purchase withLines = new Purchase(PurchaseId.of("s-lines"), ada.id(), Instant.parse("2024-02-01T08:00:00Z"),
                Money.of("1500", "JPY"), List.of(new LineItem(ProductId.of("sku-2 🎵"), Optional.empty(), 1,
                        Money.of("1500", "JPY"), Optional.empty())), Channel.UNSPECIFIED);
        purchases().add(withLines);
        streamed.clear();
        purchases().forEachPurchase(streamed::add);
        List<Purchase> all = new ArrayList<>(plain);
        all.add(withLines);
        assertThat(streamed).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void streamsTheLineItemsOfCustomersWhoHaveAnyInDayOrder() {
        LineItem jazz = new LineItem(ProductId.of("sku-1"), Optional.of(Category.of("jazz")), 2, Money.of("0.10", "USD"),
                Optional.of(Money.of("0.15", "USD")));
        LineItem bare = new LineItem(ProductId.of("sku-2 🎵"), Optional.empty(), 1, Money.of("1500", "JPY"), Optional.empty());
        LineItem rock = new LineItem(ProductId.of("sku-3"), Optional.of(Category.of("rock")), 1, Money.of("7", "USD"),
                Optional.empty());
        purchases().addAll(List.of(
                new Purchase(PurchaseId.of("late"), ada.id(), Instant.parse("2024-03-01T23:30:00Z"), Money.of("0.20", "USD"),
                        List.of(jazz), Channel.UNSPECIFIED),
                new Purchase(PurchaseId.of("early"), ada.id(), Instant.parse("2024-02-01T08:00:00Z"), Money.of("1500", "JPY"),
                        List.of(bare), Channel.UNSPECIFIED),
                new Purchase(PurchaseId.of("both"), ada.id(), Instant.parse("2024-02-10T08:00:00Z"), Money.of("7", "USD"),
                        List.of(rock, jazz), Channel.UNSPECIFIED),
                aPurchase("bob-1", bob.id(), DAY, "1")));

        List<PurchaseRepository.LineHistory> histories = new ArrayList<>();
        purchases().forEachLineHistory(ZoneId.of("Asia/Shanghai"), histories::add);

        assertThat(histories).hasSize(1);
        assertThat(histories.get(0).customerId()).isEqualTo(ada.id());
        assertThat(histories.get(0).lines()).containsExactly(
                new ValueOrientationClassifier.BoughtLine(LocalDate.of(2024, 2, 1), bare),
                new ValueOrientationClassifier.BoughtLine(LocalDate.of(2024, 2, 10), rock),
                new ValueOrientationClassifier.BoughtLine(LocalDate.of(2024, 2, 10), jazz),
                new ValueOrientationClassifier.BoughtLine(LocalDate.of(2024, 3, 2), jazz));
    }

    @Test
    void streamsFixedOffsetAndRegionZonesAlike() {
        purchases().add(Purchase.of(PurchaseId.of("nye"), ada.id(), Instant.parse("2024-12-31T16:30:00Z"),
                Money.of("1", "USD")));
        for (ZoneId zone : List.of(ZoneId.of("+08:00"), ZoneId.of("Asia/Shanghai"), ZoneId.of("America/New_York"))) {
            List<PurchaseHistory> histories = new ArrayList<>();
            purchases().forEachHistory(zone, histories::add);
            assertThat(history(histories, "c-ada").purchases().get(0).day()).as("in %s", zone)
                    .isEqualTo(Instant.parse("2024-12-31T16:30:00Z").atZone(zone).toLocalDate());
        }
    }

    @Test
    void summarisesPurchaseDaysExactlyAsTheHistoriesDo() {
        Customer cy = aCustomer("c-cy", "Cy", "cy");
        customers().save(cy);
        purchases().addAll(List.of(
                aPurchase("a-1", ada.id(), DAY, "10.00"), aPurchase("a-2", ada.id(), DAY, "2.50"),
                Purchase.of(PurchaseId.of("a-3"), ada.id(), Instant.parse("2024-03-05T23:59:59Z"), Money.of("1000", "JPY")),
                aPurchase("a-4", ada.id(), DAY.plusDays(9), "7.25"),
                Purchase.of(PurchaseId.of("a-5"), ada.id(), Instant.parse("2024-03-06T00:00:00Z"), Money.of("0.05", "EUR")),
                aPurchase("b-1", bob.id(), DAY.plusDays(20), "3.00"),
                Purchase.of(PurchaseId.of("c-1"), cy.id(), Instant.parse("1969-12-31T23:00:00Z"), Money.of("1.00", "USD")),
                Purchase.of(PurchaseId.of("c-2"), cy.id(), Instant.parse("1970-01-01T01:00:00Z"), Money.of("2.00", "USD"))));
        LocalDate upTo = LocalDate.of(2024, 3, 5);
        for (ZoneId zone : List.of(ZoneId.of("UTC"), ZoneId.of("+08:00"), ZoneId.of("-05:00"), ZoneId.of("Asia/Shanghai"))) {
            List<PurchaseDays> expected = new ArrayList<>();
            purchases().forEachHistory(zone, h -> PurchaseDays.of(h, upTo).ifPresent(expected::add));
            List<PurchaseDays> summarised = new ArrayList<>();
            purchases().forEachPurchaseDays(zone, upTo, summarised::add);
            assertThat(summarised).as("in %s", zone).containsExactlyInAnyOrderElementsOf(expected);
        }
        List<PurchaseDays> utc = new ArrayList<>();
        purchases().forEachPurchaseDays(ZoneId.of("UTC"), upTo, utc::add);
        PurchaseDays adaDays = utc.stream().filter(d -> d.customerId().equals(ada.id())).findFirst().orElseThrow();
        assertThat(adaDays.days()).isEqualTo(2);
        assertThat(adaDays.first()).isEqualTo(DAY);
        assertThat(adaDays.last()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(adaDays.spend()).isEqualByComparingTo("1012.50");
        assertThat(adaDays.firstDaySpend()).isEqualByComparingTo("12.50");
        // USD and JPY by then: no one currency, so no amount of money (a report refuses to add them up).
        assertThat(adaDays.currency()).isEmpty();
        assertThat(utc).extracting(PurchaseDays::customerId).doesNotContain(bob.id());
        PurchaseDays cyDays = utc.stream().filter(d -> d.customerId().equals(cy.id())).findFirst().orElseThrow();
        assertThat(cyDays.first()).isEqualTo(LocalDate.of(1969, 12, 31));
        assertThat(cyDays.days()).isEqualTo(2);
        assertThat(cyDays.currency()).contains(java.util.Currency.getInstance("USD"));
    }

    private static PurchaseHistory history(List<PurchaseHistory> histories, String customerId) {
        return histories.stream().filter(h -> h.customerId().value().equals(customerId)).findFirst().orElseThrow();
    }
}
