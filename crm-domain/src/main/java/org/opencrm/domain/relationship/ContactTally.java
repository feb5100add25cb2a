package org.opencrm.domain.relationship;

import java.util.List;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.Interaction;

/**
 * A customer's contacts in a window, counted the ways the relationship measures read them: all, inbound,
 * outbound, complaints, and participating ones (feedback, survey, co-creation). A store can count these for the
 * whole base in one query instead of handing over every contact.
 */
public record ContactTally(long contacts, long inbound, long outbound, long complaints, long participating) {

    public static final ContactTally NONE = new ContactTally(0, 0, 0, 0, 0);

    /** The interaction type that marks a contact as a complaint. */
    public static final String COMPLAINT = "complaint";

    public ContactTally {
        if (contacts < 0 || inbound < 0 || outbound < 0 || complaints < 0 || participating < 0) {
            throw new IllegalArgumentException("contact counts must not be negative");
        }
        if (inbound + outbound != contacts || complaints > contacts || participating > contacts) {
            throw new IllegalArgumentException("contact counts do not add up: " + contacts + " contacts, " + inbound
                    + " in, " + outbound + " out, " + complaints + " complaints, " + participating + " participating");
        }
    }

    public static ContactTally of(List<Interaction> contacts) {
        long in = contacts.stream().filter(i -> i.direction() == Direction.INBOUND).count();
        long complaints = contacts.stream().filter(i -> i.type().equals(COMPLAINT)).count();
        long participating = contacts.stream().filter(i -> SixIMeasures.PARTICIPATION.contains(i.type())).count();
        return new ContactTally(contacts.size(), in, contacts.size() - in, complaints, participating);
    }

    /** This tally and another's added: a customer's contacts counted in parts. */
    public ContactTally plus(ContactTally other) {
        return new ContactTally(contacts + other.contacts, inbound + other.inbound, outbound + other.outbound,
                complaints + other.complaints, participating + other.participating);
    }
}
