package org.jmatu.planner.shared;


/**
 * An enum whose labels come from the translation bundles, under {@code enum.<EnumSimpleName>.<CONSTANT>}
 * (e.g. {@code enum.NationRole.GLOBAL_POWER}), in the current UI's language. The key is built from the constant,
 * so the test of unused keys accepts every key under {@code enum.} that names a constant of such an enum.
 */
public interface TranslatedEnum extends Labelled {

    /** The constant's name; every enum has it. */
    String name();

    @Override
    default String label() {
        return I18n.t(key(getClass(), name()));
    }

    /**
     * The words for a code stored as text (capabilities, scenarios); a code the enum does not know, as from an
     * imported scenario, as it is.
     */
    static <E extends Enum<E> & TranslatedEnum> String labelOf(Class<E> type, String code) {
        return Labelled.labelOf(type, code);
    }

    static String key(Class<?> type, String constant) {
        Class<?> declaring = type.isEnum() ? type : type.getSuperclass();
        return "enum." + declaring.getSimpleName() + "." + constant;
    }
}
