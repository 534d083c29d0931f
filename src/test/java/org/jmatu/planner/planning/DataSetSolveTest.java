package org.jmatu.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.planning.calendar.solver.CalendarSolveRequest;
import org.jmatu.planner.planning.calendar.solver.CalendarSolverService;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.rotation.solver.RotationSolveRequest;
import org.jmatu.planner.planning.rotation.solver.RotationSolverService;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.planning.support.SolveLimits;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.security.SystemAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Solves run on solver threads, where no web session says which data set is meant: what their listeners save
 * must land in the data set the solve was started in.
 */
@SpringBootTest(properties = {"planner.test.context=datasets-solve",
        "planning.rotation.spent-limit=PT2S", "planning.rotation.unimproved-spent-limit=PT1S",
        "planning.calendar.spent-limit=PT2S", "planning.calendar.unimproved-spent-limit=PT1S"})
class DataSetSolveTest {

    private static final SolveLimits LIMITS = new SolveLimits(Duration.ofSeconds(10), Duration.ofSeconds(3));

    @Autowired
    DataSetService dataSets;

    @Autowired
    ScenarioExporter exporter;

    @Autowired
    RotationSolverService rotation;

    @Autowired
    RosterVersionService rosters;

    @Autowired
    CalendarSolverService calendar;

    @Autowired
    CalendarVersionService calendars;

    private String whatIf;

    @BeforeEach
    void uploadTheDemoAsASecondDataSet() {
        whatIf = dataSets.find("what-if").map(DataSet::key).orElseGet(() -> dataSets.importScenario("What if",
                ScenarioFiles.write(exporter.export())).created().orElseThrow().key());
    }

    @Test
    void aRosterSolvedInADataSetIsSavedThere() throws Exception {
        List<RosterVersion> demoBefore = rosters.versions();
        CompletableFuture<RosterVersion> saved = new CompletableFuture<>();

        DataSetContext.runIn(whatIf, () -> {
            Scenario scenario = exporter.export();
            rotation.solves().watch(job -> job.best().filter(best -> !job.active()).ifPresent(best -> saved.complete(
                    SystemAccount.runAsPlanner(() -> rosters.saveDraft(scenario.name(), best, List.of(),
                            "solved in " + DataSetContext.current())))));
            rotation.start(RotationSolveRequest.of(scenario, LIMITS));
        });
        RosterVersion draft = saved.get(60, TimeUnit.SECONDS);

        assertThat(DataSetContext.callIn(whatIf, rosters::versions)).extracting(RosterVersion::id)
                .contains(draft.id());
        assertThat(rosters.versions()).isEqualTo(demoBefore);
        // the demo unit's roster solve is a job of its own, not the one that ran in the other data set
        assertThat(rotation.solves().newest()).isEmpty();
    }

    @Test
    void aCalendarSolvedInADataSetIsSavedThere() throws Exception {
        int demoBefore = calendars.list().size();
        int whatIfBefore = DataSetContext.callIn(whatIf, () -> calendars.list().size());
        CompletableFuture<Long> saved = new CompletableFuture<>();

        DataSetContext.runIn(whatIf, () -> {
            calendar.solves().watch(job -> job.best().filter(last -> !job.active()).ifPresent(last -> saved.complete(
                    SystemAccount.runAsPlanner(() -> calendars.saveDraft("Solved in " + DataSetContext.current(),
                            last, Set.of(), Set.of())))));
            calendar.start(new CalendarSolveRequest(exporter.export()).withLimits(LIMITS));
        });
        saved.get(60, TimeUnit.SECONDS);

        assertThat(DataSetContext.callIn(whatIf, () -> calendars.list().size())).isEqualTo(whatIfBefore + 1);
        assertThat(calendars.list()).hasSize(demoBefore);
    }
}
