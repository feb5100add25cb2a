package org.opencrm.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opencrm.domain.segment.Segment;

/** Driven port: saved segments, every version of each kept. */
public interface SegmentRepository {

    /** Stores a new version; refused when the store holds that name and version already. */
    void add(Segment segment);

    /** The highest version of a segment. */
    Optional<Segment> findLatest(String name);

    Optional<Segment> find(String name, int version);

    /** Every version of every segment, by name, then version. */
    List<Segment> findAll();
}
