package org.jmatu.planner.planning.rotation.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jmatu.planner.planning.rotation.domain.CourseFact;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Period;

/**
 * The roster and the gap report as Excel workbooks (.xlsx) for the liaison officers, who work in
 * spreadsheets: text cells only where a value is text, real dates where it is a date, a frozen header row and
 * a filter on every column, so an officer can filter on their own nation. Sheet names, headers and words are in
 * the language of the user exporting ({@link I18n#locale()}); codes, names and dates are as stored.
 */
public final class RosterWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The columns of the "Assignments" sheet, one row per active slot, by their keys under {@code export.}. */
    private static final List<String> ASSIGNMENT_COLUMNS = List.of("section", "post", "title", "rank-band",
            "period", "from", "to", "person", "name", "nation", "rank", "pinned");
    /** The columns of the gap report, one row per unfilled slot. */
    private static final List<String> GAP_COLUMNS = List.of("section", "post", "title", "rank-band", "period",
            "from", "to", "reason");

    /** The columns of the "English courses" sheet, one row per attendee. */
    private static final List<String> COURSE_COLUMNS = List.of("course", "course-name", "from", "to", "person", "name",
            "nation", "rank", "pinned");

    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private RosterWorkbook() {
    }

    /**
     * Two sheets: "Roster" (posts down, periods across, the holder in each cell: "Name (NAT OF-3)", with "on course
     * X" when the holder is away on an English course then, "unfilled" or "–" where the post is not active) and
     * "Assignments" (one row per active slot, for filtering); and "English courses" (who attends which course) where
     * the roster has course seats.
     */
    public static byte[] roster(RotationSolution solution) {
        return workbook(workbook -> {
            Worksheet grid = workbook.newWorksheet(word("sheet.roster"));
            List<Period> periods = solution.getPeriods();
            header(grid, 0, List.of("section", "post", "title"));
            for (Period period : periods) {
                grid.value(0, 3 + period.index(), period.label());
                grid.style(0, 3 + period.index()).bold().set();
            }
            Map<String, RotationSlot> byId = new HashMap<>();
            solution.getSlots().forEach(slot -> byId.put(slot.getId(), slot));
            int row = 1;
            for (PostFact post : posts(solution)) {
                grid.value(row, 0, post.section());
                grid.value(row, 1, post.id());
                grid.value(row, 2, post.title());
                for (Period period : periods) {
                    RotationSlot slot = byId.get(post.id() + "@" + period.index());
                    grid.value(row, 3 + period.index(), cell(solution, slot));
                }
                row++;
            }
            grid.width(0, 24);
            grid.width(1, 14);
            grid.width(2, 36);
            periods.forEach(period -> grid.width(3 + period.index(), 28));
            grid.freezePane(3, 1);
            grid.setAutoFilter(0, 0, 2 + periods.size());

            Worksheet list = workbook.newWorksheet(word("sheet.assignments"));
            header(list, 0, ASSIGNMENT_COLUMNS);
            row = 1;
            for (RotationSlot slot : slotsInOrder(solution)) {
                PostFact post = slot.getPost();
                PersonFact person = slot.getPerson();
                slotColumns(list, row, slot);
                if (person != null) {
                    list.value(row, 7, person.id());
                    list.value(row, 8, person.name());
                    list.value(row, 9, person.nationCode());
                    list.value(row, 10, person.rank().code());
                }
                list.value(row, 11, slot.isPinned() ? word("yes") : "");
                row++;
            }
            widths(list, 24, 14, 36, 12, 10, 12, 12, 12, 28, 8, 8, 8);
            list.freezePane(0, 1);
            list.setAutoFilter(0, 0, ASSIGNMENT_COLUMNS.size() - 1);
            if (!solution.getSeats().isEmpty()) {
                courses(workbook.newWorksheet(word("sheet.courses")), solution);
            }
        });
    }

    /** The holder as "Name (NAT OF-3)", with the course they are away on during the period; "unfilled"; "–". */
    private static String cell(RotationSolution solution, RotationSlot slot) {
        if (slot == null) {
            return "–";
        }
        PersonFact holder = slot.getPerson();
        if (holder == null) {
            return word("unfilled");
        }
        return holder.label() + solution.courseAway(holder.id(), slot.getPeriod())
                .map(course -> " – " + I18n.t("export.on-course", course.id())).orElse("");
    }

    /** "English courses": one row per seat given to somebody, by course and attendee. */
    private static void courses(Worksheet sheet, RotationSolution solution) {
        header(sheet, 0, COURSE_COLUMNS);
        int row = 1;
        for (CourseSeat seat : solution.getSeats().stream().filter(seat -> seat.getPerson() != null)
                .sorted(Comparator.comparing((CourseSeat seat) -> seat.getCourse().start())
                        .thenComparing(seat -> seat.getCourse().id()).thenComparing(seat -> seat.getPerson().id()))
                .toList()) {
            CourseFact course = seat.getCourse();
            PersonFact person = seat.getPerson();
            sheet.value(row, 0, course.id());
            sheet.value(row, 1, course.name());
            sheet.value(row, 2, course.start());
            sheet.style(row, 2).format(DATE_FORMAT).set();
            sheet.value(row, 3, course.end());
            sheet.style(row, 3).format(DATE_FORMAT).set();
            sheet.value(row, 4, person.id());
            sheet.value(row, 5, person.name());
            sheet.value(row, 6, person.nationCode());
            sheet.value(row, 7, person.rank().code());
            sheet.value(row, 8, seat.isPinned() ? word("yes") : "");
            row++;
        }
        widths(sheet, 14, 28, 12, 12, 12, 28, 8, 8, 8);
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, COURSE_COLUMNS.size() - 1);
    }

    /** One sheet, "Gaps": every unfilled active slot with the reason a nation can act on. */
    public static byte[] gaps(RotationSolution solution) {
        Map<String, String> reasons = new HashMap<>();
        RotationMapper.toPlan(solution).gaps().forEach(gap -> reasons.put(gap.post() + "@" + gap.period(),
                gap.why().text()));
        return workbook(workbook -> {
            Worksheet sheet = workbook.newWorksheet(word("sheet.gaps"));
            header(sheet, 0, GAP_COLUMNS);
            int row = 1;
            for (RotationSlot slot : slotsInOrder(solution)) {
                String reason = reasons.get(slot.getId());
                if (slot.getPerson() != null || reason == null) {
                    continue;
                }
                slotColumns(sheet, row, slot);
                sheet.value(row, 7, reason);
                row++;
            }
            widths(sheet, 24, 14, 36, 12, 10, 12, 12, 100);
            sheet.freezePane(0, 1);
            sheet.setAutoFilter(0, 0, GAP_COLUMNS.size() - 1);
        });
    }

    private static void slotColumns(Worksheet sheet, int row, RotationSlot slot) {
        PostFact post = slot.getPost();
        sheet.value(row, 0, post.section());
        sheet.value(row, 1, post.id());
        sheet.value(row, 2, post.title());
        sheet.value(row, 3, post.rankBand());
        sheet.value(row, 4, slot.getPeriod().label());
        sheet.value(row, 5, slot.getPeriod().start());
        sheet.style(row, 5).format(DATE_FORMAT).set();
        sheet.value(row, 6, slot.getPeriod().end());
        sheet.style(row, 6).format(DATE_FORMAT).set();
    }

    private static List<PostFact> posts(RotationSolution solution) {
        return solution.getPosts().stream().sorted(Comparator.comparingInt(PostFact::order)).toList();
    }

    private static List<RotationSlot> slotsInOrder(RotationSolution solution) {
        return solution.getSlots().stream()
                .sorted(Comparator.comparingInt((RotationSlot slot) -> slot.getPost().order())
                        .thenComparingInt(RotationSlot::getPeriodIndex))
                .toList();
    }

    /** The header row: the columns' titles in the exporting user's language. */
    private static void header(Worksheet sheet, int row, List<String> columns) {
        for (int column = 0; column < columns.size(); column++) {
            sheet.value(row, column, word("column." + columns.get(column)));
            sheet.style(row, column).bold().fillColor("DDE3EA").set();
        }
    }

    private static String word(String key) {
        return I18n.t("export." + key);
    }

    private static void widths(Worksheet sheet, int... widths) {
        for (int column = 0; column < widths.length; column++) {
            sheet.width(column, widths[column]);
        }
    }

    private interface Content {
        void fill(Workbook workbook) throws IOException;
    }

    private static byte[] workbook(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "JMATU Staff Planner", "1.0")) {
            content.fill(workbook);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
        return bytes.toByteArray();
    }
}
