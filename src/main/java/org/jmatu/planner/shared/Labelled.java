package org.jmatu.planner.shared;

/**
 * A code that people read as words: lists, forms and messages show {@link #label()}, never the code
 * ("Global power", not GLOBAL_POWER). Each enum keeps its labels in one place, its own constants, so that a
 * later translation pass can route {@code label()} through Vaadin's I18NProvider without hunting for copies.
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
