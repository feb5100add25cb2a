package org.opencrm.application.service.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.error.IdConflictException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.importing.SourcePosition;
import org.opencrm.application.port.in.interaction.FindInteractionsUseCase;
import org.opencrm.application.port.in.interaction.ImportInteractionsUseCase;
import org.opencrm.application.port.in.interaction.ImportInteractionsUseCase.InteractionRow;
import org.opencrm.application.port.in.interaction.RecordInteractionUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.fixtures.TestCustomers;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.InteractionId;

class InteractionServiceTest {

    private final FakeApplication app = new FakeApplication();
    private final RecordInteractionUseCase record = app.useCase(RecordInteractionUseCase.class);
    private final FindInteractionsUseCase find = app.useCase(FindInteractionsUseCase.class);
    private final ImportInteractionsUseCase importer = app.useCase(ImportInteractionsUseCase.class);

    @BeforeEach
    void customers() {
        app.storage().customers().save(TestCustomers.aCustomer("c-ann", "Ann", "ann"));
        app.storage().customers().save(TestCustomers.aCustomer("c-bob", "Bob", "bob"));
    }

    private static RecordInteractionUseCase.Command call(String id, String customer, Optional<String> continues) {
        return new RecordInteractionUseCase.Command(Optional.of(InteractionId.of(id)), CustomerId.of(customer),
                ContactChannel.PHONE, Direction.INBOUND, "Inquiry", "where is my parcel", Optional.empty(),
                Optional.empty(), Optional.of("desk-1"), continues.map(InteractionId::of));
    }

    @Test
    void recordsAtTheClocksTimeAndAnswersAReplayWithTheStoredOne() {
        RecordInteractionUseCase.Result first = record.record(call("i-1", "c-ann", Optional.empty()));
        assertThat(first.created()).isTrue();
        assertThat(first.interaction().occurredAt()).isEqualTo(FakeApplication.NOW);
        assertThat(first.interaction().type()).isEqualTo("inquiry");
        RecordInteractionUseCase.Result replay = record.record(call("i-1", "c-ann", Optional.empty()));
        assertThat(replay.created()).isFalse();
        assertThat(replay.interaction()).isEqualTo(first.interaction());
        assertThat(find.ofCustomer(CustomerId.of("c-ann"))).containsExactly(first.interaction());
    }

    @Test
    void refusesOtherContentUnderAKnownIdAnUnknownCustomerAndAForeignOrMissingThread() {
        record.record(call("i-1", "c-ann", Optional.empty()));
        assertThatThrownBy(() -> record.record(call("i-1", "c-bob", Optional.empty())))
                .isInstanceOf(IdConflictException.class);
        assertThatThrownBy(() -> record.record(call("i-2", "c-nobody", Optional.empty())))
                .isInstanceOf(CustomerNotFoundException.class);
        assertThatThrownBy(() -> record.record(call("i-3", "c-bob", Optional.of("i-1"))))
                .hasMessageContaining("'continues'");
        assertThatThrownBy(() -> record.record(call("i-4", "c-ann", Optional.of("i-404"))))
                .hasMessageContaining("'continues'");
        assertThat(record.record(call("i-5", "c-ann", Optional.of("i-1"))).created()).isTrue();
        assertThat(app.storage().interactions().count()).isEqualTo(2);
        assertThatThrownBy(() -> find.ofCustomer(CustomerId.of("c-nobody"))).isInstanceOf(CustomerNotFoundException.class);
    }

    private static ImportRow<InteractionRow> row(long line, String id, String customer, String continues) {
        return new ImportRow.Parsed<>(new SourcePosition("f.csv", line), new InteractionRow(InteractionId.of(id),
                customer, ContactChannel.EMAIL, Direction.OUTBOUND, "follow-up", "checked in", Optional.empty(),
                Instant.parse("2024-05-0" + line + "T10:00:00Z"), Optional.empty(),
                Optional.ofNullable(continues).map(InteractionId::of)));
    }

    @Test
    void importsByExternalIdRejectsUnknownCustomersAndForeignThreadsAndStoresNothingTwice() {
        List<RejectedRow> rejects = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void rejected(RejectedRow row) {
                rejects.add(row);
            }
        };
        List<ImportRow<InteractionRow>> rows = List.of(row(1, "m-1", "ann", null), row(2, "m-2", "ann", "m-1"),
                row(3, "m-3", "bob", "m-1"), row(4, "m-4", "zed", null), row(5, "m-5", "bob", null),
                row(6, "m-6", "bob", "m-5"));
        ImportSummary first = importer.importInteractions(new ImportInteractionsUseCase.Command(rows.iterator(),
                "shop", 2, listener));
        assertThat(first.imported()).isEqualTo(4);
        assertThat(first.rejected()).isEqualTo(2);
        assertThat(rejects).extracting(r -> r.position().line() + " " + r.field()).containsExactly("3 continues",
                "4 customer_id");
        ImportSummary again = importer.importInteractions(new ImportInteractionsUseCase.Command(rows.iterator(),
                "shop", 2, listener));
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(4);
        assertThat(app.storage().interactions().count()).isEqualTo(4);
    }
}
