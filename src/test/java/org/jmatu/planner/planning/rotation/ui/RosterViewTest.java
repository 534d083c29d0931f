package org.jmatu.planner.planning.rotation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.solver.NomineeOption;
import org.jmatu.planner.planning.rotation.solver.RotationExplanation;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.planning.rotation.solver.RotationSolverService;
import org.jmatu.planner.planning.rotation.solver.ScenarioFixture;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Scenario;
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

@SpringBootTest(properties = {"planning.rotation.spent-limit=PT30S", "planning.rotation.unimproved-spent-limit=PT30S"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RosterViewTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    private static final LocalDate FAR_OFF = LocalDate.of(2040, 1, 1);

    /** A command team of three rotating posts and a Kazakh commander over four half-years. */
    static Scenario commandTeam() {
        ScenarioFixture fixture = ScenarioFixture.withMemberNations()
                .name("Command team")
                .horizon(LocalDate.of(2028, 1, 1), 6, 4, 14)
                .post("CDR", "Command Group", "OF-5", "OF-6", List.of("COMMAND"), 3, "FIXED", List.of("KAZ"), null, null)
                .post("DCDR", "Command Group", "OF-5", "OF-5", List.of("COMMAND"), 3, "ROTATING",
                        List.of("USA", "RUS", "CHN"), "COMMAND_TEAM", null)
                .post("XO", "Command Group", "OF-4", "OF-5", List.of("COMMAND"), 3, "ROTATING",
                        List.of("USA", "RUS", "CHN"), "COMMAND_TEAM", null)
                .post("J4", "J4 Logistics", "OF-4", "OF-4", List.of("LOGISTICS"), 3, "ANY", List.of("RUS", "USA", "CHN"),
                        null, null);
        for (String nation : List.of("USA", "RUS", "CHN")) {
            for (int i = 1; i <= 3; i++) {
                fixture.person(nation + "-" + i, nation, "OF-5", List.of("COMMAND"), 4, LONG_AGO, FAR_OFF);
            }
        }
        fixture.person("KAZ-1", "KAZ", "OF-6", List.of("COMMAND"), 4, LONG_AGO, FAR_OFF)
                .person("KAZ-2", "KAZ", "OF-5", List.of("COMMAND"), 4, LONG_AGO, FAR_OFF);
        return fixture.build();
    }

    @TestConfiguration
    static class Scenarios {
        @Bean
        @Primary
        ScenarioSource testScenarios() {
            return () -> Optional.of(commandTeam());
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    RotationSolverService solver;

    @Autowired
    RosterVersionService plans;

    RosterView view;

    @BeforeEach
    void openRoster() {
        Routes routes = new Routes().autoDiscoverViews("org.jmatu.planner.planning.rotation.ui");
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        KaribuTest.signIn(SignedInAs.planner());
        UI.getCurrent().navigate(RosterView.class);
        view = _get(RosterView.class);
    }

    @AfterEach
    void tearDown() {
        if (solver.solves().newest().filter(SolveJob::active).isPresent()) {
            solver.stop();
        }
        MockVaadin.tearDown();
    }

    @Test
    void solveShowsLiveScoreAndStopEndsTheSolve() throws InterruptedException {
        assertThat(view.score.getText()).startsWith("0 of 16 slots filled · no rule broken"); // 4 posts x 4 periods
        _click(_get(Button.class, spec -> spec.withText("Solve")));
        assertThat(view.solving()).isTrue();
        assertThat(view.stop.isEnabled()).isTrue();
        assertThat(view.solve.isEnabled()).isFalse();
        Thread.sleep(1500);
        _click(_get(Button.class, spec -> spec.withText("Stop")));
        for (int i = 0; i < 600 && (view.solving() || !view.status.getText().equals("Solved")); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(view.status.getText()).isEqualTo("Solved");
        assertThat(view.score.getText()).startsWith("12 of 16 slots filled · no rule broken"); // J4 stays unfilled
        assertThat(view.solve.isEnabled()).isTrue();
        assertThat(view.stop.isEnabled()).isFalse();
        assertThat(GridKt._size(view.gaps.grid)).isEqualTo(4);
        assertThat(view.gaps.fillRates.getChildren().map(row -> row.getElement().getAttribute("title")))
                .containsExactly("2028-H1: 3 of 4 slots filled", "2028-H2: 3 of 4 slots filled",
                        "2029-H1: 3 of 4 slots filled", "2029-H2: 3 of 4 slots filled");
        assertThat(view.people.grid.getListDataView().getItems().count()).isBetween(4L, 12L); // everyone holding a slot
        assertThat(view.gaps.csv()).contains("\"J4\",\"2028-H1\",\"RUS, USA or CHN must nominate an OF-4 for J4");

        // The liaison officers' workbooks, downloaded from the Gaps tab as a browser would and read back.
        view.tabs.setSelectedIndex(2);
        MockVaadin.clientRoundtrip(false);
        assertThat(view.gaps.xlsx.isAttached()).isTrue();
        try (ReadableWorkbook gaps = new ReadableWorkbook(new ByteArrayInputStream(DownloadKt._download(view.gaps.xlsx)));
             ReadableWorkbook roster = new ReadableWorkbook(new ByteArrayInputStream(
                     DownloadKt._download(view.gaps.rosterXlsx)))) {
            List<Row> gapRows = gaps.getFirstSheet().read();
            assertThat(gapRows).hasSize(1 + 4);
            assertThat(gapRows.get(1).getCellText(1)).isEqualTo("J4");
            assertThat(gapRows.get(1).getCellText(7)).startsWith("RUS, USA or CHN must nominate an OF-4 for J4");
            List<Row> assignments = roster.findSheet("Assignments").orElseThrow().read();
            assertThat(assignments).hasSize(1 + 16);
            assertThat(assignments.stream().skip(1).filter(row -> !row.getCellText(7).isEmpty()).count())
                    .isEqualTo(12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pinningACellKeepsItsHolder() {
        Div cell = (Div) GridKt._getCellComponent(view.roster, 1, "p0"); // row 0 is the Command Group heading
        _click(cell);
        assertThat(view.cell.title.getText()).startsWith("CDR in 2028-H1: unfilled");
        NomineeOption kaz1 = view.cell.nominees.getListDataView().getItems()
                .filter(option -> option.person() != null && option.person().id().equals("KAZ-1"))
                .findFirst().orElseThrow();
        view.cell.nominees.select(kaz1);
        _click(view.cell.assign);
        RotationSlot slot = slot("CDR@0");
        assertThat(slot.isPinned()).isTrue();
        assertThat(slot.getPerson().id()).isEqualTo("KAZ-1");
        assertThat(view.score.getText()).startsWith("1 of 16 slots filled");

        _click(view.cell.pin);
        assertThat(slot("CDR@0").isPinned()).isFalse();
        _click(view.cell.pin);
        assertThat(slot("CDR@0").isPinned()).isTrue();
        assertThat(view.cell.pin.getText()).isEqualTo("Unpin");
    }

    @Test
    void handEditOffersNomineesRankedByScoreChange() {
        view.select("DCDR@0");
        List<NomineeOption> options = view.cell.nominees.getListDataView().getItems().toList();
        assertThat(options).hasSize(10); // nine OF-5 of the three powers, and "leave unfilled"
        assertThat(options.getLast().person()).isNull(); // leaving a slot unfilled is the worst choice here
        assertThat(options.getFirst().change()).startsWith("0hard/1medium");
        view.cell.nominees.select(options.getFirst());
        _click(view.cell.assign);
        assertThat(slot("DCDR@0").getPerson()).isEqualTo(options.getFirst().person());
    }

    @Test
    void explanationListsConstraintsAndTheSelectedCellsReasons() {
        view.select("DCDR@0");
        view.cell.nominees.select(view.cell.nominees.getListDataView().getItems()
                .filter(option -> option.person() != null && option.person().id().equals("USA-1")).findFirst()
                .orElseThrow());
        _click(view.cell.assign);
        view.select("XO@0");
        view.cell.nominees.select(view.cell.nominees.getListDataView().getItems()
                .filter(option -> option.person() != null && option.person().id().equals("USA-2")).findFirst()
                .orElseThrow());
        _click(view.cell.assign);
        List<RotationExplanation.ConstraintLine> lines = view.constraints.getListDataView().getItems().toList();
        assertThat(lines).extracting(RotationExplanation.ConstraintLine::name)
                .contains("Key group nations differ", "Active slot filled");
        RotationExplanation.ConstraintLine clash = lines.stream()
                .filter(line -> line.name().equals("Key group nations differ")).findFirst().orElseThrow();
        assertThat(clash.level()).isEqualTo("hard");
        assertThat(clash.matchCount()).isEqualTo(1);
        assertThat(clash.impact()).startsWith("-1hard");
        assertThat(view.cell.reasons.getChildren().map(component -> component.getElement().getText()))
                .contains("Key group nations differ: XO in 2028-H1: USA already holds DCDR in that period");
        Div broken = (Div) GridKt._getCellComponent(view.roster, 3, "p0"); // row 3 is XO
        assertThat(broken.getStyle().get("outline")).contains("error");
        Div unfilled = (Div) GridKt._getCellComponent(view.roster, 5, "p0"); // row 5 is J4
        assertThat(unfilled.getClassNames()).contains("unfilled");
        assertThat(unfilled.getElement().getTextRecursively()).isEqualTo("unfilled");
    }

    @Test
    void aRosterThatBreaksAHardRuleIsSavedOnlyAfterAWarningAndNeverPublished() {
        assign("DCDR@0", "USA-1");
        assign("XO@0", "USA-2"); // two USA holders in one key group: rule 6 broken

        _click(view.save);
        ConfirmDialog warning = _get(ConfirmDialog.class);
        assertThat(warning.getElement().getProperty("message"))
                .startsWith("This roster breaks 1 hard rule: Key group nations differ (1), e.g. XO in 2028-H1: USA"
                        + " already holds DCDR in that period")
                .endsWith("it will be kept as a draft marked infeasible and cannot be published");
        ConfirmDialogKt._fireConfirm(warning);
        RosterVersion saved = plans.latest().orElseThrow();
        assertThat(saved.infeasible()).isTrue();
        assertThat(saved.label()).contains("(draft, infeasible)");

        _click(view.publish);

        assertThat(plans.baseline()).isEmpty();
        assertThat(plans.latest().orElseThrow().id()).as("no new version").isEqualTo(saved.id());
        assertThat(KaribuTest.notificationTexts()).anyMatch(text -> text.startsWith("Not published: This roster"
                + " breaks 1 hard rule: Key group nations differ") && text.contains("it is kept as " + saved.label()));
    }

    private void assign(String slot, String person) {
        view.select(slot);
        view.cell.nominees.select(view.cell.nominees.getListDataView().getItems()
                .filter(option -> option.person() != null && option.person().id().equals(person)).findFirst()
                .orElseThrow());
        _click(view.cell.assign);
    }

    /** Issue 15, defect 9: re-plan pinned every earlier cell, and the pins stayed in later drafts. */
    @Test
    void publishThenReplanAfterADropOutKeepsThePastAndMarksChanges() throws InterruptedException {
        solveFor(1500);
        _click(view.publish);
        assertThat(view.versions.getListDataView().getItems()).extracting(RosterVersion::label)
                .singleElement().asString().startsWith("v1 (published)");
        RotationSlot dcdr2 = slot("DCDR@2");
        PersonFact leaving = dcdr2.getPerson();
        Map<String, String> before = holders();

        view.tabs.setSelectedIndex(3); // the Re-plan tab
        view.replan.person.setValue(leaving);
        view.replan.from.setValue(LocalDate.of(2029, 2, 1)); // in period 2 (2029-H1)
        _click(view.replan.replan);
        waitForSolveEnd(1500);

        Map<String, String> after = holders();
        assertThat(after).containsEntry("DCDR@0", before.get("DCDR@0")).containsEntry("XO@1", before.get("XO@1"));
        assertThat(view.workingRoster().solution().getSlots()).filteredOn(slot -> slot.getPeriodIndex() >= 2)
                .extracting(RotationSlot::getPerson).doesNotContain(leaving);
        // periods that ended before the date are kept for the re-plan, without becoming pins of later drafts
        assertThat(slot("DCDR@0").isPinned()).isFalse();
        assertThat(slot("DCDR@2").changedFromBaseline()).isTrue();
        Div changed = (Div) GridKt._getCellComponent(view.roster, 2, "p2"); // row 2 is DCDR
        assertThat(changed.getClassNames()).contains("changed");
        assertThat(changed.getElement().getTextRecursively()).contains("changed");
        assertThat(view.status.getText()).contains("differ from the published roster");
    }

    @Test
    void aSolveThatFinishesAfterNewerWorkWasSavedIsOfferedAsANewDraftNotPublishedOverIt() throws InterruptedException {
        _click(view.solve);
        RosterVersion newer = plans.publish(plans.saveDraft("Command team", RotationMapper.toPlan(view.workingRoster().solution()),
                List.of(), "a colleague's hand edits").id());
        waitForSolveEnd(1000);
        _click(view.publish);

        assertThat(plans.baseline().orElseThrow().id()).isEqualTo(newer.id());
        RosterVersion late = plans.latest().orElseThrow();
        assertThat(late.number()).isEqualTo(newer.number() + 1);
        assertThat(late.published()).isFalse();
        assertThat(KaribuTest.notificationTexts()).anyMatch(text -> text.startsWith("Kept as a draft: v"
                + newer.number() + " was saved while this roster was worked out. Compare " + late.label()));
    }

    @Test
    void theCommanderApprovesAPublishedRosterAndCannotSolve() throws InterruptedException {
        solveFor(1500);
        _click(view.publish);
        KaribuTest.signIn(SignedInAs.commander());
        UI.getCurrent().navigate(RosterView.class);
        RosterView review = _get(RosterView.class);
        assertThat(review.solve.isVisible()).isFalse();
        assertThat(review.publish.isVisible()).isFalse();
        assertThat(review.approve.isVisible()).isTrue();

        review.versions.setValue(review.versions.getListDataView().getItems().findFirst().orElseThrow());
        review.reviewComment.setValue("Agreed at the planning conference");
        _click(review.approve);
        assertThat(review.versions.getValue().label()).startsWith("v1 (approved)");
        assertThat(review.versions.getValue().reviewComment()).isEqualTo("Agreed at the planning conference");
        assertThat(review.approve.isEnabled()).isFalse();
    }

    /** Issue 15, defect 4: "Return" lost its comment and nothing said who published, approved or returned. */
    @Test
    void aReturnedRosterSaysWhoReturnedItAndWhyToThePlanners() throws InterruptedException {
        solveFor(1500);
        _click(view.publish);
        KaribuTest.signIn(SignedInAs.commander());
        UI.getCurrent().navigate(RosterView.class);
        RosterView review = _get(RosterView.class);
        review.versions.setValue(review.versions.getListDataView().getItems().findFirst().orElseThrow());
        _click(review.sendBack);
        assertThat(KaribuTest.notificationTexts()).contains("Say why the roster goes back");

        review.reviewComment.setValue("Stagger the hand-overs of 2028-H2");
        _click(review.sendBack);
        assertThat(review.versions.getValue().label()).startsWith("v1 (returned)");
        assertThat(review.history.getText()).contains("Published by planner on ")
                .contains("Returned by commander on ").endsWith("\u201cStagger the hand-overs of 2028-H2\u201d");

        KaribuTest.signIn(SignedInAs.planner());
        UI.getCurrent().navigate(RosterView.class);
        RosterView planner = _get(RosterView.class);
        assertThat(planner.history.isVisible()).isTrue();
        assertThat(planner.history.getText()).startsWith("v1: Published by planner")
                .contains("Stagger the hand-overs of 2028-H2");
    }

    @Test
    void publishingAnUnchangedDraftPublishesThatDraftInsteadOfSavingItAgain() {
        _click(view.save);
        _click(view.publish);
        assertThat(plans.versions()).singleElement().satisfies(version -> {
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.published()).isTrue();
        });
        view.select("CDR@0");
        view.cell.nominees.select(view.cell.nominees.getListDataView().getItems()
                .filter(option -> option.person() != null).findFirst().orElseThrow());
        _click(view.cell.assign);
        _click(view.publish); // changed since: a new version
        assertThat(plans.versions()).hasSize(2);
    }

    /** Issue 15, defects 8 and 9: names cut, "(pinned)" cut, namesakes alike; the re-plan date before the horizon. */
    @Test
    void cellsTellNomineesOfOneNameApartAndMarkPinsWithoutCuttingText() {
        view.select("CDR@0");
        view.cell.nominees.select(view.cell.nominees.getListDataView().getItems()
                .filter(option -> option.person() != null && option.person().id().equals("KAZ-1")).findFirst()
                .orElseThrow());
        _click(view.cell.assign);
        Div cell = (Div) GridKt._getCellComponent(view.roster, 1, "p0");
        assertThat(cell.getElement().getTextRecursively()).contains("OF-6 · KAZ-1").doesNotContain("(pinned)");
        // the name has a line of its own: no badge or code beside it takes the narrow column's width
        var firstLine = cell.getChildren().findFirst().orElseThrow().getElement();
        assertThat(firstLine.getChildren()).allMatch(Element::isTextNode);
        assertThat(firstLine.getText()).isNotBlank();
        assertThat(cell.getElement().getAttribute("title")).startsWith(firstLine.getText() + " (KAZ OF-6)");
        assertThat(cell.getElement().getAttribute("title")).contains("Pinned: solves keep this holder");
        assertThat(view.roster.getColumnByKey("p0").getWidth()).isEqualTo("7rem");
        assertThat(view.roster.getColumnByKey("p0").getFlexGrow()).isPositive();
        assertThat(view.gaps.grid.getEmptyStateText()).startsWith("No gaps");
        assertThat(view.replan.from.getValue()).isEqualTo(LocalDate.of(2028, 1, 1)); // the horizon's first day
    }

    @Test
    void aSecondPlannerSeesTheRunningSolveAndIsAskedBeforeStoppingIt() throws InterruptedException {
        _click(view.solve);
        KaribuTest.signIn(SignedInAs.user("planner2", Role.PLANNER, null));
        UI.getCurrent().navigate(RosterView.class);
        RosterView second = _get(RosterView.class);
        assertThat(second.solving()).isTrue();
        assertThat(second.status.getText()).startsWith("Solving… (started by planner)")
                .doesNotContainPattern("\\d{9}");
        assertThat(second.stop.isEnabled()).isTrue();

        _click(second.stop);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(second.solving()).isTrue(); // nothing stopped before the second planner says so
        confirm.close();
        solver.stop();
    }

    private void solveFor(long millis) throws InterruptedException {
        _click(view.solve);
        waitForSolveEnd(millis);
    }

    private void waitForSolveEnd(long millis) throws InterruptedException {
        Thread.sleep(millis);
        view.stopSolving();
        for (int i = 0; i < 600 && (view.solving() || !view.status.getText().startsWith("Solved")); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(view.status.getText()).startsWith("Solved");
    }

    private Map<String, String> holders() {
        Map<String, String> holders = new HashMap<>();
        view.workingRoster().solution().getSlots().forEach(slot -> holders.put(slot.getId(),
                slot.getPerson() == null ? "-" : slot.getPerson().id()));
        return holders;
    }

    private RotationSlot slot(String id) {
        return view.workingRoster().solution().getSlots().stream().filter(slot -> slot.getId().equals(id)).findFirst().orElseThrow();
    }
}
