package org.opencrm.domain.segment;

/** A segment condition that cannot be read: where (1-based column), what was expected, and what was found. */
public final class SegmentSyntaxException extends IllegalArgumentException {

    private final int column;

    public SegmentSyntaxException(int column, String expected, String found) {
        super("'expression' column " + column + ": expected " + expected + ", found " + found);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
