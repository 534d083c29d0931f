package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
import org.jmatu.planner.planning.rotation.solver.RotationExplanation;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.ui.NationBadge;

/**
 * The roster by post: posts grouped by section down, periods across. A cell shows its holder and marks what the
 * planner must see at a glance: unfilled, pinned, breaking a hard constraint, changed from the published plan.
 */
class PostRoster extends Grid<PostRoster.Row> {


    private final Consumer<String> onSelect;
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
        addColumn(new ComponentRenderer<>(this::postCell)).setHeader("Post").setFrozen(true)
                .setWidth("16rem").setFlexGrow(0);
        for (Period period : model.getPeriods()) {
            int index = period.index();
            addColumn(new ComponentRenderer<>(row -> slotCell(row, index))).setHeader(period.label())
                    .setKey("p" + index).setWidth("15rem").setFlexGrow(0);
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
    void show(Map<String, RotationSlot> slotById, RotationExplanation explanation, RotationSlot selected) {
        this.slotById = slotById;
        this.explanation = explanation;
        this.selected = selected;
        getDataProvider().refreshAll();
    }

    private Div postCell(Row row) {
        Div cell = new Div();
        if (row.post() == null) {
            cell.setText(row.section());
            cell.getStyle().set("font-weight", "bold");
        } else {
            cell.setText(row.post().id() + " " + row.post().title());
            cell.getElement().setAttribute("title", row.post().rankBand() + ", " + String.join(", ",
                    row.post().skills()) + ", English " + row.post().englishMin());
        }
        return cell;
    }

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
            cell.getStyle().set("color", "var(--lumo-disabled-text-color)");
            return cell;
        }
        cell.getStyle().set("cursor", "pointer").set("padding", "0 0.25em").set("min-height", "1.5em")
                .set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap").set("overflow", "hidden")
                .set("text-overflow", "ellipsis");
        PersonFact person = slot.getPerson();
        if (person == null) {
            cell.setText("unfilled");
            cell.getStyle().set("background", "var(--lumo-error-color-10pct)")
                    .set("color", "var(--lumo-error-text-color)");
        } else {
            Span name = new Span(" " + person.name() + " ");
            Span rank = new Span(person.rank().code());
            rank.getStyle().set("color", "var(--lumo-secondary-text-color)");
            cell.add(new NationBadge(person.nationCode()), name, rank);
            cell.getElement().setAttribute("title", person.label());
        }
        if (slot.isPinned()) {
            Span pinMark = new Span(" (pinned)");
            pinMark.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            cell.add(pinMark);
        }
        if (explanation != null && hardBroken(slotId)) {
            cell.getStyle().set("outline", "2px solid var(--lumo-error-color)");
            cell.getElement().setAttribute("title", String.join("\n", explanation.forSlot(slotId)));
        }
        if (slot.changedFromBaseline()) {
            cell.getStyle().set("border-left", "4px solid var(--lumo-warning-color, orange)");
        }
        if (selected != null && selected.getId().equals(slotId)) {
            cell.getStyle().set("box-shadow", "inset 0 0 0 2px var(--lumo-primary-color)");
        }
        cell.addClickListener(event -> onSelect.accept(slotId));
        return cell;
    }

    private boolean hardBroken(String slotId) {
        return explanation.constraints().stream().anyMatch(line -> line.level().equals("hard"))
                && explanation.forSlot(slotId).stream().anyMatch(this::isHardReason);
    }

    private boolean isHardReason(String reason) {
        return explanation.constraints().stream().filter(line -> line.level().equals("hard"))
                .anyMatch(line -> reason.startsWith(line.name() + ": "));
    }
}
