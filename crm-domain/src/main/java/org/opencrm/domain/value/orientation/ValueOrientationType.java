package org.opencrm.domain.value.orientation;

/**
 * Seed 002's nine customer types: time orientation (past, present, future) × value type (economic,
 * functional, psychological), docs/domain.md §4.
 */
public enum ValueOrientationType {
    CALCULATING(Time.PAST, Kind.ECONOMIC),
    OUTDATED(Time.PAST, Kind.FUNCTIONAL),
    NOSTALGIC(Time.PAST, Kind.PSYCHOLOGICAL),
    VALUE_FOR_MONEY(Time.PRESENT, Kind.ECONOMIC),
    PRACTICAL(Time.PRESENT, Kind.FUNCTIONAL),
    ACCOMPLISHED(Time.PRESENT, Kind.PSYCHOLOGICAL),
    FAR_SIGHTED(Time.FUTURE, Kind.ECONOMIC),
    TRENDY(Time.FUTURE, Kind.FUNCTIONAL),
    PERFECTIONIST(Time.FUTURE, Kind.PSYCHOLOGICAL);

    /** Which time a customer's value judgement looks to. */
    public enum Time { PAST, PRESENT, FUTURE }

    /** What kind of value a customer weighs. */
    public enum Kind { ECONOMIC, FUNCTIONAL, PSYCHOLOGICAL }

    private final Time time;
    private final Kind kind;

    ValueOrientationType(Time time, Kind kind) {
        this.time = time;
        this.kind = kind;
    }

    public Time time() {
        return time;
    }

    public Kind kind() {
        return kind;
    }

    public static ValueOrientationType of(Time time, Kind kind) {
        for (ValueOrientationType t : values()) {
            if (t.time == time && t.kind == kind) {
                return t;
            }
        }
        throw new IllegalStateException("no type for " + time + "/" + kind);
    }
}
