package org.opencrm.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;

/**
 * Driven port: the product catalog. Products are reference data: saving one whose id is stored replaces it,
 * so importing the same catalog again changes nothing and a corrected catalog wins.
 */
public interface ProductRepository {

    /** Stores or replaces each product; returns how many ids were new. */
    int saveAll(Collection<Product> products);

    Optional<Product> findById(ProductId id);

    /** The stored products among these ids. */
    Map<ProductId, Product> findByIds(Collection<ProductId> ids);

    long count();

    /** Up to {@code limit} products in id order after {@code after} (from the first when empty). */
    List<Product> findAfter(Optional<ProductId> after, int limit);
}
