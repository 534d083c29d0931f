package org.jmatu.planner.shared;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's own provider over the bundles, declared so that the locales come in a fixed order with English first:
 * a browser asking for a language the app lacks then gets English, not whichever bundle the class path lists first.
 */
@Configuration
class TranslationsConfiguration {

    @Bean
    I18NProvider i18nProvider() {
        return I18n.provider();
    }
}
