package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.RotationExplanation;
import org.jmatu.planner.planning.support.ConstraintNames;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.ui.NationBadge;

/**
 * The roster by post: posts grouped by section down, periods across. A cell shows its holder and marks what the
 * planner must see at a glance: unfilled, pinned, breaking a hard constraint, changed from the published plan.
 */
class PostRoster extends Grid<PostRoster.Row> {


    private final Consumer<String> onSelect;
    private RotationSolution solution;
    private Map<String, RotationSlot> slotById = Map.of();
    private RotationExplanation explanation;
    private RotationSlot selected;

    /** A roster line: a section heading (post null) or a post. */
    record Row(String section, PostFact post) {
    }

    /** {@code onSelect} receives the id of the slot whose cell was clicked. */
    PostRoster(Consumer<String> onSelect) {
        this.onSelect = onSelect;
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setSizeFull();
    }

    void buildColumns(RotationSolution model) {
        removeAllColumns();
        // narrow columns that grow with the window, so that six half-years fit beside the side panel at 1280 px
        addColumn(new ComponentRenderer<>(this::postCell)).setHeader(getTranslation("roster.post")).setFrozen(true)
                .setWidth("10rem").setFlexGrow(0);
        for (Period period : model.getPeriods()) {
            int index = period.index();
            addColumn(new ComponentRenderer<>(row -> slotCell(row, index))).setHeader(period.label())
                    .setKey("p" + index).setWidth("7rem").setFlexGrow(1);
        }
        List<Row> rows = new ArrayList<>();
        List<PostFact> posts = model.getPosts().stream().sorted(Comparator.comparingInt(PostFact::order)).toList();
        Map<String, List<PostFact>> bySection = posts.stream()
                .collect(Collectors.groupingBy(PostFact::section, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<PostFact>> entry : bySection.entrySet()) {
            rows.add(new Row(entry.getKey(), null));
            entry.getValue().forEach(post -> rows.add(new Row(entry.getKey(), post)));
        }
        setItems(rows);
    }

    /** Redraws the cells; {@code explanation} may be null while none is known, {@code selected} when none is. */
    void show(RotationSolution solution, Map<String, RotationSlot> slotById, RotationExplanation explanation,
              RotationSlot selected) {
        this.solution = solution;
        this.slotById = slotById;
        this.explanation = explanation;
        this.selected = selected;
        getDataProvider().refreshAll();
    }

    private Div postCell(Row row) {
        Div cell = new Div();
        if (row.post() == null) {
            cell.setText(row.section());
            cell.getStyle().set("font-weight", "bold").set("white-space", "normal");
        } else {
            Span id = new Span(row.post().id());
            id.getStyle().set("font-weight", "600");
            Div title = new Div(row.post().title());
            title.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("white-space", "normal")
                    .set("color", "var(--lumo-secondary-text-color)");
            cell.add(id, title);
            cell.getElement().setAttribute("title", getTranslation("roster.post.title", row.post().id(),
                    row.post().title(), row.post().rankBand(), String.join(", ", row.post().skills()),
                    row.post().englishMin()));
        }
        return cell;
    }

    /**
     * Two lines: the holder's name on a line of its own (a narrow column would otherwise leave three letters of it),
     * then the nation, the marks (a pin; a changed cell, tinted, with "changed"), rank and nominee id (two "Chen Jun
     * OF-4" differ by id). A broken rule outlines the cell, an unfilled slot is red.
     */
    private Div slotCell(Row row, int period) {
        Div cell = new Div();
        if (row.post() == null) {
            return cell;
        }
        String slotId = row.post().id() + "@" + period;
        RotationSlot slot = slotById.get(slotId);
        cell.setId("cell-" + slotId);
        if (slot == null) {
            cell.setText("–");
            cell.getElement().setAttribute("title", getTranslation("roster.cell.inactive"));
            cell.getStyle().set("color", "var(--lumo-disabled-text-color)");
            return cell;
        }
        cell.addClassName("roster-cell");
        cell.getStyle().set("cursor", "pointer").set("padding", "0 0.25em").set("min-height", "2.4em")
                .set("font-size", "var(--lumo-font-size-s)").set("line-height", "1.2");
        PersonFact person = slot.getPerson();
        List<String> tooltip = new ArrayList<>();
        Div second = new Div();
        second.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis");
        if (person == null) {
            cell.add(new Div(getTranslation("roster.unfilled")));
            cell.addClassName("unfilled");
            cell.getStyle().set("background", "var(--lumo-error-color-10pct)")
                    .set("color", "var(--lumo-error-text-color)");
            tooltip.add(getTranslation("roster.cell.unfilled.title"));
        } else {
            Div name = new Div(person.shownName());
            name.addClassName("holder-name");
            name.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis");
            cell.add(name);
            second.add(new NationBadge(person.nationCode()), new Span(" "));
            tooltip.add(person.label() + " · " + person.id());
        }
        // the nation and the marks lead the second line, so that a narrow column cuts the id rather than them
        if (slot.isPinned()) {
            Icon pin = VaadinIcon.PIN.create();
            pin.setSize("0.8em");
            pin.addClassName("pinned");
            pin.getElement().setAttribute("aria-label", getTranslation("roster.cell.pinned"));
            second.add(pin, new Span(" "));
            tooltip.add(getTranslation("roster.cell.pinned.title"));
        }
        if (slot.changedFromBaseline()) {
            cell.addClassName("changed");
            cell.getStyle().set("background", "var(--lumo-warning-color-10pct, rgba(255, 165, 0, 0.15))");
            Span changed = new Span(getTranslation("roster.cell.changed") + " ");
            changed.getStyle().set("color", "var(--lumo-warning-text-color, #8a5a00)");
            second.add(changed);
            tooltip.add(getTranslation("roster.cell.changed.title",
                    slot.getBaseline() == null ? getTranslation("roster.unfilled") : slot.getBaseline().label()));
        }
        awayOnCourse(slot).forEach(away -> {
            cell.addClassName("on-course");
            Span onCourse = new Span(getTranslation("roster.cell.on-course") + " ");
            onCourse.getStyle().set("color", "var(--lumo-primary-text-color)");
            second.add(onCourse);
            tooltip.add(away);
        });
        if (person != null) {
            second.add(new Span(person.rank().code() + " · " + person.id()));
        }
        cell.add(second);
        if (explanation != null && hardBroken(slotId)) {
            cell.addClassName("broken");
            cell.getStyle().set("outline", "2px solid var(--lumo-error-color)");
            tooltip.addAll(explanation.forSlot(slotId));
        }
        if (selected != null && selected.getId().equals(slotId)) {
            cell.getStyle().set("box-shadow", "inset 0 0 0 2px var(--lumo-primary-color)");
        }
        cell.getElement().setAttribute("title", String.join("\n", tooltip));
        cell.addClickListener(event -> onSelect.accept(slotId));
        return cell;
    }

    /**
     * Who of the post's holders (of this period or the one either side) is away on an English course during this
     * period, in words for the tooltip: the cell shows why its holder is missing.
     */
    private List<String> awayOnCourse(RotationSlot slot) {
        if (solution == null || solution.getSeats().isEmpty()) {
            return List.of();
        }
        List<String> away = new ArrayList<>();
        for (int period = slot.getPeriodIndex() - 1; period <= slot.getPeriodIndex() + 1; period++) {
            RotationSlot holderSlot = slotById.get(slot.getPost().id() + "@" + period);
            PersonFact holder = holderSlot == null ? null : holderSlot.getPerson();
            if (holder != null) {
                solution.courseAway(holder.id(), slot.getPeriod()).ifPresent(course -> away.add(getTranslation(
                        "roster.cell.on-course.title", holder.label(), course.id(), Formats.date(course.start()), Formats.date(course.end()))));
            }
        }
        return away.stream().distinct().toList();
    }

    private boolean hardBroken(String slotId) {
        return explanation.constraints().stream().anyMatch(line -> line.level().equals("hard"))
                && explanation.forSlot(slotId).stream().anyMatch(this::isHardReason);
    }

    private boolean isHardReason(String reason) {
        return explanation.constraints().stream().filter(line -> line.level().equals("hard"))
                .anyMatch(line -> reason.startsWith(ConstraintNames.display(line.name()) + ": "));
    }
}
