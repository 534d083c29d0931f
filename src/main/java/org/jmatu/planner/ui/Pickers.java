package org.jmatu.planner.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Labelled;
import org.jmatu.planner.shared.Language;
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
     * A date picker that shows and takes dates as the grids write them in the user's language ({@link
     * Formats#date}: 2027-01-01, or 01.01.2027 in Russian and Kazakh), with that language's month and day names,
     * rather than in the browser's locale (1/1/2027): one date format across the app.
     */
    public static DatePicker date(String label) {
        DatePicker picker = new DatePicker(label);
        Language language = I18n.language();
        picker.setI18n(datePickerTexts(language));
        picker.setPlaceholder(I18n.t("datepicker.placeholder"));
        return picker;
    }

    private static DatePicker.DatePickerI18n datePickerTexts(Language language) {
        Locale locale = language.locale();
        return new DatePicker.DatePickerI18n()
                .setDateFormat(language.datePattern())
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, locale))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(I18n.t("datepicker.today"))
                .setCancel(I18n.t("datepicker.cancel"))
                .setBadInputErrorMessage(I18n.t("datepicker.bad-input", I18n.t("datepicker.placeholder")))
                .setMinErrorMessage(I18n.t("datepicker.min"))
                .setMaxErrorMessage(I18n.t("datepicker.max"));
    }

    /** Sunday first, as the date picker counts them. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return IntStream.range(0, 7).mapToObj(day -> DayOfWeek.SUNDAY.plus(day).getDisplayName(style, locale))
                .toList();
    }

    /** Russian and Kazakh month names are written lower case; as a heading they start with a capital. */
    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public static MultiSelectComboBox<Integer> months(String label) {
        MultiSelectComboBox<Integer> picker = new MultiSelectComboBox<>(label);
        picker.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        picker.setItemLabelGenerator(Pickers::monthName);
        return picker;
    }

    public static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT_STANDALONE, I18n.locale());
    }

    private static String nationLabel(Nation nation) {
        return nation.getCode() + " – " + nation.getName();
    }
}
