package org.opencrm.adapter.persistence.planted;

import org.opencrm.formats.MoneyJson;

/** Deliberate violation: a driven adapter using the driving adapters' formats library. */
public final class PlantedPersistenceViolation {

    public Object moneyShape() {
        return MoneyJson.module();
    }
}
