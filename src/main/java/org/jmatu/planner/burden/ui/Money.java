package org.jmatu.planner.burden.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A price as the J8 writes it: grouped thousands, cents only where there are any ("90,000", "15.5"). */
final class Money {

    private Money() {
    }

    static String of(Double value) {
        return value == null ? "—" : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(value);
    }
}
