package org.jmatu.planner.orgchart.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import org.jmatu.planner.orgchart.OrgChart;

/** The org chart drawn in the browser as one SVG, with milsymbol's APP-6 unit symbols. */
@Tag("jmatu-org-chart")
@NpmPackage(value = "milsymbol", version = "3.0.4")
@JsModule("./src/org-chart.js")
class OrgChartDiagram extends Component implements HasSize {

    private OrgChart chart;

    /** The words the script draws inside the chart, by its names for them; it fills in "{0}" and "{1}" itself. */
    OrgChartDiagram() {
        getElement().setPropertyBean("texts", Map.ofEntries(
                Map.entry("headquarters", getTranslation("orgchart.chart.headquarters")),
                Map.entry("brigade", getTranslation("orgchart.chart.brigade")),
                Map.entry("battalion", getTranslation("orgchart.chart.battalion")),
                Map.entry("draftRoster", getTranslation("orgchart.chart.draft-roster")),
                Map.entry("publishedRoster", getTranslation("orgchart.chart.published-roster")),
                Map.entry("posts", getTranslation("orgchart.chart.posts")),
                Map.entry("vacantPosts", getTranslation("orgchart.chart.vacant-posts")),
                Map.entry("expand", getTranslation("orgchart.chart.expand")),
                Map.entry("collapse", getTranslation("orgchart.chart.collapse")),
                Map.entry("morePosts", getTranslation("orgchart.chart.more-posts")),
                Map.entry("vacantPost", getTranslation("orgchart.chart.vacant-post")),
                Map.entry("companies", getTranslation("orgchart.companies")),
                Map.entry("strength", getTranslation("orgchart.chart.strength"))));
    }

    void show(OrgChart chart) {
        this.chart = chart;
        getElement().setPropertyBean("chart", chart);
    }

    OrgChart chart() {
        return chart;
    }

    void zoom(double factor) {
        getElement().callJsFunction("zoom", factor);
    }

    void fit() {
        getElement().callJsFunction("fit");
    }

    void collapseAll(boolean collapse) {
        getElement().callJsFunction("toggleAll", collapse);
    }

    void downloadSvg(String fileName) {
        getElement().callJsFunction("downloadSvg", fileName);
    }

    void downloadPng(String fileName) {
        getElement().callJsFunction("downloadPng", fileName);
    }

    Registration addPostClickListener(ComponentEventListener<PostClickEvent> listener) {
        return addListener(PostClickEvent.class, listener);
    }

    @DomEvent("post-click")
    public static class PostClickEvent extends ComponentEvent<OrgChartDiagram> {

        private final String postCode;

        public PostClickEvent(OrgChartDiagram source, boolean fromClient, @EventData("event.detail.code") String postCode) {
            super(source, fromClient);
            this.postCode = postCode;
        }

        String postCode() {
            return postCode;
        }
    }
}
