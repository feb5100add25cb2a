package org.opencrm.application.port.in.segment;

import java.util.List;
import java.util.Optional;
import org.opencrm.domain.segment.Segment;

/** Driving port: the saved segments. */
public interface FindSegmentsUseCase {

    /** The latest version of every segment, by name. */
    List<Segment> latest();

    /** Every version of one segment, oldest first; empty for an unknown name. */
    List<Segment> versions(String name);

    /** One version, or the latest when none is given; refused with {@code FactNotFoundException}. */
    Segment find(String name, Optional<Integer> version);
}
