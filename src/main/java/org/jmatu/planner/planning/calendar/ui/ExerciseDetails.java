package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.GreatCircle;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.exercises.ExerciseScenario;
import org.jmatu.planner.forces.Capability;

/**
 * The exercise selected on the timeline: its window, dates, area, conferences, capability coverage and
 * participating companies, with the form that changes or pins it by hand.
 */
class ExerciseDetails extends VerticalLayout {

    ExerciseDetails() {
        setPadding(false);
        setSpacing(false);
    }

    void show(Scenario working, CalendarPlan plan, String selected, Map<String, Scenario.PinnedExercise> pins,
              HandEditForm.Listener handEdit) {
        removeAll();
        PlannedExercise row = plan == null || selected == null ? null : plan.row(selected);
        if (row == null) {
            add(new Span(getTranslation("calendar.details.select")));
            return;
        }
        Map<String, Scenario.Exercise> exercises = working.exercises().stream()
                .collect(Collectors.toMap(Scenario.Exercise::id, Function.identity()));
        Map<String, Scenario.TrainingArea> areas = working.trainingAreas().stream()
                .collect(Collectors.toMap(Scenario.TrainingArea::id, Function.identity()));
        Map<String, Scenario.EquipmentType> types = working.equipmentTypes().stream()
                .collect(Collectors.toMap(Scenario.EquipmentType::id, Function.identity()));
        Scenario.Exercise exercise = exercises.get(row.exercise());
        Scenario.TrainingArea area = areas.get(row.trainingArea());

        add(new H3(row.exercise() + (exercise == null ? "" : " — " + exercise.name())));
        if (exercise != null) {
            add(new Span(getTranslation("calendar.details.exercise", ExerciseScenario.labelOf(exercise.scenario()),
                    Formats.date(exercise.earliestStart()), Formats.date(exercise.latestEnd()), exercise.durationDays(),
                    exercise.minCompanies(), exercise.maxCompanies())));
        }
        add(new Span(getTranslation("calendar.details.dates", Formats.date(row.start()), Formats.date(row.end()))));
        if (area != null) {
            Anchor map = new Anchor("https://www.openstreetmap.org/?mlat=" + area.location().lat() + "&mlon="
                    + area.location().lon() + "#map=9/" + area.location().lat() + "/" + area.location().lon(),
                    area.location().lat() + ", " + area.location().lon());
            map.setTarget(AnchorTarget.BLANK);
            add(new Div(new Span(getTranslation("calendar.details.area", area.name(), area.id(), area.nation(),
                    area.capacity()) + " "), map));
        }
        plan.conferences().stream().filter(c -> c.exercise().equals(row.exercise()))
                .forEach(c -> add(new Span(getTranslation("calendar.conference-kind." + c.kind().name()) + ": "
                        + Formats.date(c.date()))));

        Map<String, Scenario.Company> companies = working.companies().stream()
                .collect(Collectors.toMap(Scenario.Company::id, Function.identity()));
        List<Scenario.Company> participants = row.companies().stream().map(companies::get).filter(Objects::nonNull).toList();
        if (exercise != null) {
            List<String> coverage = new ArrayList<>();
            for (String capability : exercise.requiredCapabilities()) {
                List<String> by = participants.stream().filter(c -> capabilities(c, types).contains(capability))
                        .map(Scenario.Company::id).toList();
                coverage.add((by.isEmpty() ? "✗ " : "✓ ") + Capability.labelOf(capability)
                        + (by.isEmpty() ? "" : " (" + String.join(", ", by) + ")"));
            }
            add(new Span(getTranslation("calendar.details.capabilities", coverage.isEmpty()
                    ? getTranslation("calendar.details.none") : String.join("; ", coverage))));
        }
        add(new H4(getTranslation("calendar.details.participants")));
        add(participantGrid(participants, types, area));
        add(new HandEditForm(row, exercise, working.trainingAreas(), pins.get(row.exercise()), handEdit));
    }

    private static Grid<Scenario.Company> participantGrid(List<Scenario.Company> participants,
                                                          Map<String, Scenario.EquipmentType> types,
                                                          Scenario.TrainingArea area) {
        Grid<Scenario.Company> grid = new Grid<>();
        grid.addColumn(Scenario.Company::id).setHeader(I18n.t("calendar.details.company")).setAutoWidth(true);
        grid.addColumn(Scenario.Company::nation).setHeader(I18n.t("common.nation")).setAutoWidth(true);
        grid.addColumn(c -> c.equipment() == null ? "" : c.equipment().stream()
                .map(h -> (types.containsKey(h.type()) ? types.get(h.type()).name() : h.type()) + " ×" + h.quantity())
                .collect(Collectors.joining(", "))).setHeader(I18n.t("companies.equipment"));
        grid.addColumn(c -> String.join(", ", capabilities(c, types))).setHeader(I18n.t("equipment.capabilities"));
        grid.addColumn(c -> area == null ? "" : Math.round(GreatCircle.km(c.homeBase().lat(), c.homeBase().lon(),
                area.location().lat(), area.location().lon())) + " " + I18n.t("calendar.details.km")).setHeader(I18n.t("calendar.details.travel")).setAutoWidth(true);
        grid.setItems(participants);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Set<String> capabilities(Scenario.Company company, Map<String, Scenario.EquipmentType> types) {
        Set<String> capabilities = new TreeSet<>(company.capabilities() == null ? List.of() : company.capabilities());
        if (company.equipment() != null) {
            company.equipment().stream().map(h -> types.get(h.type())).filter(Objects::nonNull)
                    .forEach(t -> capabilities.addAll(t.capabilities()));
        }
        return capabilities;
    }
}
