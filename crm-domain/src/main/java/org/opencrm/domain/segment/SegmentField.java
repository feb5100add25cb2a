package org.opencrm.domain.segment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;

/** What a segment condition can test, and the kind of value each holds. */
public enum SegmentField {
    STAGE("stage", Kind.CATEGORY, names(LifecycleStage.values())),
    TIER("tier", Kind.CATEGORY, names(RelationshipTier.values())),
    LOYALTY("loyalty", Kind.CATEGORY, names(ReinartzKumarClass.values())),
    RFM_SEGMENT("rfm_segment", Kind.TEXT, List.of()),
    RFM_R("rfm_r", Kind.NUMBER, List.of()),
    RFM_F("rfm_f", Kind.NUMBER, List.of()),
    RFM_M("rfm_m", Kind.NUMBER, List.of()),
    P_ALIVE("p_alive", Kind.NUMBER, List.of()),
    CLV("clv", Kind.NUMBER, List.of()),
    PURCHASES("purchases", Kind.WINDOWED_NUMBER, List.of()),
    SPEND("spend", Kind.WINDOWED_NUMBER, List.of()),
    SOURCE("source", Kind.TEXT, List.of()),
    CONSENT_EMAIL("consent_email", Kind.BOOLEAN, List.of()),
    CONSENT_PHONE("consent_phone", Kind.BOOLEAN, List.of()),
    ATTRIBUTE("attr", Kind.TEXT, List.of());

    /** How a field is compared: categories and text by = and !=, numbers by every comparison. */
    public enum Kind { CATEGORY, TEXT, NUMBER, WINDOWED_NUMBER, BOOLEAN }

    private final String code;
    private final Kind kind;
    private final List<String> categories;

    SegmentField(String code, Kind kind, List<String> categories) {
        this.code = code;
        this.kind = kind;
        this.categories = categories;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The values a category takes, in lower case as conditions write them; empty for other kinds. */
    public List<String> categories() {
        return categories;
    }

    public boolean numeric() {
        return kind == Kind.NUMBER || kind == Kind.WINDOWED_NUMBER;
    }

    public static Optional<SegmentField> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** Every field's code, as a parse error lists them. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(f -> switch (f.kind) {
            case WINDOWED_NUMBER -> f.code + "(Nd)";
            default -> f == ATTRIBUTE ? "attr.NAME" : f.code;
        }).toList());
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    }
}
