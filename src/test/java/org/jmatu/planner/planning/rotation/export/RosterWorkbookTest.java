package org.jmatu.planner.planning.rotation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jmatu.planner.planning.rotation.domain.Gap;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.CourseScenarios;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The liaison officers' workbooks, read back with an independent .xlsx reader. */
class RosterWorkbookTest {

    private RotationSolution solution;
    private RotationSlot filled;

    @BeforeEach
    void aPartlyFilledRoster() {
        Scenario scenario = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);
        solution = RotationMapper.toSolution(scenario);
        // Only the generator's pins are filled; fill one more slot by hand, the rest stay gaps.
        filled = solution.getSlots().stream().filter(slot -> slot.getPerson() == null && !slot.getNominees().isEmpty())
                .findFirst().orElseThrow();
        filled.setPerson(filled.getNominees().getFirst());
    }

    @Test
    void theRosterHasAGridAndOneAssignmentRowPerActiveSlot() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(RosterWorkbook.roster(solution)))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Roster", "Assignments");

            List<Row> grid = sheets.get(0).read();
            assertThat(texts(grid.get(0))).startsWith("Section", "Post", "Title", "2027-H1", "2027-H2");
            assertThat(grid).hasSize(1 + solution.getPosts().size());
            Row filledPost = grid.stream().filter(row -> filled.getPost().id().equals(row.getCellText(1)))
                    .findFirst().orElseThrow();
            assertThat(filledPost.getCellText(3 + filled.getPeriodIndex())).isEqualTo(filled.getPerson().label());

            List<Row> assignments = sheets.get(1).read();
            assertThat(texts(assignments.get(0))).containsExactly("Section", "Post", "Title", "Rank band", "Period", "From", "To",
                    "Person", "Name", "Nation", "Rank", "Pinned");
            assertThat(assignments).hasSize(1 + solution.getSlots().size());
            Row row = assignments.stream().filter(r -> filled.getPost().id().equals(r.getCellText(1))
                    && filled.getPeriod().label().equals(r.getCellText(4))).findFirst().orElseThrow();
            assertThat(row.getCellText(7)).isEqualTo(filled.getPerson().id());
            assertThat(row.getCellText(9)).isEqualTo(filled.getPerson().nationCode());
            assertThat(row.getCellAsDate(5).orElseThrow().toLocalDate()).isEqualTo(filled.getPeriod().start());
            assertThat(row.getCellAsDate(6).orElseThrow().toLocalDate()).isEqualTo(filled.getPeriod().end());
            long pinned = assignments.stream().skip(1).filter(r -> "yes".equals(r.getCellText(11))).count();
            assertThat(pinned).isEqualTo(solution.getSlots().stream().filter(RotationSlot::isPinned).count());
        }
    }

    @Test
    void theGapReportHasEveryUnfilledSlotWithItsReason() throws IOException {
        List<Gap> gaps = RotationMapper.toPlan(solution).gaps();
        assertThat(gaps).isNotEmpty();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(RosterWorkbook.gaps(solution)))) {
            List<Row> rows = workbook.getFirstSheet().read();

            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Gaps");
            assertThat(texts(rows.get(0))).containsExactly("Section", "Post", "Title", "Rank band", "Period", "From", "To",
                    "Reason");
            assertThat(rows).hasSize(1 + gaps.size());
            assertThat(rows.stream().skip(1).map(row -> row.getCellText(1) + "@" + row.getCellText(4)))
                    .doesNotContain(filled.getPost().id() + "@" + filled.getPeriod().label());
            Gap first = gaps.getFirst();
            Row firstRow = rows.stream().filter(row -> first.post().equals(row.getCellText(1))
                    && solution.getPeriods().get(first.period()).label().equals(row.getCellText(4)))
                    .findFirst().orElseThrow();
            assertThat(firstRow.getCellText(7)).isEqualTo(first.reason());
            LocalDate from = firstRow.getCellAsDate(5).orElseThrow().toLocalDate();
            assertThat(from).isEqualTo(solution.getPeriods().get(first.period()).start());
        }
    }

    /** The user exporting reads Russian: sheets, headers and reasons in Russian; codes and dates as stored. */
    @Test
    void theWorkbooksAreInTheLanguageOfTheUserExporting() throws IOException {
        byte[] roster = I18n.in(Language.RU, () -> RosterWorkbook.roster(solution));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(roster))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("График ротации", "Назначения");
            assertThat(texts(sheets.get(1).read().get(0))).containsExactly("Отдел", "Должность", "Наименование",
                    "Диапазон званий", "Период", "С", "По", "Военнослужащий", "Имя", "Страна", "Звание", "Закреплено");
        }
        byte[] gaps = I18n.in(Language.RU, () -> RosterWorkbook.gaps(solution));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(gaps))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Некомплект");
            assertThat(rows.get(0).getCellText(7)).isEqualTo("Причина");
            assertThat(rows.get(1).getCellText(7)).contains("должна выдвинуть кандидата").doesNotContain("nominate");
        }
    }

    /**
     * A learner given a course seat and then a post whose period the course overlaps: the grid says they are away
     * on it, and a third sheet lists who attends which course.
     */
    @Test
    void aHolderAwayOnAnEnglishCourseIsMarkedAndTheCourseSheetListsTheAttendees() throws IOException {
        Scenario learners = CourseScenarios.learners(List.of(new Scenario.PinnedSeat("ENG-A", "KAZ-L1", true)));
        Scenario.LanguageCourse course = learners.languageCourses().getFirst();
        // the same course in the summer, across the posts' first period (2027-H2)
        RotationSolution withCourse = RotationMapper.toSolution(learners.withLanguageCourses(List.of(
                new Scenario.LanguageCourse(course.id(), course.name(), LocalDate.of(2027, 6, 1),
                        LocalDate.of(2027, 8, 27), course.seats(), course.fromLevel(), course.toLevel(),
                        course.nations()))));
        RotationSlot slot = withCourse.getSlots().stream().filter(s -> s.getId().equals("KAZ-EN-1@1")).findFirst()
                .orElseThrow();
        PersonFact learner = withCourse.getPersonnel().stream().filter(p -> p.id().equals("KAZ-L1")).findFirst()
                .orElseThrow();
        slot.setPerson(learner);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(RosterWorkbook.roster(withCourse)))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Roster", "Assignments", "English courses");
            Row post = sheets.get(0).read().stream().filter(row -> "KAZ-EN-1".equals(row.getCellText(1))).findFirst()
                    .orElseThrow();
            assertThat(post.getCellText(4)).isEqualTo(learner.label() + " – on course ENG-A");

            List<Row> attendees = sheets.get(2).read();
            assertThat(texts(attendees.get(0))).containsExactly("Course", "Course name", "From", "To", "Person", "Name",
                    "Nation", "Rank", "Pinned");
            assertThat(attendees).hasSize(2);
            assertThat(texts(attendees.get(1))).startsWith("ENG-A", "English 2 to 3");
            assertThat(attendees.get(1).getCellAsDate(2).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2027, 6, 1));
            assertThat(texts(attendees.get(1)).subList(4, 9)).containsExactly("KAZ-L1", "Learner KAZ-L1", "KAZ", "OF-3",
                    "yes");
        }
        // without the seat, the holder is at their post
        withCourse.getSeats().forEach(seat -> seat.setPerson(null));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(RosterWorkbook.roster(withCourse)))) {
            Row post = workbook.getFirstSheet().read().stream().filter(row -> "KAZ-EN-1".equals(row.getCellText(1)))
                    .findFirst().orElseThrow();
            assertThat(post.getCellText(4)).isEqualTo(learner.label());
            assertThat(workbook.getSheets().toList().get(2).read()).hasSize(1);
        }
    }

    private static List<String> texts(Row row) {
        return row.stream().map(cell -> cell == null ? "" : cell.getText()).toList();
    }
}
