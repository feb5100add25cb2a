package org.opencrm.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opencrm.application.port.out.SegmentRepository;
import org.opencrm.domain.segment.Segment;

/** Segment versions in a list, kept in name and version order. */
final class MemorySegmentRepository implements SegmentRepository {

    private static final Comparator<Segment> ORDER = Comparator.comparing(Segment::name)
            .thenComparingInt(Segment::version);

    private final MemoryUnitOfWork unitOfWork;
    private final List<Segment> segments = new ArrayList<>();

    MemorySegmentRepository(MemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(Segment segment) {
        unitOfWork.run(() -> {
            if (find(segment.name(), segment.version()).isPresent()) {
                throw new IllegalArgumentException("segment " + segment.name() + " version " + segment.version()
                        + " is stored already");
            }
            unitOfWork.change(() -> segments.add(segment), () -> segments.remove(segment));
        });
    }

    @Override
    public Optional<Segment> findLatest(String name) {
        return unitOfWork.read(() -> segments.stream().filter(s -> s.name().equals(name))
                .max(Comparator.comparingInt(Segment::version)));
    }

    @Override
    public Optional<Segment> find(String name, int version) {
        return unitOfWork.read(() -> segments.stream().filter(s -> s.name().equals(name) && s.version() == version)
                .findFirst());
    }

    @Override
    public List<Segment> findAll() {
        return unitOfWork.read(() -> segments.stream().sorted(ORDER).toList());
    }
}
