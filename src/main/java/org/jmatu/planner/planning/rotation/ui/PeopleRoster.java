package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.ui.NationBadge;

/**
 * The roster turned round: everyone holding a slot or going on an English course down, the posts they hold (or
 * "on course" while away) across, filtered by nation.
 */
class PeopleRoster extends VerticalLayout {

    final Grid<PersonFact> grid = new Grid<>();
    final ComboBox<String> nation = new ComboBox<>(getTranslation("common.nation"));
    private RotationSolution solution;
    private Map<String, Map<Integer, String>> postsByPerson = Map.of();

    PeopleRoster() {
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        nation.setClearButtonVisible(true);
        nation.setPlaceholder(getTranslation("roster.all-nations"));
        nation.addValueChangeListener(event -> refresh());
        add(nation, grid);
        setPadding(false);
        setSizeFull();
    }

    void buildColumns(RotationSolution model) {
        grid.removeAllColumns();
        grid.addColumn(new ComponentRenderer<>(person -> {
            Div cell = new Div(new Span(person.shownName() + " " + person.rank().code() + " "),
                    new NationBadge(person.nationCode()));
            return cell;
        })).setHeader(getTranslation("roster.person")).setFrozen(true).setWidth("16rem").setFlexGrow(0);
        for (Period period : model.getPeriods()) {
            int index = period.index();
            grid.addColumn(person -> postsByPerson.getOrDefault(person.id(), Map.of()).getOrDefault(index, ""))
                    .setHeader(period.label()).setKey("p" + index).setWidth("9rem").setFlexGrow(0);
        }
        nation.setItems(model.getNations().stream().map(nation -> nation.code()).toList());
    }

    void show(RotationSolution model) {
        solution = model;
        refresh();
    }

    private void refresh() {
        if (solution == null) {
            return;
        }
        Map<String, Map<Integer, String>> held = new HashMap<>();
        Map<String, PersonFact> holders = new TreeMap<>();
        for (RotationSlot slot : solution.getSlots()) {
            PersonFact person = slot.getPerson();
            if (person != null) {
                held.computeIfAbsent(person.id(), id -> new HashMap<>())
                        .merge(slot.getPeriodIndex(), slot.getPost().id(), (a, b) -> a + ", " + b);
                holders.put(person.nationCode() + " " + person.name() + " " + person.id(), person);
            }
        }
        solution.getSeats().stream().map(CourseSeat::getPerson).filter(Objects::nonNull).distinct().forEach(person -> {
            holders.put(person.nationCode() + " " + person.name() + " " + person.id(), person);
            for (Period period : solution.getPeriods()) {
                solution.courseAway(person.id(), period).ifPresent(course -> held
                        .computeIfAbsent(person.id(), id -> new HashMap<>()).merge(period.index(),
                                getTranslation("roster.people.on-course", course.id()), (a, b) -> a + ", " + b));
            }
        });
        postsByPerson = held;
        String code = nation.getValue();
        grid.setItems(holders.values().stream()
                .filter(person -> code == null || person.nationCode().equals(code)).toList());
    }
}
