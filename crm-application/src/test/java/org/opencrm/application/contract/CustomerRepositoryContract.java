package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestCustomers.aChineseCustomer;
import static org.opencrm.domain.fixtures.TestCustomers.aCustomer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.DuplicateExternalIdException;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.customer.ProfileShape;
import org.opencrm.domain.customer.UpdatePolicy;
import org.opencrm.domain.segment.SegmentCondition;
import org.opencrm.domain.segment.SegmentFacts;
import org.opencrm.domain.segment.SegmentParser;
import org.opencrm.domain.money.Money;

/** Contract of {@link org.opencrm.application.port.out.CustomerRepository}: every backend passes it. */
public abstract class CustomerRepositoryContract extends StorageContract {

    /** Whether this store evaluates profile-only segment conditions itself (SQL stores do). */
    protected boolean pushesDownProfileConditions() {
        return false;
    }

    @Test
    void aSegmentConditionEvaluatedByTheStoreFindsWhatJavaFinds() {
        java.util.Random random = new java.util.Random(20261205);
        String[] sources = {"fair", "Fair", "web", "上海展会", "Éclair", "unknown"};
        String[] cities = {"上海", "Berlin", "berlin", "BERLIN", "Zürich", "zürich"};
        List<Customer> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, String> attributes = new java.util.HashMap<>();
            if (random.nextInt(4) > 0) {
                attributes.put("city", cities[random.nextInt(cities.length)]);
            }
            if (random.nextBoolean()) {
                attributes.put("tier", random.nextBoolean() ? "gold" : "Gold");
            }
            all.add(new Customer(CustomerId.of(String.format("c-%02d", i)), "C" + i, List.of(), List.of(),
                    new MarketingConsent(random.nextBoolean(), random.nextBoolean()), attributes,
                    AcquisitionSource.of(sources[random.nextInt(sources.length)]),
                    Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * i)));
        }
        customers().saveAll(all);
        Instant end = Instant.parse("2024-02-15T00:00:00Z"); // the later customers are not in the base yet
        int pushedDown = 0;
        for (int n = 0; n < 200; n++) {
            String expression = randomCondition(random, 3, sources, cities);
            SegmentCondition condition = SegmentParser.parse(expression);
            List<CustomerId> inJava = all.stream().filter(c -> c.createdAt().isBefore(end))
                    .filter(c -> condition.test(SegmentFacts.ofProfile(c))).map(Customer::id).sorted().toList();
            java.util.Optional<List<CustomerId>> byStore = customers().findIdsMatching(condition, end);
            if (byStore.isPresent()) {
                pushedDown++;
                assertThat(byStore.get()).as(expression).isEqualTo(inJava);
            }
        }
        if (pushesDownProfileConditions()) {
            assertThat(pushedDown).as("conditions the store evaluated").isGreaterThan(100);
        }
    }

    private static String randomCondition(java.util.Random random, int depth, String[] sources, String[] cities) {
        int pick = depth == 0 ? 3 + random.nextInt(4) : random.nextInt(7);
        String op = random.nextBoolean() ? " = " : " != ";
        return switch (pick) {
            case 0 -> "(" + randomCondition(random, depth - 1, sources, cities) + " and "
                    + randomCondition(random, depth - 1, sources, cities) + ")";
            case 1 -> "(" + randomCondition(random, depth - 1, sources, cities) + " or "
                    + randomCondition(random, depth - 1, sources, cities) + ")";
            case 2 -> "not " + randomCondition(random, depth - 1, sources, cities);
            case 3 -> "source" + op + "'" + sources[random.nextInt(sources.length)] + "'";
            case 4 -> "attr.city" + op + "'" + cities[random.nextInt(cities.length)] + "'";
            case 5 -> "attr.tier" + op + (random.nextBoolean() ? "gold" : "GOLD");
            default -> (random.nextBoolean() ? "consent_email" : "consent_phone") + op + random.nextBoolean();
        };
    }

    @Test
    void findsTheHoldersOfTensOfThousandsOfExternalIdsAtOnceAsOfAFew() {
        customers().saveAll(List.of(aCustomer("c-1", "One", "k-1"), aCustomer("c-2", "Two", "k-9999"),
                aChineseCustomer("c-3")));
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            asked.add("k-" + i);
        }
        assertThat(customers().findIdsByExternalIds("shop", asked))
                .containsOnly(Map.entry("k-1", CustomerId.of("c-1")), Map.entry("k-9999", CustomerId.of("c-2")));
        assertThat(customers().findIdsByExternalIds("other", asked)).isEmpty();
    }

    @Test
    void answersWhichPartsOfEveryProfileAreFilledWithoutTheProfiles() {
        Customer full = aCustomer();
        Customer bare = Customer.named(CustomerId.of("c-bare"), "Bare", Instant.parse("2024-02-02T00:00:00Z"));
        Customer chinese = aChineseCustomer("c-zh");
        Customer phoneOnly = new Customer(CustomerId.of("c-phone"), "Phone", List.of(),
                List.of(ContactPoint.phone("+44 20 7946 0000"), new ContactPoint(ContactPoint.Kind.ADDRESS, "1 Road")),
                MarketingConsent.NONE, Map.of(), AcquisitionSource.of("fair"), Instant.parse("2024-03-03T00:00:00Z"));
        customers().saveAll(List.of(full, bare, chinese, phoneOnly));

        List<ProfileShape> shapes = new ArrayList<>();
        customers().forEachShape(shapes::add);

        assertThat(shapes).containsExactlyInAnyOrder(ProfileShape.of(full), ProfileShape.of(bare),
                ProfileShape.of(chinese), ProfileShape.of(phoneOnly));
        assertThat(ProfileShape.of(bare)).isEqualTo(new ProfileShape(bare.id(), bare.createdAt(), java.util.Set.of(),
                false, false, false));
    }

    @Test
    void findsCustomersByPartOfTheirNameIgnoringAsciiCaseAPageAtATime() {
        customers().saveAll(List.of(aCustomer("c-1", "Ada Lovelace", "e-1"), aCustomer("c-2", "ADAM Smith", "e-2"),
                aCustomer("c-3", "Grace Hopper", "e-3"), aCustomer("c-4", "张伟 Ada", "e-4"),
                aCustomer("c-5", "100% Ada_fan", "e-5"), aCustomer("c-6", "张三", "e-6")));
        Page<Customer> first = customers().findByName("ada", PageRequest.first(2));
        assertThat(first.items()).extracting(c -> c.id().value()).containsExactly("c-1", "c-2");
        Page<Customer> second = customers().findByName("ada", PageRequest.after(first.nextCursor().orElseThrow(), 2));
        assertThat(second.items()).extracting(c -> c.id().value()).containsExactly("c-4", "c-5");
        assertThat(second.nextCursor()).isEmpty();
        assertThat(customers().findByName("张", PageRequest.first(10)).items()).extracting(c -> c.id().value())
                .containsExactly("c-4", "c-6");
        // LIKE's wildcards in the text are plain characters.
        assertThat(customers().findByName("0% a", PageRequest.first(10)).items()).extracting(c -> c.id().value())
                .containsExactly("c-5");
        assertThat(customers().findByName("a_f", PageRequest.first(10)).items()).extracting(c -> c.id().value())
                .containsExactly("c-5");
        assertThat(customers().findByName("%", PageRequest.first(10)).items()).extracting(c -> c.id().value())
                .containsExactly("c-5");
        assertThat(customers().findByName("nobody", PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void storesAndFindsAWholeProfile() {
        Customer c = aCustomer();
        customers().save(c);
        assertThat(customers().findById(c.id())).contains(c);
        assertThat(customers().findById(CustomerId.of("nobody"))).isEmpty();
        assertThat(customers().count()).isEqualTo(1);
    }

    @Test
    void keepsChineseNamesAndEmojiExactly() {
        Customer c = aChineseCustomer("zw");
        customers().save(c);
        Customer back = customers().findById(c.id()).orElseThrow();
        assertThat(back.name()).isEqualTo("张伟 🐉");
        assertThat(back.attributes()).containsEntry("城市", "北京 🏙");
        assertThat(back).isEqualTo(c);
    }

    @Test
    void keepsDecimalAmountsExact() {
        Money cost = Money.of("0.1", "USD").plus(Money.of("0.2", "USD"));
        Customer c = new Customer(CustomerId.of("m"), "M", List.of(), List.of(), MarketingConsent.NONE, Map.of(),
                AcquisitionSource.of("ads", cost), Instant.parse("2024-02-29T23:59:59.123Z"));
        customers().save(c);
        Money back = customers().findById(c.id()).orElseThrow().acquisition().cost().orElseThrow();
        assertThat(back.amount().toPlainString()).isEqualTo("0.30");
        assertThat(customers().findById(c.id()).orElseThrow().createdAt())
                .isEqualTo(Instant.parse("2024-02-29T23:59:59.123Z"));
    }

    @Test
    void savingAgainReplacesTheProfile() {
        Customer c = aCustomer();
        customers().save(c);
        Customer applied = c.apply(new CustomerUpdate(Optional.of("Ada King"), List.of(ExternalId.of("shop", "ada-2")),
                List.of(ContactPoint.phone("+1 555 0100")), Optional.of(MarketingConsent.NONE),
                Map.of("tier", "silver"), Optional.empty()), UpdatePolicy.OVERWRITE);
        // Saving stores the profile as given: here one without its first id.
        Customer changed = new Customer(applied.id(), applied.name(), List.of(ExternalId.of("shop", "ada-2")),
                applied.contactPoints(), applied.consent(), applied.attributes(), applied.acquisition(),
                applied.createdAt());
        customers().save(changed);
        assertThat(customers().findById(c.id())).contains(changed);
        assertThat(customers().findByExternalId(ExternalId.of("shop", "ada-1"))).isEmpty();
        assertThat(customers().findByExternalId(ExternalId.of("shop", "ada-2"))).contains(changed);
        assertThat(customers().count()).isEqualTo(1);
    }

    @Test
    void aCustomerShouldBeFoundByEachOfSeveralExternalIdsOfOneSource() {
        Customer c = aCustomer();
        customers().save(c);
        Customer twice = c.apply(new CustomerUpdate(Optional.empty(), List.of(ExternalId.of("shop", "ada-new")),
                List.of(), Optional.empty(), Map.of(), Optional.empty()), UpdatePolicy.OVERWRITE);
        customers().save(twice);

        assertThat(customers().findById(c.id()).orElseThrow().externalIds("shop"))
                .containsExactly(ExternalId.of("shop", "ada-1"), ExternalId.of("shop", "ada-new"));
        assertThat(customers().findByExternalId(ExternalId.of("shop", "ada-1"))).contains(twice);
        assertThat(customers().findByExternalId(ExternalId.of("shop", "ada-new"))).contains(twice);
        assertThat(customers().findIdsByExternalIds("shop", List.of("ada-1", "ada-new")))
                .containsOnly(Map.entry("ada-1", c.id()), Map.entry("ada-new", c.id()));
        assertThat(customers().count()).isEqualTo(1);
    }

    @Test
    void findsByExternalIdAndEmail() {
        Customer a = aCustomer("c-a", "A", "a");
        Customer b = aCustomer("c-b", "B", "b");
        customers().saveAll(List.of(a, b));
        assertThat(customers().findByExternalId(ExternalId.of("shop", "b"))).contains(b);
        assertThat(customers().findByExternalId(ExternalId.of("pos", "b"))).isEmpty();
        assertThat(customers().findByEmail("a@example.org")).contains(a);
        assertThat(customers().findByEmail("zz@example.org")).isEmpty();
        assertThat(customers().findByExternalIds("shop", List.of("a", "b", "c"))).containsOnly(
                Map.entry("a", a), Map.entry("b", b));
        assertThat(customers().findIdsByExternalIds("shop", List.of("b", "x"))).containsOnly(Map.entry("b", b.id()));
        assertThat(customers().findByEmails(List.of("b@example.org", "x@example.org")))
                .containsOnly(Map.entry("b@example.org", b));
        assertThat(customers().findByExternalIds("shop", List.of())).isEmpty();
    }

    @Test
    void registersNewCustomersWholeAsSavingWould() {
        Customer ada = aCustomer("c-1", "Ada", "e-1");
        Customer zhang = aChineseCustomer("c-2");
        unitOfWork().run(() -> customers().registerAll(List.of(ada, zhang)));
        assertThat(customers().findById(ada.id())).contains(ada);
        assertThat(customers().findById(zhang.id())).contains(zhang);
        assertThat(customers().findByExternalIds("shop", List.of("e-1"))).containsOnly(Map.entry("e-1", ada));
        assertThat(customers().count()).isEqualTo(2);
    }

    @Test
    void registeringAnExternalIdAlreadyHeldIsStillRefusedAndStoresNothing() {
        customers().save(aCustomer("c-a", "A", "same"));
        // The caller promised new external ids and broke the promise: the store's keys refuse it all the same.
        assertThatThrownBy(() -> unitOfWork().run(() -> customers().registerAll(
                List.of(aCustomer("c-b", "B", "other"), aCustomer("c-c", "C", "same")))))
                .isInstanceOf(RuntimeException.class);
        assertThat(customers().findById(CustomerId.of("c-b"))).isEmpty();
        assertThat(customers().findById(CustomerId.of("c-c"))).isEmpty();
        assertThat(customers().count()).isEqualTo(1);
        // Two customers of one call holding the same external id are refused before anything is written.
        assertThatThrownBy(() -> unitOfWork().run(() -> customers().registerAll(
                List.of(aCustomer("c-d", "D", "twice"), aCustomer("c-e", "E", "twice")))))
                .isInstanceOf(DuplicateExternalIdException.class);
        assertThat(customers().count()).isEqualTo(1);
    }

    @Test
    void refusesAnExternalIdThatBelongsToAnotherCustomer() {
        customers().save(aCustomer("c-a", "A", "same"));
        Customer other = aCustomer("c-b", "B", "same");
        assertThatThrownBy(() -> unitOfWork().run(() -> customers().save(other)))
                .isInstanceOf(DuplicateExternalIdException.class)
                .hasMessageContaining("shop:same");
        assertThat(customers().findById(other.id())).isEmpty();
        assertThat(customers().count()).isEqualTo(1);
    }

    @Test
    void pagesThroughEveryCustomerOnceInIdOrder() {
        List<Customer> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.add(aCustomer(UUID.randomUUID().toString(), "C" + i, "ext-" + i));
        }
        customers().saveAll(all);
        List<String> seen = new ArrayList<>();
        Page<Customer> page = customers().findPage(PageRequest.first(10));
        int pages = 1;
        seen.addAll(page.items().stream().map(c -> c.id().value()).toList());
        while (page.nextCursor().isPresent()) {
            page = customers().findPage(PageRequest.after(page.nextCursor().get(), 10));
            seen.addAll(page.items().stream().map(c -> c.id().value()).toList());
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).isSorted()
                .containsExactlyInAnyOrderElementsOf(all.stream().map(c -> c.id().value()).toList());
    }

    @Test
    void streamsEveryCustomerOnceWithTheirExternalIdsAndAttributes() {
        List<Customer> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(i % 3 == 0 ? aChineseCustomer("z-" + i) : aCustomer(UUID.randomUUID().toString(), "C" + i, "ext-" + i));
        }
        // Several external ids and attributes on one customer, and a customer with none of either.
        all.add(new Customer(CustomerId.of("many"), "Many", List.of(ExternalId.of("shop", "m-1"),
                ExternalId.of("crm", "m-1"), ExternalId.of("app", "m-2")), List.of(ContactPoint.email("m@example.org")),
                MarketingConsent.NONE, Map.of("a", "1", "b", "", "c", "3"), AcquisitionSource.UNKNOWN,
                Instant.parse("1969-07-20T20:17:40Z")));
        all.add(new Customer(CustomerId.of("bare"), "Bare", List.of(), List.of(), MarketingConsent.NONE, Map.of(),
                AcquisitionSource.UNKNOWN, Instant.parse("2024-01-01T00:00:00Z")));
        customers().saveAll(all);

        List<Customer> streamed = new ArrayList<>();
        customers().forEachCustomer(streamed::add);

        assertThat(streamed).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void anExactlyFullLastPageHasNoNextCursor() {
        customers().saveAll(List.of(aCustomer("1", "A", "a"), aCustomer("2", "B", "b")));
        Page<Customer> page = customers().findPage(PageRequest.first(2));
        assertThat(page.items()).hasSize(2);
        assertThat(page.nextCursor()).isEmpty();
    }
}
