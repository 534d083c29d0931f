package org.jmatu.planner.sourcing.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jmatu.planner.sourcing.SourcingBoard.NationFill;

/**
 * The fill rate per nation as an SVG bar chart drawn here, on the server (no chart library): for each nation its
 * share of the roster's filled slots over the horizon, a tick at its agreed staff share, and how many of the requests
 * addressed to it are filled. The SVG sits in a div so that the browser parses it as SVG.
 */
class FillRateChart {

    private static final int WIDTH = 720;
    private static final int LABEL = 70;
    private static final int BAR = 400;
    private static final int ROW = 34;
    private static final int TOP = 44;

    private FillRateChart() {
    }

    /** {@code texts}: the title, the legend's two entries, and a label per bar from {@code bar}. */
    record Texts(String title, String held, String agreed, Function<NationFill, String> bar) {
    }

    static Html of(List<NationFill> fills, Texts texts) {
        return new Html("<div class=\"fill-rate-chart\">" + svg(fills, texts) + "</div>");
    }

    static String svg(List<NationFill> fills, Texts texts) {
        int height = TOP + ROW * fills.size() + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">", WIDTH, height,
                WIDTH, height));
        svg.append("<title>").append(escape(texts.title())).append("</title>");
        svg.append(text(0, 14, texts.title(), "font-weight=\"bold\" font-size=\"14\""));
        svg.append(rect(LABEL, 24, 12, 10, "fill=\"#2f6db5\""));
        svg.append(text(LABEL + 16, 33, texts.held(), ""));
        svg.append(rect(LABEL + 230, 22, 3, 14, "fill=\"#c0392b\""));
        svg.append(text(LABEL + 238, 33, texts.agreed(), ""));
        for (int index = 0; index < fills.size(); index++) {
            NationFill fill = fills.get(index);
            int y = TOP + index * ROW;
            svg.append("<g class=\"nation-bar\" data-nation=\"").append(escape(fill.nation())).append("\">");
            svg.append("<title>").append(escape(texts.bar().apply(fill))).append("</title>");
            svg.append(text(0, y + 16, fill.nation(), "font-weight=\"bold\""));
            svg.append(rect(LABEL, y + 4, BAR, 16, "fill=\"#e8edf3\""));
            svg.append(rect(LABEL, y + 4, (int) Math.round(BAR * Math.min(1, fill.heldShare())), 16,
                    "fill=\"#2f6db5\""));
            int agreedX = LABEL + (int) Math.round(BAR * Math.min(1, fill.agreedShare()));
            svg.append(rect(agreedX - 1, y, 3, 24, "fill=\"#c0392b\""));
            svg.append(text(LABEL + BAR + 10, y + 16, String.format(Locale.ROOT, "%.0f%% / %.0f%%  %d/%d",
                    100 * fill.heldShare(), 100 * fill.agreedShare(), fill.accepted(), fill.requests()), ""));
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static String rect(int x, int y, int width, int height, String style) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" %s/>", x, y,
                Math.max(0, width), height, style);
    }

    private static String text(int x, int y, String words, String style) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" %s>%s</text>", x, y, style, escape(words));
    }

    private static String escape(String words) {
        return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
