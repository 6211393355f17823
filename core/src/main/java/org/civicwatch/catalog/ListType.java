package org.civicwatch.catalog;

/**
 * A list of values of one type; never null in the model (absent means empty), never holding null.
 *
 * @param element the type of each element
 */
public record ListType(ValueType element) implements ValueType {
    /**
     * Checks the element type.
     *
     * @param element the type of each element
     * @throws IllegalArgumentException if it is itself a list
     */
    public ListType {
        if (element instanceof ListType) {
            throw new IllegalArgumentException("lists of lists are not part of the model");
        }
    }

    @Override
    public String name() {
        return "list<" + element.name() + ">";
    }

    /** {@return whether the elements are objects (which flatten into a table of their own)} */
    public boolean ofObjects() {
        return element instanceof ObjectSchema;
    }
}
