package org.jmatu.planner.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Translations for code that is no component (enum labels, services' messages shown in a view): the bundles of
 * Vaadin's provider in the current UI's language. Outside a UI (the command line, plan files, logs, start-up) the
 * text is English, the unit's working language, so files and logs stay the same whoever triggered them; an export
 * or an API answer meant for one reader is written {@link #in} that reader's language.
 */
public final class I18n {

    /** The provider used where no Vaadin service runs; it reads the same bundles. */
    private static final I18NProvider STANDALONE = provider();

    /** The language {@link #in} chose for the running thread, over the UI's. */
    private static final ThreadLocal<Locale> CHOSEN = new ThreadLocal<>();

    private I18n() {
    }

    /** The bundles in {@code vaadin-i18n/translations*.properties}, English first as the default. */
    public static I18NProvider provider() {
        return new DefaultI18NProvider(Language.locales());
    }

    public static String t(String key, Object... args) {
        return translate(locale(), key, args);
    }

    public static String translate(Locale locale, String key, Object... args) {
        I18NProvider provider = Optional.ofNullable(VaadinService.getCurrent())
                .map(service -> service.getInstantiator().getI18NProvider()).orElse(STANDALONE);
        return provider.getTranslation(key, locale, args);
    }

    /** The locale {@link #in} chose, else the current UI's; English outside a UI. */
    public static Locale locale() {
        Locale chosen = CHOSEN.get();
        if (chosen != null) {
            return chosen;
        }
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /**
     * What {@code work} writes, in {@code language}: for an export or an answer written for one reader outside
     * their UI (a download, a feed, an API error), through the same code that writes the English one.
     */
    public static <T> T in(Language language, Supplier<T> work) {
        Locale before = CHOSEN.get();
        CHOSEN.set(language.locale());
        try {
            return work.get();
        } finally {
            if (before == null) {
                CHOSEN.remove();
            } else {
                CHOSEN.set(before);
            }
        }
    }

    public static Language language() {
        return Language.of(locale());
    }
}
