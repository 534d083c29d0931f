package org.jmatu.planner.sourcing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.sourcing.RequestState;
import org.jmatu.planner.sourcing.RequestTexts;
import org.jmatu.planner.sourcing.SourcingBoard;
import org.jmatu.planner.sourcing.SourcingExports;
import org.jmatu.planner.sourcing.SourcingRequest;
import org.jmatu.planner.sourcing.SourcingService;

/**
 * The planners' and the commander's board: every request by nation, section and state, overdue and critical ones
 * on top; the fill rate per nation against its agreed staff share as a chart; the requests as a workbook and as a
 * CJSOR-style list per nation.
 */
@RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
@Route("sourcing-board")
@Menu(title = "Sourcing board", order = 6, icon = "vaadin:chart-3d")
public class SourcingBoardView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<String> nation = new ComboBox<>(getTranslation("sourcing.board.nation"));
    final ComboBox<String> section = new ComboBox<>(getTranslation("sourcing.board.section"));
    final ComboBox<RequestState> state = new ComboBox<>(getTranslation("sourcing.board.state"), RequestState.values());
    final ComboBox<String> cjsorNation = new ComboBox<>(getTranslation("sourcing.board.export.nation"));
    final Grid<SourcingRequest> grid = new Grid<>();
    final Html chart;
    private final List<SourcingRequest> requests;
    private final LocalDate today;

    SourcingBoardView(SourcingService sourcing, SourcingBoard board, NationService nations, Clock clock) {
        setSizeFull();
        today = LocalDate.now(clock);
        requests = sourcing.requests().stream()
                .sorted(Comparator.comparing((SourcingRequest request) -> !SourcingBoard.critical(request, today)))
                .toList();
        Horizon horizon = nations.horizon().orElse(null);
        List<String> codes = nations.findAll().stream().map(Nation::getCode).toList();

        add(new Paragraph(getTranslation("sourcing.board.summary", count(RequestState.OPEN),
                requests.stream().filter(request -> request.overdue(today)).count(), count(RequestState.OFFERED),
                count(RequestState.ACCEPTED), count(RequestState.DECLINED))));
        int rosterVersion = board.currentRoster();
        chart = rosterVersion == 0 ? null : FillRateChart.of(board.fillRates(requests),
                new FillRateChart.Texts(getTranslation("sourcing.board.chart.title"),
                        getTranslation("sourcing.board.chart.held"), getTranslation("sourcing.board.chart.agreed"),
                        fill -> getTranslation("sourcing.board.chart.bar", fill.name(),
                                Math.round(100 * fill.heldShare()), Math.round(100 * fill.agreedShare()),
                                fill.accepted(), fill.requests())));
        add(chart == null ? new Paragraph(getTranslation("sourcing.board.chart.none")) : chart);

        nation.setItems(codes);
        section.setItems(requests.stream().map(SourcingRequest::getSection).distinct().sorted().toList());
        state.setItemLabelGenerator(RequestState::label);
        List.of(nation, section).forEach(filter -> filter.addValueChangeListener(change -> filter()));
        state.addValueChangeListener(change -> filter());
        nation.setClearButtonVisible(true);
        section.setClearButtonVisible(true);
        state.setClearButtonVisible(true);

        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = SourcingExports.workbook(shown(), horizon);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "sourcing-requests.xlsx",
                    SourcingExports.XLSX, bytes.length);
        }), getTranslation("sourcing.board.export.xlsx"));
        xlsx.getElement().setAttribute("download", true);
        cjsorNation.setItems(codes);
        Anchor cjsor = new Anchor();
        cjsor.getElement().setAttribute("download", true);
        cjsor.setEnabled(false);
        cjsorNation.addValueChangeListener(change -> {
            String code = change.getValue();
            cjsor.setEnabled(code != null);
            cjsor.setText(code == null ? "" : getTranslation("sourcing.board.export.cjsor", code));
            if (code != null) {
                cjsor.setHref(DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = SourcingExports.cjsor(requests, code, horizon, today, rosterVersion);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), "cjsor-" + code + ".txt",
                            "text/plain; charset=utf-8", bytes.length);
                }));
            }
        });
        HorizontalLayout tools = new HorizontalLayout(nation, section, state, xlsx, cjsorNation, cjsor);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        grid.addComponentColumn(this::priority).setHeader(getTranslation("sourcing.column.priority"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(request -> request.getPostCode() + " " + request.getPostTitle())
                .setHeader(getTranslation("sourcing.column.post"));
        grid.addColumn(request -> RequestTexts.period(request, horizon)).setHeader(getTranslation("sourcing.column.period"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(request -> String.join(", ", request.nationList()))
                .setHeader(getTranslation("sourcing.column.nations")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(request -> RequestTexts.date(request.getDueDate())).setHeader(getTranslation("sourcing.column.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(request -> request.getState().label()).setHeader(getTranslation("sourcing.column.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RequestTexts::answer).setHeader(getTranslation("sourcing.column.answer"));
        grid.setSizeFull();
        add(tools, grid);
        filter();
    }

    private long count(RequestState wanted) {
        return requests.stream().filter(request -> request.getState() == wanted).count();
    }

    private Component priority(SourcingRequest request) {
        Span priority = new Span(request.getPriority().label());
        if (!SourcingBoard.critical(request, today)) {
            return priority;
        }
        Span critical = new Span(getTranslation(request.overdue(today) ? "sourcing.overdue" : "sourcing.board.critical"));
        critical.getElement().getThemeList().add("badge error");
        return new HorizontalLayout(priority, critical);
    }

    private void filter() {
        grid.setItems(shown());
    }

    /** The requests the filters let through, in the board's order. */
    List<SourcingRequest> shown() {
        return requests.stream()
                .filter(request -> nation.getValue() == null || request.asks(nation.getValue()))
                .filter(request -> section.getValue() == null || Objects.equals(section.getValue(), request.getSection()))
                .filter(request -> state.getValue() == null || request.getState() == state.getValue())
                .toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.sourcing-board");
    }
}
