package org.jmatu.planner.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Optional;
import org.jmatu.planner.security.LanguagePreference;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.jmatu.planner.ui.HeaderControl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The interface language in the header, each offered in its own name. A choice is kept on the account for the
 * next sign-in and on the session for every tab, and redraws the page, since every text was set when it was made.
 */
@org.springframework.stereotype.Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LanguageChooser implements HeaderControl {

    private final LanguagePreference preference;

    LanguageChooser(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public Optional<Component> create() {
        Select<Language> chooser = new Select<>();
        chooser.addClassName("language-chooser");
        chooser.setAriaLabel(I18n.t("header.language"));
        chooser.setItems(Language.values());
        chooser.setItemLabelGenerator(Language::nativeName);
        chooser.setValue(I18n.language());
        chooser.setWidth("9em");
        chooser.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                preference.choose(event.getValue());
                UI ui = UI.getCurrent();
                SessionLanguage.use(ui.getSession(), event.getValue());
                ui.refreshCurrentRoute(true);
            }
        });
        return Optional.of(chooser);
    }
}
