package org.jmatu.planner.planning.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jmatu.planner.exercises.ExercisesService;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.solver.CalendarConcerns;
import org.jmatu.planner.planning.calendar.solver.CalendarSolveRequest;
import org.jmatu.planner.planning.calendar.solver.CalendarSolverService;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.planning.jobs.SolveState;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.security.Role;
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

@SpringBootTest(properties = {"planning.calendar.spent-limit=4s", "planning.calendar.unimproved-spent-limit=1s"})
@DirtiesContext
class CalendarViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CalendarSolverService solver;
    @Autowired
    CalendarVersionService plans;
    @Autowired
    ScenarioSource source;
    @Autowired
    ExercisesService exercises;

    Scenario scenario;

    /** The battalion demo calendar without CFX-2028-2, so that 2028 is a thin year. */
    @TestConfiguration
    static class ThinScenario {
        @Bean
        @Primary
        ScenarioSource thinBattalion() {
            Scenario full = ScenarioGenerator.generate(Scale.BATTALION, 0);
            Scenario thin = new Scenario(full.format(), full.name(), full.horizon(), full.nations(), full.posts(),
                    full.personnel(), full.equipmentTypes(), full.companies(), full.trainingAreas(),
                    full.exercises().stream().filter(e -> !e.id().equals("CFX-2028-2")).toList(), full.blackouts(),
                    full.pinned());
            return () -> Optional.of(thin);
        }
    }

    @BeforeEach
    void setUp() {
        scenario = source.current().orElseThrow();
        plans.list().forEach(saved -> plans.delete(saved.id()));
        Routes routes = new Routes().autoDiscoverViews("org.jmatu.planner");
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        KaribuTest.signIn(SignedInAs.planner());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private CalendarPlan solvedAndSaved() throws Exception {
        CalendarPlan plan = solver.solve(new CalendarSolveRequest(scenario), SolveProgress.unwatched());
        plans.saveDraft("test", plan, Set.of(), Set.of());
        return plan;
    }

    private static List<Div> bars() {
        return _find(Div.class, spec -> spec.withClasses(CalendarTimeline.BAR));
    }

    @Test
    void timelineShowsOneBarPerExerciseColouredByHostNationWithConferencesAndBlackouts() throws Exception {
        CalendarPlan plan = solvedAndSaved();
        UI.getCurrent().navigate(CalendarView.class);

        assertThat(bars()).hasSize(scenario.exercises().size());
        CalendarConcerns concerns = new CalendarConcerns(scenario);
        for (PlannedExercise row : plan.exercises()) {
            Div bar = bars().stream().filter(b -> row.exercise().equals(b.getElement().getAttribute("data-exercise")))
                    .findFirst().orElseThrow();
            assertThat(bar.getStyle().get("background")).startsWith("var(--nation-" + concerns.hostNation(row));
        }
        assertThat(_find(Div.class, spec -> spec.withClasses(CalendarTimeline.MILESTONE))).hasSize(3 * plan.exercises().size());
        assertThat(_find(Div.class, spec -> spec.withClasses(CalendarTimeline.BLACKOUT))).hasSize(scenario.blackouts().size());
        assertThat(_get(Anchor.class, spec -> spec.withText("Download .ics (" + plan.exercises().size()
                * 4 + " events)"))).isNotNull(); // each exercise and its three planning conferences
        assertThat(_get(CalendarView.class).score.getText())
                .startsWith("All " + plan.exercises().size() + " exercises planned · no rule broken");

        _click(bars().get(0));
        String first = bars().get(0).getElement().getAttribute("data-exercise");
        assertThat(_find(com.vaadin.flow.component.html.H3.class, spec -> spec.withText(first + " — "
                + scenario.exercises().stream().filter(e -> e.id().equals(first)).findFirst().orElseThrow().name())))
                .hasSize(1);
    }

    @Test
    void aSolveGoesOnWhenThePageClosesAndTheNextVisitorSeesIt() throws Exception {
        UI.getCurrent().navigate(CalendarView.class);
        _click(_get(CalendarView.class).solve);
        MockVaadin.tearDown(); // the page closes
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.jmatu.planner"), context,
                UI::new));
        KaribuTest.signIn(SignedInAs.user("planner2", Role.PLANNER, null));
        UI.getCurrent().navigate(CalendarView.class);
        CalendarView second = _get(CalendarView.class);

        SolveJob<CalendarPlan> job = solver.solves().newest().orElseThrow();
        assertThat(job.startedBy()).isEqualTo("planner");
        for (int i = 0; i < 600 && job.active(); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(job.state()).isEqualTo(SolveState.FINISHED); // the first page's closing did not stop it
        MockVaadin.clientRoundtrip(false);
        assertThat(second.plan()).isEqualTo(job.best().orElseThrow());
        assertThat(second.solve.isEnabled()).isTrue();
    }

    @Test
    void nationFilterShowsOnlyWhatConcernsThatNation() throws Exception {
        CalendarPlan plan = solvedAndSaved();
        UI.getCurrent().navigate(CalendarView.class);
        CalendarView view = _get(CalendarView.class);
        CalendarConcerns concerns = new CalendarConcerns(scenario);

        _setValue(view.nationFilter, "KGZ");

        List<String> expected = plan.exercises().stream().filter(r -> concerns.concerns(r, "KGZ"))
                .map(PlannedExercise::exercise).sorted().toList();
        assertThat(bars()).extracting(b -> b.getElement().getAttribute("data-exercise")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSizeLessThan(plan.exercises().size());
        long kgzBlackouts = scenario.blackouts().stream().filter(b -> b.nations().contains("KGZ")).count();
        assertThat(_find(Div.class, spec -> spec.withClasses(CalendarTimeline.BLACKOUT))).hasSize((int) kgzBlackouts);

        assertThat(_get(Anchor.class, spec -> spec.withText("Download .ics (KGZ, " + expected.size() * 4 + " events)")))
                .isNotNull(); // each exercise KGZ takes part in, with its three planning conferences
        _setValue(view.nationFilter, null);
        assertThat(bars()).hasSize(plan.exercises().size());
    }

    @Test
    void aThinYearIsFlaggedAndGetsAnExerciseThatTheNextSolvePlans() throws Exception {
        UI.getCurrent().navigate(CalendarView.class);
        CalendarView view = _get(CalendarView.class);
        assertThat(bars()).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withText("2028 has 1 exercise: the unit holds at least two combined field exercises a year.")))
                .hasSize(1);

        int stored = exercises.findAllExercises().size();
        _click(_get(Button.class, spec -> spec.withText("Add exercise")));
        assertThat(_find(Button.class, spec -> spec.withText("Add exercise"))).isEmpty();
        assertThat(exercises.findAllExercises()).hasSize(stored + 1)
                .anyMatch(exercise -> exercise.getCode().startsWith("CFX-2028-"));

        _click(view.solve);
        long deadline = System.currentTimeMillis() + 30_000;
        while (view.solve.isEnabled() == false && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(view.score.getText()).startsWith("All " + (scenario.exercises().size() + 1)
                + " exercises planned · no rule broken");
        assertThat(bars()).hasSize(scenario.exercises().size() + 1);
        assertThat(view.plan().thinYears()).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Add exercise"))).isEmpty();
    }

    @Test
    void aPlannerPinsAnExerciseByHandAndTheScoreIsRecomputed() throws Exception {
        CalendarPlan saved = solvedAndSaved();
        UI.getCurrent().navigate(CalendarView.class);
        CalendarView view = _get(CalendarView.class);
        PlannedExercise row = saved.exercises().get(0);
        view.select(row.exercise());

        view.applyHandEdit(row, row.start().plusDays(1), "ILI", true, true);

        PlannedExercise moved = view.plan().row(row.exercise());
        assertThat(moved.start()).isEqualTo(row.start().plusDays(1));
        assertThat(moved.trainingArea()).isEqualTo("ILI");
        assertThat(view.score.getText()).startsWith("All " + saved.exercises().size() + " exercises planned · ");
        assertThat(view.score.getElement().getAttribute("title")).startsWith("Solver score: ");
        assertThat(_find(com.vaadin.flow.component.details.Details.class,
                spec -> spec.withPredicate(d -> d.getSummaryText().startsWith("Short travel — costs ")))).hasSize(1);
    }
}
