package org.opencrm.formats.csv;

import java.util.Optional;
import java.util.Set;
import org.opencrm.application.port.in.interaction.ImportInteractionsUseCase.InteractionRow;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.InteractionId;

/** The interaction import's CSV layout: its columns, and a row of them as an interaction to import. */
public final class InteractionCsv {

    public static final Set<String> FIELDS = Set.of("interaction_id", "customer_id", "channel", "direction", "type",
            "summary", "occurred_at", "outcome", "owner", "continues");
    public static final Set<String> REQUIRED = Set.of("interaction_id", "customer_id", "channel", "direction", "type",
            "summary", "occurred_at");

    private InteractionCsv() {
    }

    /** One row. */
    public static InteractionRow parse(CsvTable.Row row) {
        return new InteractionRow(row.parseRequired("interaction_id", InteractionId::of), row.required("customer_id"),
                row.parseRequired("channel", ContactChannel::ofCode), row.parseRequired("direction", Direction::ofCode),
                row.required("type"), row.required("summary"), Optional.ofNullable(row.get("outcome")),
                row.parseRequired("occurred_at", Timestamps::parse), Optional.ofNullable(row.get("owner")),
                Optional.ofNullable(row.parse("continues", InteractionId::of)));
    }
}
