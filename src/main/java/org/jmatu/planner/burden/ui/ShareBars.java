package org.jmatu.planner.burden.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jmatu.planner.burden.BurdenYear;
import org.jmatu.planner.ui.NationBadge;

/**
 * Each nation's agreed share beside what it contributed, as two bars in its colour: the agreed share pale, the
 * contributed share full, so that who carries more or less than agreed shows at a glance.
 */
class ShareBars extends Div {

    static final String AGREED = "share-agreed";
    static final String CONTRIBUTED = "share-contributed";

    ShareBars() {
        addClassName("burden-share-bars");
        getStyle().set("display", "grid").set("grid-template-columns", "4rem 1fr 7.5rem").set("gap", "2px var(--lumo-space-s)")
                .set("align-items", "center").set("width", "100%");
    }

    void show(List<BurdenYear.NationBurden> nations) {
        removeAll();
        double most = nations.stream().mapToDouble(row -> Math.max(row.agreedShare(), row.contributedShare()))
                .max().orElse(1);
        for (BurdenYear.NationBurden row : nations) {
            Div bars = new Div(bar(AGREED, row, row.agreedShare() / most, "0.35"),
                    bar(CONTRIBUTED, row, row.contributedShare() / most, "1"));
            Span figures = new Span(percent(row.agreedShare()) + " / " + percent(row.contributedShare()));
            figures.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            add(new NationBadge(row.nation()), bars, figures);
        }
    }

    private Div bar(String className, BurdenYear.NationBurden row, double fraction, String opacity) {
        Div bar = new Div();
        bar.addClassName(className);
        bar.getElement().setAttribute("title", getTranslation(AGREED.equals(className) ? "burden.share.agreed" : "burden.share.contributed", row.nation(),
                percent(AGREED.equals(className) ? row.agreedShare() : row.contributedShare())));
        bar.getStyle().set("height", "0.7em").set("width", 100 * fraction + "%").set("opacity", opacity)
                .set("background", "var(--nation-" + row.nation() + ", var(--lumo-primary-color))")
                .set("margin", "1px 0").set("min-width", "1px");
        return bar;
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }
}
