package org.civicwatch.spi;

import javax.annotation.CheckForNull;

/**
 * Where in an input something is: the source's name, line and column (1-based, 0 when unknown), the
 * index of the record (1-based, 0 when unknown or not in a record) and the field (a field name, dotted
 * path or JSON Pointer).
 *
 * <p>Its string form is the prefix of every error message:
 * {@code sightings.csv:14:7: record 12, field 'observed'}. Numbers are printed without grouping.
 *
 * @param source the file or stream name
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param record 1-based record index, 0 when unknown
 * @param field the field, or null
 */
public record Location(String source, long line, long column, long record, @CheckForNull String field) {

    /**
     * Checks the location; a null or empty source becomes {@code <input>}.
     *
     * @param source the file or stream name
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param record 1-based record index, 0 when unknown
     * @param field the field, or null
     * @throws IllegalArgumentException if a number is negative
     */
    public Location {
        if (source == null || source.isEmpty()) {
            source = "<input>";
        }
        if (line < 0 || column < 0 || record < 0) {
            throw new IllegalArgumentException("line, column and record are 1-based, or 0 when unknown");
        }
    }

    /**
     * {@return the start of a source}
     *
     * @param source the file or stream name
     */
    public static Location of(String source) {
        return new Location(source, 0, 0, 0, null);
    }

    /**
     * {@return a line and column in a source}
     *
     * @param source the file or stream name
     * @param line 1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     */
    public static Location at(String source, long line, long column) {
        return new Location(source, line, column, 0, null);
    }

    /**
     * {@return the same place, in the given record}
     *
     * @param index 1-based record index, 0 when unknown
     */
    public Location inRecord(long index) {
        return new Location(source, line, column, index, field);
    }

    /**
     * {@return the same place, at the given field}
     *
     * @param name a field name, dotted path or JSON Pointer, or null
     */
    public Location atField(@CheckForNull String name) {
        return new Location(source, line, column, record, name);
    }

    /**
     * {@return the same record and field, at another line and column}
     *
     * @param newLine 1-based line, 0 when unknown
     * @param newColumn 1-based column, 0 when unknown
     */
    public Location atLine(long newLine, long newColumn) {
        return new Location(source, newLine, newColumn, record, field);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        String sep = ": ";
        if (record > 0) {
            s.append(sep).append("record ").append(record);
            sep = ", ";
        }
        if (field != null) {
            s.append(sep).append("field '").append(field).append('\'');
        }
        return s.toString();
    }
}
