package org.opencrm.domain.value.clv;

/** The time unit of (x, t_x, T) and of the fitted rates; the published CDNOW numbers are in weeks. */
public enum ModelTimeUnit {
    DAYS(1), WEEKS(7);

    private final int days;

    ModelTimeUnit(int days) {
        this.days = days;
    }

    public double fromDays(long dayCount) {
        return dayCount / (double) days;
    }

    public double toDays(double units) {
        return units * days;
    }
}
