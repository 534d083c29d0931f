package org.jmatu.planner.planning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jmatu.planner.planning.rotation.versions.RosterComparison;
import org.jmatu.planner.planning.rotation.versions.RosterComparison.Slot;

/** Two roster versions side by side: a row per post, a column per period, "A → B" where the holder changed. */
class RosterDifferences extends Grid<RosterDifferences.PostLine> {

    /** One post's slots by period index. */
    record PostLine(String post, Map<Integer, Slot> slots) {
    }

    private final List<String> periodLabels;
    private final Function<String, String> holderName;

    /** {@code holderName} turns a nominee code into what people read ("KAZ-0001 Dana Tolegen"). */
    RosterDifferences(List<String> periodLabels, Function<String, String> holderName) {
        this.periodLabels = periodLabels;
        this.holderName = holderName;
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setSizeFull();
    }

    void show(RosterComparison comparison, boolean onlyChanges) {
        removeAllColumns();
        addColumn(PostLine::post).setKey("post").setHeader(getTranslation("compare.post")).setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        int periods = comparison.slots().stream().mapToInt(Slot::period).max().orElse(-1) + 1;
        for (int period = 0; period < periods; period++) {
            int index = period;
            addComponentColumn(line -> {
                Slot slot = line.slots().get(index);
                return DifferenceCell.of(slot == null ? "" : text(slot), slot != null && slot.changed());
            }).setKey("period-" + index).setAutoWidth(true)
                    .setHeader(index < periodLabels.size() ? periodLabels.get(index) : getTranslation("compare.period", index));
        }
        Map<String, PostLine> lines = new LinkedHashMap<>();
        comparison.slots().stream().filter(slot -> !onlyChanges || slot.changed()).forEach(slot -> lines
                .computeIfAbsent(slot.post(), post -> new PostLine(post, new LinkedHashMap<>()))
                .slots().put(slot.period(), slot));
        setItems(new ArrayList<>(lines.values()));
    }

    private String text(Slot slot) {
        String a = holding(slot.inA(), slot.holderA());
        return slot.changed() ? a + " → " + holding(slot.inB(), slot.holderB()) : a;
    }

    private String holding(boolean present, String holder) {
        if (!present) {
            return getTranslation("compare.no-slot");
        }
        return holder == null ? getTranslation("compare.unfilled") : holderName.apply(holder);
    }
}
