package org.jmatu.planner.planning.courses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jmatu.planner.planning.courses.CourseOutlook;

/**
 * What the courses change for the framework nation: the posts only a course lets its officers fill, and its share
 * of the posts needing English 3 or more before the courses (on the English its holders have anyway) and after.
 */
class EffectPanel extends VerticalLayout {

    final Paragraph fillable = new Paragraph();
    final Paragraph share = new Paragraph();
    final Div bars = new Div();

    EffectPanel() {
        add(new H4(getTranslation("course.effect.fillable.title")), fillable,
                new H4(getTranslation("course.effect.share.title")), share, bars);
        bars.setWidth("min(36rem, 100%)");
    }

    void show(CourseOutlook outlook) {
        bars.removeAll();
        if (outlook == null || outlook.effect().nation() == null) {
            fillable.setText(getTranslation("course.effect.none"));
            share.setText("");
            return;
        }
        CourseOutlook.Effect effect = outlook.effect();
        fillable.setText(effect.newlyFillable().isEmpty()
                ? getTranslation("course.effect.fillable.none", effect.nation())
                : getTranslation("course.effect.fillable", effect.nation(), effect.newlyFillable().size(),
                String.join(", ", effect.newlyFillable())));
        share.setText(getTranslation("course.effect.share", effect.nation(), percent(effect.shareBefore()),
                effect.heldBefore(), percent(effect.shareAfter()), effect.heldAfter(), effect.professionalSlots()));
        bars.add(bar(getTranslation("course.effect.before"), effect.shareBefore(), "var(--lumo-contrast-50pct)"),
                bar(getTranslation("course.effect.after"), effect.shareAfter(), "var(--lumo-primary-color)"));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    /** A labelled horizontal bar as long as the share. */
    private static Div bar(String label, double share, String colour) {
        Div fill = new Div();
        fill.addClassName("share-bar");
        fill.getStyle().set("background", colour).set("height", "1.2em")
                .set("width", Math.round(share * 1000) / 10.0 + "%");
        Div track = new Div(fill);
        track.getStyle().set("background", "var(--lumo-contrast-10pct)").set("flex", "1");
        Span caption = new Span(label + " " + percent(share));
        caption.getStyle().set("width", "10rem");
        Div row = new Div(caption, track);
        row.getStyle().set("display", "flex").set("gap", "0.5em").set("align-items", "center")
                .set("margin-bottom", "0.3em");
        return row;
    }
}
