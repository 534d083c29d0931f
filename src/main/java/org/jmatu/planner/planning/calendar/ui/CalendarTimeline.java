package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.domain.PlanningConference;
import org.jmatu.planner.planning.calendar.solver.CalendarConcerns;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.ui.Pickers;

/**
 * The exercise calendar drawn on the server: months across, one lane per exercise with a bar coloured by
 * the host nation, planning conferences as diamonds on the lane, blackouts shaded behind. Every position
 * is a percentage of the shown range, so the timeline needs no client-side library.
 */
class CalendarTimeline extends Div {

    static final String BAR = "calendar-bar";
    static final String BLACKOUT = "calendar-blackout";
    static final String MILESTONE = "calendar-milestone";
    static final String MONTH = "calendar-month";

    private LocalDate from;
    private double totalDays;

    CalendarTimeline() {
        addClassName("calendar-timeline");
        // the view is a full-height column: without this, a long details panel below squeezes the timeline
        // down to its borders when an exercise is selected, and no other exercise can be picked
        getStyle().set("flex-shrink", "0").set("position", "relative").set("width", "100%").set("overflow", "hidden")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-size", "var(--lumo-font-size-s)");
    }

    /**
     * @param nation  only what concerns this nation (null: everything)
     * @param range   the first and last day shown
     */
    void show(Scenario scenario, CalendarPlan plan, String nation, LocalDate rangeFrom, LocalDate rangeTo,
              String selected, Consumer<String> onSelect) {
        removeAll();
        from = rangeFrom;
        totalDays = ChronoUnit.DAYS.between(rangeFrom, rangeTo) + 1;
        CalendarConcerns concerns = new CalendarConcerns(scenario);

        Div header = new Div();
        header.getStyle().set("position", "relative").set("height", "1.8em")
                .set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        for (LocalDate month = rangeFrom.withDayOfMonth(1); !month.isAfter(rangeTo); month = month.plusMonths(1)) {
            LocalDate start = month.isBefore(rangeFrom) ? rangeFrom : month;
            LocalDate end = month.plusMonths(1).minusDays(1).isAfter(rangeTo) ? rangeTo : month.plusMonths(1).minusDays(1);
            Div cell = new Div();
            cell.addClassName(MONTH);
            String name = Pickers.monthName(month.getMonthValue());
            boolean yearStart = month.getMonthValue() == 1 || month.equals(rangeFrom.withDayOfMonth(1));
            if (totalDays > 800) {
                cell.setText(yearStart ? String.valueOf(month.getYear()) : name.substring(0, 1));
            } else {
                cell.setText(yearStart && totalDays > 400 ? name + " ’" + String.valueOf(month.getYear()).substring(2)
                        : yearStart ? name + " " + month.getYear() : name);
            }
            cell.getElement().setAttribute("title", name + " " + month.getYear());
            place(cell, start, end);
            cell.getStyle().set("top", "0").set("bottom", "0").set("overflow", "hidden").set("white-space", "nowrap")
                    .set("padding-left", "2px").set("border-left", month.getMonthValue() == 1
                            ? "2px solid var(--lumo-contrast-50pct)" : "1px solid var(--lumo-contrast-10pct)")
                    .set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
            header.add(cell);
        }
        add(header);

        Div body = new Div();
        body.getStyle().set("position", "relative").set("min-height", "3em");
        for (Scenario.Blackout blackout : scenario.blackouts() == null ? List.<Scenario.Blackout>of() : scenario.blackouts()) {
            if (nation != null && !blackout.nations().contains(nation)) {
                continue;
            }
            if (blackout.to().isBefore(rangeFrom) || blackout.from().isAfter(rangeTo)) {
                continue;
            }
            Div shade = new Div();
            shade.addClassName(BLACKOUT);
            shade.getElement().setAttribute("title", blackout.name() + " " + Formats.date(blackout.from()) + " – "
                    + Formats.date(blackout.to())
                    + " (" + String.join(", ", blackout.nations()) + ")");
            place(shade, clamp(blackout.from(), rangeFrom, rangeTo), clamp(blackout.to(), rangeFrom, rangeTo));
            shade.getStyle().set("top", "0").set("bottom", "0").set("min-width", "2px")
                    .set("background", "repeating-linear-gradient(45deg, var(--lumo-contrast-10pct) 0 4px, transparent 4px 8px)");
            body.add(shade);
        }

        List<PlannedExercise> rows = plan == null ? List.of() : plan.exercises().stream()
                .filter(r -> concerns.concerns(r, nation))
                .filter(r -> inRange(r, plan, rangeFrom, rangeTo))
                .sorted(Comparator.comparing(PlannedExercise::start))
                .toList();
        for (PlannedExercise row : rows) {
            Div lane = new Div();
            lane.getStyle().set("position", "relative").set("height", "2em")
                    .set("border-bottom", "1px dotted var(--lumo-contrast-10pct)");
            for (PlanningConference conference : plan.conferences()) {
                if (!conference.exercise().equals(row.exercise()) || conference.date().isBefore(rangeFrom)
                        || conference.date().isAfter(rangeTo)) {
                    continue;
                }
                Div milestone = new Div();
                milestone.addClassName(MILESTONE);
                milestone.getElement().setAttribute("title", conference.kind().abbreviation() + " " + row.exercise()
                        + " " + Formats.date(conference.date()));
                milestone.getStyle().set("position", "absolute").set("left", percent(conference.date()) + "%")
                        .set("top", "0.6em").set("width", "0.6em").set("height", "0.6em")
                        .set("transform", "translateX(-50%) rotate(45deg)")
                        .set("background", "var(--lumo-contrast-60pct)");
                lane.add(milestone);
            }
            if (!row.end().isBefore(rangeFrom) && !row.start().isAfter(rangeTo)) {
                String host = concerns.hostNation(row);
                Div bar = new Div();
                bar.addClassName(BAR);
                bar.getElement().setAttribute("data-exercise", row.exercise());
                bar.getElement().setAttribute("data-host", host == null ? "" : host);
                bar.getElement().setAttribute("title", getTranslation("calendar.bar.title", row.exercise(),
                        Formats.date(row.start()), Formats.date(row.end()), row.trainingArea(), host,
                        String.join(", ", row.companies())));
                place(bar, clamp(row.start(), rangeFrom, rangeTo), clamp(row.end(), rangeFrom, rangeTo));
                bar.getStyle().set("top", "0.2em").set("bottom", "0.2em").set("min-width", "4px")
                        .set("background", "var(--nation-" + host + ", var(--lumo-primary-color))")
                        .set("border-radius", "var(--lumo-border-radius-s)").set("cursor", "pointer")
                        .set("box-shadow", row.exercise().equals(selected) ? "0 0 0 2px var(--lumo-primary-color)" : "none");
                bar.addClickListener(e -> onSelect.accept(row.exercise()));
                lane.add(bar);
                Span label = new Span(row.exercise() + " · " + row.trainingArea() + " (" + host + ")");
                label.addClassName("calendar-bar-label");
                label.getStyle().set("position", "absolute").set("top", "0.3em").set("white-space", "nowrap")
                        .set("color", "var(--lumo-body-text-color)").set("pointer-events", "none");
                long startDay = ChronoUnit.DAYS.between(rangeFrom, clamp(row.start(), rangeFrom, rangeTo));
                if (startDay * 100.0 / totalDays < 75) {
                    label.getStyle().set("left", "calc(" + percent(clamp(row.end(), rangeFrom, rangeTo).plusDays(1)) + "% + 4px)");
                } else {
                    // left of the lane's first milestone, so the label hides none of them
                    LocalDate leftmost = plan.conferences().stream()
                            .filter(c -> c.exercise().equals(row.exercise()) && !c.date().isBefore(rangeFrom))
                            .map(PlanningConference::date).min(LocalDate::compareTo).orElse(row.start());
                    leftmost = clamp(leftmost.isBefore(row.start()) ? leftmost : row.start(), rangeFrom, rangeTo);
                    long leftDay = ChronoUnit.DAYS.between(rangeFrom, leftmost);
                    label.getStyle().set("right", "calc(" + format(100 - leftDay * 100.0 / totalDays) + "% + 8px)");
                }
                lane.add(label);
            }
            body.add(lane);
        }
        if (rows.isEmpty()) {
            Span empty = new Span(plan == null ? getTranslation("calendar.no-plan.solve")
                    : getTranslation("calendar.no-exercise-for", nation));
            empty.addClassName("calendar-empty");
            empty.getStyle().set("position", "relative").set("padding", "var(--lumo-space-s)");
            body.add(empty);
        }
        add(body);
    }

    /** The exercise or one of its planning conferences falls in the shown range. */
    private static boolean inRange(PlannedExercise row, CalendarPlan plan, LocalDate from, LocalDate to) {
        if (!row.end().isBefore(from) && !row.start().isAfter(to)) {
            return true;
        }
        return plan.conferences().stream().anyMatch(c -> c.exercise().equals(row.exercise())
                && !c.date().isBefore(from) && !c.date().isAfter(to));
    }

    private void place(Div div, LocalDate start, LocalDate end) {
        double width = (ChronoUnit.DAYS.between(start, end) + 1) * 100.0 / totalDays;
        div.getStyle().set("position", "absolute").set("left", percent(start) + "%").set("width", format(width) + "%");
    }

    private String percent(LocalDate day) {
        return format(ChronoUnit.DAYS.between(from, day) * 100.0 / totalDays);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static LocalDate clamp(LocalDate day, LocalDate min, LocalDate max) {
        return day.isBefore(min) ? min : day.isAfter(max) ? max : day;
    }
}
