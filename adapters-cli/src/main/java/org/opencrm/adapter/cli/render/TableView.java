package org.opencrm.adapter.cli.render;

import java.util.List;
import java.util.Objects;

/** A titled grid of cells: the shape every table and CSV output takes before it is printed. */
public record TableView(String title, List<String> columns, List<List<String>> rows) {

    public TableView {
        Objects.requireNonNull(title, "'title' must not be null");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, table '" + title + "' has "
                        + columns.size() + " columns");
            }
        }
    }
}
