package org.jmatu.planner.shared;

/**
 * A code that people read as words: lists, forms and messages show {@link #label()}, never the code
 * ("Global power", not GLOBAL_POWER). Enums get their labels from the translation bundles in the user's language
 * ({@link TranslatedEnum}); a record such as a skill gives its own name.
 */
public interface Labelled {

    String label();
}
