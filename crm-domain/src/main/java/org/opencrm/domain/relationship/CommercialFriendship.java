package org.opencrm.domain.relationship;

import java.util.List;
import java.util.OptionalDouble;
import org.opencrm.domain.interaction.Interaction;

/**
 * Commercial friendship (seed 004's interaction warmth), 0..100, from a customer's contacts in a window:
 * frequency (four contacts a window is full), reciprocity (contacts both ways count whole, one way half) and
 * outcome (the share of contacts that were not complaints). Empty without a contact: no warmth is guessed.
 */
public final class CommercialFriendship {

    /** Contacts in the window at which frequency is full. */
    public static final int FULL_FREQUENCY = 4;

    private CommercialFriendship() {
    }

    public static OptionalDouble of(List<Interaction> contacts) {
        return of(ContactTally.of(contacts));
    }

    public static OptionalDouble of(ContactTally contacts) {
        if (contacts.contacts() == 0) {
            return OptionalDouble.empty();
        }
        double frequency = Math.min(1.0, (double) contacts.contacts() / FULL_FREQUENCY);
        double reciprocity = contacts.inbound() > 0 && contacts.outbound() > 0 ? 1.0 : 0.5;
        double outcome = (double) (contacts.contacts() - contacts.complaints()) / contacts.contacts();
        return OptionalDouble.of(100.0 * frequency * reciprocity * outcome);
    }
}
