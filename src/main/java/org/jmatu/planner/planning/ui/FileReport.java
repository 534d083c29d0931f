package org.jmatu.planner.planning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jmatu.planner.scenario.file.ValidationReport;
import org.jmatu.planner.scenario.file.ValidationReport.Problem;

/** Why an upload was refused: every problem (with the file or the name given) on a row, naming record and field. */
class FileReport extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Grid<Problem> problems = new Grid<>(Problem.class, false);

    FileReport() {
        setPadding(false);
        problems.addColumn(Problem::recordText).setHeader(getTranslation("files.report.record")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(Problem::field).setHeader(getTranslation("conflict.field")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(Problem::text).setHeader(getTranslation("import.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        summary.addClassName("file-report-summary");
        add(summary, problems);
        setVisible(false);
    }

    void show(ValidationReport report) {
        int count = report.problems().size() + report.omitted();
        summary.setText(report.omitted() == 0 ? getTranslation("files.report.summary", count)
                : getTranslation("files.report.summary.cut", count, report.problems().size()));
        problems.setItems(report.problems());
        setVisible(!report.isEmpty());
    }

    void clear() {
        problems.setItems();
        setVisible(false);
    }
}
