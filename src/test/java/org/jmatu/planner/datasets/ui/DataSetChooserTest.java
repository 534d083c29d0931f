package org.jmatu.planner.datasets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.ui.PersonnelView;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The data set chooser in the header: planners and the commander switch, liaison officers stay on the live unit. */
@SpringBootTest(properties = "planner.test.context=datasets-view")
class DataSetChooserTest extends KaribuTest {

    private static final String RENAMED = "Zz Only In The Other Data Set";

    @Autowired
    DataSetService dataSets;

    @Autowired
    ScenarioExporter exporter;

    private DataSet other;

    @BeforeEach
    void uploadADataSetWithOneNomineeRenamed() {
        other = dataSets.find("chooser-test").orElseGet(() -> {
            String demo = ScenarioFiles.write(exporter.export());
            String firstName = exporter.export().personnel().getFirst().name();
            return dataSets.importScenario("Chooser test", demo.replaceFirst("\"name\": \"" + firstName + "\"",
                    "\"name\": \"" + RENAMED + "\"")).created().orElseThrow();
        });
    }

    @Test
    void choosingADataSetShowsItsPersonnel() {
        open(PersonnelView.class);
        assertThat(names()).doesNotContain(RENAMED);
        Select<DataSet> chooser = chooser();
        assertThat(chooser.getValue().name()).isEqualTo("Demo unit");

        HasValueUtilsKt._setValue(chooser, other);

        assertThat(names()).contains(RENAMED);
        assertThat(chooser().getValue()).isEqualTo(other);
    }

    @Test
    void theCommanderMaySwitchToo() {
        signIn(SignedInAs.commander());
        open(PersonnelView.class);

        HasValueUtilsKt._setValue(chooser(), other);

        assertThat(DataSetContext.current()).isEqualTo(other.key());
    }

    @Test
    void aLiaisonOfficerSeesTheLiveUnitAndCannotSwitch() {
        dataSets.switchTo(other.key());
        signIn(SignedInAs.liaison("KAZ"));
        open(PersonnelView.class);

        assertThat(_find(Select.class, spec -> spec.withClasses("data-set-chooser"))).isEmpty();
        assertThat(DataSetContext.current()).isEqualTo(DataSetContext.DEFAULT);
        assertThatThrownBy(() -> dataSets.switchTo(other.key())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dataSets.importScenario("By a liaison officer", "{}"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<DataSet> chooser() {
        return _get(Select.class, spec -> spec.withClasses("data-set-chooser"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> names() {
        Grid<Person> grid = _get(Grid.class);
        return GridKt._findAll(grid).stream().map(Person::getName).toList();
    }
}
