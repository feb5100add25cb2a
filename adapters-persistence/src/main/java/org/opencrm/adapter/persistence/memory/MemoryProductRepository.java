package org.opencrm.adapter.persistence.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opencrm.application.port.out.ProductRepository;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;

/** The product catalog in a map. */
final class MemoryProductRepository implements ProductRepository {

    private final MemoryUnitOfWork unitOfWork;
    private final TreeMap<ProductId, Product> products = new TreeMap<>(Comparator.comparing(ProductId::value));

    MemoryProductRepository(MemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public int saveAll(Collection<Product> saved) {
        return unitOfWork.inTransaction(() -> {
            int added = 0;
            for (Product p : saved) {
                Product before = products.get(p.id());
                unitOfWork.change(() -> products.put(p.id(), p),
                        before == null ? () -> products.remove(p.id()) : () -> products.put(p.id(), before));
                if (before == null) {
                    added++;
                }
            }
            return added;
        });
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return unitOfWork.read(() -> Optional.ofNullable(products.get(id)));
    }

    @Override
    public Map<ProductId, Product> findByIds(Collection<ProductId> ids) {
        return unitOfWork.read(() -> {
            Map<ProductId, Product> found = new HashMap<>();
            for (ProductId id : ids) {
                Product p = products.get(id);
                if (p != null) {
                    found.put(id, p);
                }
            }
            return found;
        });
    }

    @Override
    public List<Product> findAfter(Optional<ProductId> after, int limit) {
        return unitOfWork.read(() -> after.map(id -> products.tailMap(id, false)).orElse(products).values().stream()
                .limit(limit).toList());
    }

    @Override
    public long count() {
        return unitOfWork.read(() -> (long) products.size());
    }
}
