package org.opencrm.domain.campaign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.opencrm.domain.customer.CustomerId;

/**
 * A campaign's members split into those contacted and a held-out control group, at random but reproducibly: the
 * members in id order shuffled by {@link Random} with the given seed (its algorithm is fixed by the Java
 * specification, so every JVM draws the same split), the first {@code round(fraction × n)} held out.
 */
public record ControlGroup(List<CustomerId> treated, List<CustomerId> control) {

    /** Largest share held out: beyond half, the campaign would mostly not be run. */
    public static final double MAX_FRACTION = 0.5;

    public ControlGroup {
        treated = List.copyOf(treated);
        control = List.copyOf(control);
    }

    /** Refuses a fraction outside (0, 0.5] and an empty list of members. */
    public static ControlGroup split(List<CustomerId> members, double fraction, long seed) {
        if (!(fraction > 0 && fraction <= MAX_FRACTION)) {
            throw new IllegalArgumentException("'controlFraction' must be more than 0 and at most " + MAX_FRACTION
                    + ", got " + fraction);
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("the campaign's segment has no members: nothing to contact or hold out");
        }
        List<CustomerId> shuffled = new ArrayList<>(members.stream().distinct().sorted().toList());
        Collections.shuffle(shuffled, new Random(seed));
        int held = (int) Math.round(fraction * shuffled.size());
        return new ControlGroup(shuffled.subList(held, shuffled.size()).stream().sorted().toList(),
                shuffled.subList(0, held).stream().sorted().toList());
    }
}
