package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.jmatu.planner.planning.rotation.domain.Gap;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.export.RosterWorkbook;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;

/** How full each period is, the slots left unfilled and why, with the gap report and the whole roster to download. */
class GapsPanel extends VerticalLayout {

    final Grid<Gap> grid = new Grid<>();
    final Anchor csv = new Anchor();
    final Anchor xlsx = new Anchor();
    final Anchor rosterXlsx = new Anchor();
    final FillRates fillRates = new FillRates();
    /** The working roster at the moment of download, not when the panel was built. */
    private final Supplier<RotationSolution> solution;

    GapsPanel(Supplier<RotationSolution> solution) {
        this.solution = solution;
        grid.addColumn(Gap::post).setHeader(getTranslation("roster.post")).setAutoWidth(true);
        grid.addColumn(gap -> periodLabel(gap.period())).setHeader(getTranslation("roster.period")).setAutoWidth(true);
        grid.addColumn(gap -> gap.why().text()).setHeader(getTranslation("roster.gaps.reason")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setHeight("100%");
        grid.setEmptyStateText(getTranslation("roster.gaps.none"));
        csv.setText(getTranslation("roster.gaps.csv"));
        csv.getElement().setAttribute("download", true);
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "roster-gaps.csv", "text/csv", bytes.length);
        }));
        // For the liaison officers, who work in spreadsheets: the gap report and the whole roster as .xlsx.
        xlsx.setText(getTranslation("roster.gaps.xlsx"));
        xlsx.getElement().setAttribute("download", true);
        xlsx.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = I18n.in(Language.of(event.getUI().getLocale()), () -> RosterWorkbook.gaps(solution.get()));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "roster-gaps.xlsx",
                    RosterWorkbook.CONTENT_TYPE, bytes.length);
        }));
        rosterXlsx.setText(getTranslation("roster.xlsx"));
        rosterXlsx.getElement().setAttribute("download", true);
        rosterXlsx.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = I18n.in(Language.of(event.getUI().getLocale()), () -> RosterWorkbook.roster(solution.get()));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "roster.xlsx", RosterWorkbook.CONTENT_TYPE,
                    bytes.length);
        }));
        add(new H4(getTranslation("roster.gaps.fill-rates")), fillRates, new HorizontalLayout(csv, xlsx, rosterXlsx),
                grid);
    }

    void show(RotationSolution model) {
        grid.setItems(RotationMapper.toPlan(model).gaps());
        fillRates.show(model);
    }

    String csv() {
        RotationPlan plan = RotationMapper.toPlan(solution.get());
        StringBuilder csv = new StringBuilder("post,period,reason\n");
        for (Gap gap : plan.gaps()) {
            csv.append(csvField(gap.post())).append(',').append(csvField(periodLabel(gap.period()))).append(',')
                    .append(csvField(gap.reason())).append('\n');
        }
        return csv.toString();
    }

    private static String csvField(String value) {
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private String periodLabel(int index) {
        RotationSolution model = solution.get();
        return model == null || index >= model.getPeriods().size() ? String.valueOf(index)
                : model.getPeriods().get(index).label();
    }
}
