package org.jmatu.planner.shared;

/**
 * A code that people read as words: lists, forms and messages show {@link #label()}, never the code
 * ("Global power", not GLOBAL_POWER). Each enum keeps its labels in one place, its own constants, so that a
 * later translation pass can route {@code label()} through Vaadin's I18NProvider without hunting for copies.
 */
public interface Labelled {

    String label();
}
