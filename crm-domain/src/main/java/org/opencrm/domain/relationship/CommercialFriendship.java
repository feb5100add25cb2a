package org.opencrm.domain.relationship;

import java.util.List;
import java.util.OptionalDouble;
import org.opencrm.domain.interaction.Direction;
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
        if (contacts.isEmpty()) {
            return OptionalDouble.empty();
        }
        double frequency = Math.min(1.0, (double) contacts.size() / FULL_FREQUENCY);
        boolean in = contacts.stream().anyMatch(i -> i.direction() == Direction.INBOUND);
        boolean out = contacts.stream().anyMatch(i -> i.direction() == Direction.OUTBOUND);
        double reciprocity = in && out ? 1.0 : 0.5;
        double outcome = (double) contacts.stream().filter(i -> !i.type().equals("complaint")).count() / contacts.size();
        return OptionalDouble.of(100.0 * frequency * reciprocity * outcome);
    }
}
