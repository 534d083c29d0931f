package org.jmatu.planner.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jmatu.planner.shared.Labelled;
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

    /** A choice among an enum's constants, shown by their labels. */
    public static <E extends Enum<E> & Labelled> ComboBox<E> choice(String label, E[] values) {
        ComboBox<E> picker = new ComboBox<>(label, values);
        picker.setItemLabelGenerator(Labelled::label);
        return picker;
    }

    /**
     * Text codes such as capabilities, shown by {@code words}: the known ones are offered, others a record already
     * has stay visible.
     */
    public static MultiSelectComboBox<String> codes(String label, Collection<String> known,
                                                    ItemLabelGenerator<String> words) {
        MultiSelectComboBox<String> picker = new MultiSelectComboBox<>(label);
        picker.setItems(List.copyOf(known));
        picker.setItemLabelGenerator(words);
        return picker;
    }

    /**
     * A date picker that shows and takes dates as the grids and files write them (2027-01-01), rather than in the
     * browser's locale (1/1/2027): one date format across the app.
     */
    public static DatePicker date(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        picker.setPlaceholder("yyyy-mm-dd");
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
