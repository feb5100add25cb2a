package org.opencrm.application.service.product;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.product.ImportProductsUseCase;
import org.opencrm.application.port.out.ProductRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.service.importing.BatchImporter;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;

/** Upserts products by id; within one batch the last row of an id wins. */
public class ImportProductsService implements ImportProductsUseCase {

    private final ProductRepository products;
    private final UnitOfWork unitOfWork;

    @Inject
    public ImportProductsService(ProductRepository products, UnitOfWork unitOfWork) {
        this.products = Objects.requireNonNull(products);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public ImportSummary importProducts(Command command) {
        return new BatchImporter(unitOfWork).run(command.rows(), command.batchSize(), command.listener(),
                this::write);
    }

    private BatchImporter.BatchResult write(List<ImportRow.Parsed<Product>> batch) {
        Map<ProductId, Product> latest = new LinkedHashMap<>();
        batch.forEach(row -> latest.put(row.value().id(), row.value()));
        Map<ProductId, Product> stored = products.findByIds(latest.keySet());
        Map<ProductId, Product> changed = new LinkedHashMap<>();
        latest.forEach((id, p) -> {
            if (!p.equals(stored.get(id))) {
                changed.put(id, p);
            }
        });
        int added = products.saveAll(changed.values());
        long updated = changed.size() - added;
        long unchanged = batch.size() - added - updated;
        return new BatchImporter.BatchResult(new ImportSummary(batch.size(), added, updated, unchanged, 0, 0),
                List.of(), () -> { });
    }
}
