package org.jmatu.planner.staffing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jmatu.planner.shared.Language;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PersonnelViewTest extends KaribuTest {

    @Autowired
    StaffingService staffing;

    @Test
    void badValuesAreReportedAndAGoodPersonIsFoundInTheGrid() {
        Nation nation = data.nation();
        PersonnelView view = open(PersonnelView.class);
        click("New person");
        _setValue(view.code, "usa 42");
        HasValidationUtilsKt._expectInvalid(view.code, "must be upper case letters, digits and - such as USA-0042");
        _setValue(view.english, 7);
        HasValidationUtilsKt._expectInvalid(view.english, "must be 5 or less");

        String code = TestData.code(nation.getCode());
        _setValue(view.code, code);
        _setValue(view.name, "Dana Testova");
        _setValue(view.nation, nation);
        _setValue(view.rank, Rank.OF_4);
        _setValue(view.english, 4);
        _setValue(view.availableFrom, LocalDate.of(2028, 1, 1));
        _setValue(view.availableTo, LocalDate.of(2027, 1, 1));
        click("Save");
        assertThat(formStatus()).contains("available from must not be after available to");

        _setValue(view.availableTo, LocalDate.of(2030, 1, 1));
        click("Save");

        _setValue(view.textFilter, code);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).getName()).isEqualTo("Dana Testova");
    }

    @Test
    void aNativeNameIsKeptFromTheFormShownOnAPageOfItsScriptAndFoundByTheFilter() {
        Nation nation = data.nation();
        PersonnelView view = open(PersonnelView.class);
        click("New person");
        String code = TestData.code(nation.getCode());
        _setValue(view.code, code);
        _setValue(view.name, "Dana Testova");
        _setValue(view.nativeName, "Д".repeat(121));
        _setValue(view.nation, nation);
        _setValue(view.english, 3);
        _setValue(view.availableFrom, LocalDate.of(2027, 1, 1));
        _setValue(view.availableTo, LocalDate.of(2029, 12, 31));
        click("Save");
        HasValidationUtilsKt._expectInvalid(view.nativeName, "must be at most 120 characters");
        _setValue(view.nativeName, "Дана Тестова");
        click("Save");

        assertThat(staffing.findPerson(code).orElseThrow().getNativeName()).isEqualTo("Дана Тестова");
        UI.getCurrent().setLocale(Language.KK.locale());
        PersonnelView kazakh = open(PersonnelView.class);
        _setValue(kazakh.textFilter, "тестова");
        assertThat(GridKt._size(kazakh.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(kazakh.grid, 0)).contains("Дана Тестова").doesNotContain("Dana Testova");
    }

    @Test
    void theGridPagesThroughTheDatabaseAndTheFiltersNarrowIt() {
        Nation nation = data.nation();
        for (int i = 0; i < 120; i++) {
            Person person = data.person(nation);
            if (i % 4 == 0) {
                person.setRank(Rank.OF_5);
                person.setAvailableTo(LocalDate.of(2027, 6, 30));
                staffing.save(person);
            }
        }
        PersonnelView view = open(PersonnelView.class);
        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();

        _setValue(view.nationFilter, nation);
        assertThat(GridKt._size(view.grid)).isEqualTo(120);
        assertThat(GridKt._get(view.grid, 119).getNation()).isEqualTo(nation);
        assertThat(view.matching.getText()).isEqualTo("120 people");

        _setValue(view.rankFilter, Rank.OF_5);
        assertThat(GridKt._size(view.grid)).isEqualTo(30);

        _setValue(view.rankFilter, null);
        _setValue(view.availableOnFilter, LocalDate.of(2028, 1, 1));
        assertThat(GridKt._size(view.grid)).isEqualTo(90);
        assertThat(GridKt._findAll(view.grid)).allMatch(person -> person.getRank() == Rank.OF_3);

        GridKt._sortByHeader(view.grid, "Nation", SortDirection.DESCENDING);
        GridKt._sortByHeader(view.grid, "Rank", SortDirection.ASCENDING);
        assertThat(GridKt._size(view.grid)).isEqualTo(90);
        GridKt._sortByHeader(view.grid, "Code", SortDirection.DESCENDING);
        List<String> codes = GridKt._findAll(view.grid).stream().map(Person::getCode).toList();
        assertThat(codes).isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
    }
}
