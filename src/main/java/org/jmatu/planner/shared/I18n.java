package org.jmatu.planner.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import java.util.Optional;

/**
 * Translations for code that is no component (enum labels, services' messages shown in a view): the bundles of
 * Vaadin's provider in the current UI's language. Outside a UI (exports, the API, the command line, start-up)
 * the text is English, the unit's working language, so files and logs stay the same whoever triggered them.
 */
public final class I18n {

    /** The provider used where no Vaadin service runs; it reads the same bundles. */
    private static final I18NProvider STANDALONE = provider();

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

    /** The current UI's locale; English outside a UI. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    public static Language language() {
        return Language.of(locale());
    }
}
