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
import org.jmatu.planner.orgchart.OrgChart;

/** The org chart drawn in the browser as one SVG, with milsymbol's APP-6 unit symbols. */
@Tag("jmatu-org-chart")
@NpmPackage(value = "milsymbol", version = "3.0.4")
@JsModule("./src/org-chart.js")
class OrgChartDiagram extends Component implements HasSize {

    private OrgChart chart;

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
