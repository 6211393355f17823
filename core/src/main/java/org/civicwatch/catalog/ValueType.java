package org.civicwatch.catalog;

/**
 * The type of a field: a {@link ScalarType} (one value with a string form), an {@link ObjectSchema}
 * (a nested value with fields of its own) or a {@link ListType} of either.
 */
public sealed interface ValueType permits ScalarType, ObjectSchema, ListType {

    /**
     * {@return a short name for documentation and schemas: {@code string}, {@code edtf}, {@code Place},
     * {@code list<Link>}}
     */
    String name();
}
