package org.jmatu.planner.ui;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Labelled;

/** Plain-text renderings of field values, used wherever two versions of a record are compared. */
public final class Formats {

    private Formats() {
    }

    public static String value(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof LocalDate date) {
            return date(date);
        }
        if (value instanceof Collection<?> collection) {
            return list(collection);
        }
        String text = text(value);
        return text.isBlank() ? "—" : text;
    }

    /** A date as the user's language writes it (2027-01-01; 01.01.2027 in Russian and Kazakh), "—" for none. */
    public static String date(LocalDate date) {
        return date == null ? "—" : I18n.language().dateFormat().format(date);
    }

    /** A code's words where it has them ({@link Labelled}), its own text otherwise. */
    private static String text(Object value) {
        return value instanceof Labelled labelled ? labelled.label() : value.toString();
    }

    /**
     * "A, B, C" in a stable order, so that equal sets read the same: numbers by value (period 2 before 10),
     * anything else by its text.
     */
    public static String list(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return "—";
        }
        boolean numbers = values.stream().allMatch(Integer.class::isInstance);
        return values.stream().filter(Objects::nonNull)
                .sorted(numbers ? Comparator.comparing(Integer.class::cast) : Comparator.comparing(Formats::text))
                .map(Formats::text)
                .collect(Collectors.joining(", "));
    }
}
