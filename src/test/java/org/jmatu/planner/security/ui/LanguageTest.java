package org.jmatu.planner.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.jmatu.planner.exercises.ui.BlackoutsView;
import org.jmatu.planner.security.Account;
import org.jmatu.planner.security.AccountService;
import org.jmatu.planner.security.LanguagePreference;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Language;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.staffing.ui.PersonnelView;
import org.jmatu.planner.staffing.ui.PostsView;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The language chosen in the header redraws the page in it and is kept; a new account starts in its nation's. */
class LanguageTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    LanguagePreference preference;

    @Test
    void choosingRussianInTheHeaderRedrawsTheViewInRussianAndKeepsItOnTheAccount() {
        String name = newAccount(Role.PLANNER, null);
        signIn(SignedInAs.user(name, Role.PLANNER, null));
        open(PostsView.class);
        assertThat(_get(Button.class, spec -> spec.withText("New post")).isVisible()).isTrue();

        @SuppressWarnings("unchecked")
        Select<Language> chooser = _get(Select.class, spec -> spec.withClasses("language-chooser"));
        HasValueUtilsKt._setValue(chooser, Language.RU);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.of("ru"));
        assertThat(_get(Button.class, spec -> spec.withText("Новая должность")).isVisible()).isTrue();
        assertThat(_find(SideNav.class)).extracting(SideNav::getLabel).contains("Штаб", "Учения");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Штат", "Личный состав");
        assertThat(_get(H2.class).getText()).isEqualTo("Штат");
        assertThat(preference.current()).contains(Language.RU);
    }

    @Test
    void aNewRussianLiaisonAccountStartsInRussianAtItsFirstPage() {
        String name = newAccount(Role.LIAISON, "RUS");
        assertThat(accountLanguage(name)).isEqualTo(Language.RU);
        assertThat(accountLanguage(newAccount(Role.LIAISON, "KAZ"))).isEqualTo(Language.KK);
        assertThat(accountLanguage(newAccount(Role.LIAISON, "CHN"))).isEqualTo(Language.ZH);
        assertThat(accountLanguage(newAccount(Role.LIAISON, "USA"))).isEqualTo(Language.EN);

        // the first page after sign-in: the browser loads a new UI while the officer is signed in
        signIn(SignedInAs.user(name, Role.LIAISON, "RUS"));
        UI.getCurrent().getPage().reload();
        open(PersonnelView.class);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ru");
        assertThat(_get(Button.class, spec -> spec.withText("Импорт кандидатов")).isVisible()).isTrue();
    }

    @Test
    void checksSpeakTheUsersLanguageAtTheFieldAndForTheWholeRecord() {
        VaadinSession.getCurrent().setLocale(Locale.of("ru"));
        open(BlackoutsView.class);
        _click(_get(Button.class, spec -> spec.withText("Новый запретный период")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Наименование")), "Наурыз");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("С")), LocalDate.of(2027, 3, 25));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("По")), LocalDate.of(2027, 3, 20));
        _click(_get(Button.class, spec -> spec.withText("Сохранить")));

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Nation> concerned = _get(MultiSelectComboBox.class,
                spec -> spec.withLabel("Затрагиваемые страны"));
        assertThat(concerned.getErrorMessage()).isEqualTo("укажите хотя бы одну затрагиваемую страну");

        _setValue(concerned, Set.of(data.nation()));
        _click(_get(Button.class, spec -> spec.withText("Сохранить")));
        assertThat(formStatus()).isEqualTo("дата начала не может быть позже даты окончания");
        DatePicker.DatePickerI18n picker = _get(DatePicker.class, spec -> spec.withLabel("С")).getI18n();
        assertThat(picker.getDateFormats()).containsExactly("dd.MM.yyyy");
        assertThat(picker.getMonthNames()).startsWith("Январь", "Февраль");
        assertThat(picker.getToday()).isEqualTo("Сегодня");
    }

    @Test
    void aChinesePageNamesItsViewsAndWritesDatesYearFirst() {
        VaadinSession.getCurrent().setLocale(Language.ZH.locale());
        open(PostsView.class);
        assertThat(_get(Button.class, spec -> spec.withText("新建职位")).isVisible()).isTrue();
        assertThat(_get(H2.class).getText()).isEqualTo("编制");

        open(PersonnelView.class);
        DatePicker availableOn = _get(DatePicker.class, spec -> spec.withPlaceholder("某日可用"));
        assertThat(availableOn.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(availableOn.getI18n().getMonthNames().getFirst()).isEqualTo("一月");
    }

    /** An account of a fresh name, made by an administrator; the planner's session is back afterwards. */
    private String newAccount(Role role, String nation) {
        String name = role.name().toLowerCase() + "-" + (nation == null ? "x" : nation.toLowerCase()) + "-"
                + System.nanoTime() % 1_000_000;
        SignedInAs.admin();
        accounts.create(name, "long-enough", role, nation);
        signIn(SignedInAs.planner());
        return name;
    }

    private Language accountLanguage(String name) {
        SignedInAs.admin();
        Language language = accounts.findAll().stream().filter(account -> account.getUsername().equals(name))
                .map(Account::getLanguage).findFirst().orElseThrow();
        signIn(SignedInAs.planner());
        return language;
    }
}
