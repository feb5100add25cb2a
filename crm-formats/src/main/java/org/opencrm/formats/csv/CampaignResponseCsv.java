package org.opencrm.formats.csv;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.opencrm.application.port.in.campaign.ImportCampaignResponsesUseCase.ResponseRow;

/** The campaign-response import's CSV layout: the member, what they did, the revenue and when. */
public final class CampaignResponseCsv {

    public static final Set<String> FIELDS = Set.of("customer_id", "responded", "converted", "revenue",
            "responded_at");
    public static final Set<String> REQUIRED = Set.of("customer_id", "responded");

    private CampaignResponseCsv() {
    }

    /** One row; yes/no cells read true, false, yes, no, 1 or 0 (any case). */
    public static ResponseRow parse(CsvTable.Row row) {
        Boolean converted = row.parse("converted", CampaignResponseCsv::yesNo);
        return new ResponseRow(row.required("customer_id"), row.parseRequired("responded", CampaignResponseCsv::yesNo),
                converted != null && converted, Optional.ofNullable(row.parse("revenue", CampaignResponseCsv::amount)),
                Optional.ofNullable(row.parse("responded_at", Timestamps::parse)));
    }

    private static boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("is not one of true, false, yes, no, 1, 0");
        };
    }

    private static BigDecimal amount(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a decimal number", e);
        }
    }
}
