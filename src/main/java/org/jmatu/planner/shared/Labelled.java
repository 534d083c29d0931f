package org.jmatu.planner.shared;

/**
 * A code that people read as words: lists, forms and messages show {@link #label()}, never the code
 * ("Global power", not GLOBAL_POWER). Enums get their labels from the translation bundles in the user's language
 * ({@link TranslatedEnum}); a record such as a skill gives its own name.
 */
public interface Labelled {

    String label();

    /** The words for a stored code of a labelled enum; a code it does not know (from an imported file) as stored. */
    static String labelOf(Class<? extends Enum<?>> type, String code) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return ((Labelled) constant).label();
            }
        }
        return code;
    }
}
