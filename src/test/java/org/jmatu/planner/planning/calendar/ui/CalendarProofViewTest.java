package org.jmatu.planner.planning.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.proof.ProofScenario;
import org.jmatu.planner.planning.calendar.solver.CalendarSolveRequest;
import org.jmatu.planner.planning.calendar.solver.CalendarSolverService;
import org.jmatu.planner.planning.calendar.versions.CalendarVersion;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A scenario where no calendar keeps every hard rule (EX2 needs SATCOM, which no company brings): the calendar view
 * lists the proven cause, warns in words before saving, and publishing the infeasible draft is refused.
 */
@SpringBootTest(properties = {"planning.calendar.spent-limit=4s", "planning.calendar.unimproved-spent-limit=1s"})
@DirtiesContext
class CalendarProofViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CalendarSolverService solver;
    @Autowired
    CalendarVersionService plans;
    @Autowired
    ScenarioSource source;

    @TestConfiguration
    static class InfeasibleScenario {
        @Bean
        @Primary
        ScenarioSource satcomNobodyBrings() {
            ProofScenario data = new ProofScenario();
            data.replaceExercise("EX2", ProofScenario.exercise("EX2", LocalDate.of(2027, 10, 1),
                    LocalDate.of(2027, 11, 30), 10, 1, 2, "SATCOM"));
            Scenario scenario = data.scenario();
            return () -> Optional.of(scenario);
        }
    }

    @BeforeEach
    void setUp() {
        plans.list().forEach(saved -> plans.delete(saved.id()));
        Routes routes = new Routes().autoDiscoverViews("org.jmatu.planner");
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        KaribuTest.signIn(SignedInAs.planner());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theViewListsTheProvenCause() {
        UI.getCurrent().navigate(CalendarView.class);

        CalendarView view = _get(CalendarView.class);
        assertThat(view.causes.isVisible()).isTrue();
        assertThat(_find(Span.class, spec -> spec.withClasses(ProvenCauses.CAUSE))).extracting(Span::getText)
                .containsExactly("Rule 14, EX2: EX2 needs SATCOM, but no company brings it (by its own capabilities or"
                        + " its equipment's): give a company SATCOM or drop it from EX2's requiredCapabilities");
    }

    @Test
    void aLiaisonOfficerSeesNoDraftAndIsToldNothingIsPublished() {
        Scenario scenario = source.current().orElseThrow();
        plans.saveDraft("a draft", solver.evaluate(new CalendarSolveRequest(scenario, Map.of(), List.of(
                new PlannedExercise("EX1", LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 18), "ILI",
                        List.of("KAZ-1", "USA-1"))), ConferenceSchedule.DEFAULT)), Set.of(), Set.of());
        KaribuTest.signIn(SignedInAs.liaison("KAZ"));

        UI.getCurrent().navigate(CalendarView.class);

        assertThat(_find(Span.class, spec -> spec.withText("No calendar is published yet: drafts are not shown here.")))
                .hasSize(1);
        assertThat(_get(CalendarView.class).plan()).isNull();
    }

    @Test
    void anInfeasibleCalendarIsSavedOnlyAfterAWarningAndIsNeverPublished() {
        Scenario scenario = source.current().orElseThrow();
        CalendarPlan infeasible = solver.evaluate(new CalendarSolveRequest(scenario, Map.of(), List.of(
                new PlannedExercise("EX1", LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 18), "ILI",
                        List.of("KAZ-1", "USA-1")),
                new PlannedExercise("EX2", LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 13), "OTAR",
                        List.of("RUS-1"))), ConferenceSchedule.DEFAULT));
        assertThat(infeasible.feasible()).isFalse();
        plans.saveDraft("earlier", infeasible, Set.of(), Set.of());
        UI.getCurrent().navigate(CalendarView.class);

        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        ConfirmDialog warning = _get(ConfirmDialog.class);
        String text = warning.getElement().getProperty("message");
        assertThat(text).startsWith("This calendar breaks 1 hard rule: ").contains("Required capabilities")
                .endsWith("it will be kept as a draft marked infeasible and cannot be published");
        int before = plans.list().size();
        ConfirmDialogKt._fireConfirm(warning);
        assertThat(plans.list()).hasSize(before + 1);
        assertThat(plans.list().getFirst().feasible()).isFalse();
        assertThat(KaribuTest.notificationTexts()).contains("Draft saved, marked infeasible: it cannot be published");

        _click(_get(Button.class, spec -> spec.withText("Publish")));

        assertThat(KaribuTest.notificationTexts()).anyMatch(t -> t.startsWith("Not published: it breaks hard rules ("));
        assertThat(plans.latestPublished()).isEmpty();
        assertThat(plans.list()).noneMatch(CalendarVersion::published);
    }
}
