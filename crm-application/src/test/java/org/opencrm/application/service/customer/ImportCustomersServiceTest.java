package org.opencrm.application.service.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.CustomerRow;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.NaturalKey;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.importing.SourcePosition;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.UpdatePolicy;

class ImportCustomersServiceTest {

    private static final Instant NOW = Instant.parse("2025-05-05T05:05:05Z");
    private final FakeStorage storage = new FakeStorage();
    private final ImportCustomersService service = new ImportCustomersService(storage.customers(),
            storage.unitOfWork(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<RejectedRow> rejects = new ArrayList<>();
    private final ImportListener listener = new ImportListener() {
        @Override
        public void rejected(RejectedRow row) {
            rejects.add(row);
        }
    };

    @Test
    void reImportingUpdatesInsteadOfDuplicating() {
        run(NaturalKey.EXTERNAL_ID, UpdatePolicy.OVERWRITE, row(2, "Ann", "a1", "ann@example.org", Map.of("tier", "gold")));
        ImportSummary again = run(NaturalKey.EXTERNAL_ID, UpdatePolicy.OVERWRITE,
                row(2, "Ann Smith", "a1", "ann@example.org", Map.of("tier", "gold")),
                row(3, "Bob", "b1", null, Map.of()));
        assertThat(again).isEqualTo(new ImportSummary(2, 1, 1, 0, 0, 0));
        assertThat(storage.customers().count()).isEqualTo(2);
        Customer ann = storage.customers().findByExternalId(ExternalId.of("crm", "a1")).orElseThrow();
        assertThat(ann.name()).isEqualTo("Ann Smith");
        assertThat(ann.createdAt()).isEqualTo(NOW);
    }

    @Test
    void anUnchangedRowCountsAsDuplicate() {
        run(NaturalKey.EXTERNAL_ID, UpdatePolicy.OVERWRITE, row(2, "Ann", "a1", null, Map.of()));
        assertThat(run(NaturalKey.EXTERNAL_ID, UpdatePolicy.OVERWRITE, row(2, "Ann", "a1", null, Map.of())))
                .isEqualTo(new ImportSummary(1, 0, 0, 1, 0, 0));
    }

    @Test
    void fillEmptyKeepsStoredValuesAndAddsMissingOnes() {
        run(NaturalKey.EMAIL, UpdatePolicy.OVERWRITE, row(2, "Ann", null, "ann@example.org", Map.of("tier", "gold")));
        run(NaturalKey.EMAIL, UpdatePolicy.FILL_EMPTY,
                row(2, "Someone Else", "a1", "ann@example.org", Map.of("tier", "bronze", "city", "Paris")));
        Customer ann = storage.customers().findByEmail("ann@example.org").orElseThrow();
        assertThat(ann.name()).isEqualTo("Ann");
        assertThat(ann.attributes()).containsEntry("tier", "gold").containsEntry("city", "Paris");
        assertThat(ann.externalId("crm")).contains(ExternalId.of("crm", "a1"));
        assertThat(storage.customers().count()).isEqualTo(1);
    }

    @Test
    void rowsWithoutKeyOrNameAreRejectedAndTheRestIsImported() {
        ImportSummary s = run(NaturalKey.EXTERNAL_ID, UpdatePolicy.OVERWRITE,
                row(2, "Ann", null, "ann@example.org", Map.of()),
                row(3, null, "x1", null, Map.of()),
                row(4, "Bob", "b1", null, Map.of()));
        assertThat(s).isEqualTo(new ImportSummary(3, 1, 0, 0, 2, 0));
        assertThat(rejects).extracting(r -> r.position().line() + ":" + r.field()).containsExactly("2:externalId", "3:name");
    }

    @Test
    void anExternalIdTakenByAnotherCustomerRejectsOnlyThatRow() {
        run(NaturalKey.EXTERNAL_ID, UpdatePolicy.OVERWRITE, row(2, "Ann", "a1", "ann@example.org", Map.of()));
        // Keyed by e-mail, Bob's row claims Ann's external id: the store refuses, the batch is replayed row by row.
        ImportSummary s = run(NaturalKey.EMAIL, UpdatePolicy.OVERWRITE,
                row(2, "Cid", null, "cid@example.org", Map.of()),
                row(3, "Bob", "a1", "bob@example.org", Map.of()),
                row(4, "Dee", null, "dee@example.org", Map.of()));
        assertThat(s.imported()).isEqualTo(2);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.position().line()).isEqualTo(3);
            assertThat(r.field()).isEqualTo("externalId");
            assertThat(r.reason()).contains("crm:a1");
        });
        assertThat(storage.customers().count()).isEqualTo(3);
    }

    @SafeVarargs
    private ImportSummary run(NaturalKey key, UpdatePolicy policy, ImportRow<CustomerRow>... rows) {
        return service.importCustomers(new ImportCustomersUseCase.Command(List.of(rows).iterator(), key, "crm", policy,
                10, listener));
    }

    private static ImportRow<CustomerRow> row(int line, String name, String externalId, String email,
                                              Map<String, String> attributes) {
        List<ExternalId> ids = externalId == null ? List.of() : List.of(ExternalId.of("crm", externalId));
        List<ContactPoint> contacts = email == null ? List.of() : List.of(ContactPoint.email(email));
        return new ImportRow.Parsed<>(new SourcePosition("c.csv", line), new CustomerRow(new CustomerUpdate(
                Optional.ofNullable(name), ids, contacts, Optional.empty(), attributes, Optional.empty()),
                Optional.empty()));
    }
}
