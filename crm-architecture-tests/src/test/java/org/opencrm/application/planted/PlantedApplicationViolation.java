package org.opencrm.application.planted;

/** Deliberate violation: SQL in the application core. */
public final class PlantedApplicationViolation {

    public java.sql.Connection connection() {
        return null;
    }
}
