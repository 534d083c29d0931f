package org.jmatu.planner.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jmatu.planner.shared.Nation;

/** The choosers several forms share, so that a nation or a month reads the same in every form. */
public final class Pickers {

    private Pickers() {
    }

    public static ComboBox<Nation> nation(String label) {
        ComboBox<Nation> picker = new ComboBox<>(label);
        picker.setItemLabelGenerator(Pickers::nationLabel);
        return picker;
    }

    public static MultiSelectComboBox<Nation> nations(String label) {
        MultiSelectComboBox<Nation> picker = new MultiSelectComboBox<>(label);
        picker.setItemLabelGenerator(Pickers::nationLabel);
        return picker;
    }

    /** Text codes such as capabilities: the known ones are offered, others a record already has stay visible. */
    public static MultiSelectComboBox<String> codes(String label, Collection<String> known) {
        MultiSelectComboBox<String> picker = new MultiSelectComboBox<>(label);
        picker.setItems(List.copyOf(known));
        return picker;
    }

    public static MultiSelectComboBox<Integer> months(String label) {
        MultiSelectComboBox<Integer> picker = new MultiSelectComboBox<>(label);
        picker.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        picker.setItemLabelGenerator(Pickers::monthName);
        return picker;
    }

    public static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String nationLabel(Nation nation) {
        return nation.getCode() + " – " + nation.getName();
    }
}
