package org.jmatu.planner.planning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jmatu.planner.check.HardRule;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.file.ReadResult;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The downloads read back with the file readers the command line uses. */
class PlanFilesViewTest extends KaribuTest {

    @Autowired
    ScenarioExporter exporter;

    @Autowired
    CurrentPlanService plans;

    @Test
    void theScenarioDownloadIsTheDatabasesScenarioFile() {
        open(PlanFilesView.class);
        Anchor anchor = _get(Anchor.class, spec -> spec.withText("Download scenario file"));

        String text = new String(DownloadKt._download(anchor), StandardCharsets.UTF_8);

        ReadResult<Scenario> read = ScenarioFiles.read(text);
        assertThat(read.report().text()).isEmpty();
        assertThat(read.value()).isEqualTo(exporter.export());
    }

    @Test
    void thePlanDownloadIsAPlanFileOfTheScenario() {
        open(PlanFilesView.class);
        Anchor anchor = _get(Anchor.class, spec -> spec.withText("Download plan file"));
        Scenario scenario = exporter.export();

        String text = new String(DownloadKt._download(anchor), StandardCharsets.UTF_8);

        ReadResult<Plan> read = PlanFiles.read(text, scenario);
        assertThat(read.report().text()).isEmpty();
        Plan plan = read.value();
        assertThat(plan.scenario()).isEqualTo(scenario.name());
        assertThat(plan.exercises()).extracting(Plan.ExerciseRow::exercise)
                .containsExactlyElementsOf(scenario.exercises().stream().map(Scenario.Exercise::id).toList());
        assertThat(plan.gaps()).hasSize((int) plan.rotation().stream().filter(row -> row.person() == null).count());
    }

    @Test
    void theCurrentPlanKeepsSavedRowsAsSavedAndScoresThem() {
        Scenario scenario = exporter.export();
        RotationSlot slot = RotationMapper.toSolution(scenario).getSlots().stream()
                .filter(s -> !s.isPinned() && !s.getNominees().isEmpty()).findFirst().orElseThrow();
        String person = slot.getNominees().getFirst().id();
        Scenario.Exercise exercise = scenario.exercises().getFirst();
        PlannedExercise row = new PlannedExercise(exercise.id(), exercise.earliestStart(),
                exercise.earliestStart().plusDays(exercise.durationDays() - 1L),
                scenario.trainingAreas().getFirst().id(), List.of());

        Plan plan = plans.plan(scenario, List.of(new PlanRow(slot.getPost().id(), slot.getPeriodIndex(), person)),
                List.of(row));

        Plan read = PlanFiles.read(PlanFiles.write(plan), scenario).value();
        assertThat(read.rotation()).contains(new Plan.RotationRow(slot.getPost().id(), slot.getPeriodIndex(), person));
        assertThat(read.gaps()).noneMatch(gap -> gap.post().equals(slot.getPost().id())
                && gap.period() == slot.getPeriodIndex());
        assertThat(read.exercises().getFirst().start()).isEqualTo(exercise.earliestStart());
        assertThat(read.exercises().get(1).start()).isNull();
        // An exercise without companies breaks rule 13, in the score and for the checker alike.
        assertThat(read.score()).doesNotStartWith("0hard");
        assertThat(PlanChecker.check(scenario, read)).extracting(v -> v.rule()).contains(HardRule.PARTICIPATION);
    }

    @Test
    void fileNamesComeFromTheScenarioName() {
        assertThat(PlanFilesView.fileName("Battalion 2027-2029", "scenario")).isEqualTo("battalion-2027-2029.scenario.json");
        assertThat(PlanFilesView.fileName("???", "plan")).isEqualTo("plan.plan.json");
    }
}
