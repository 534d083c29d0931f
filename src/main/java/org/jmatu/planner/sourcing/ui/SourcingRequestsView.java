package org.jmatu.planner.sourcing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.sourcing.RequestState;
import org.jmatu.planner.sourcing.RequestTexts;
import org.jmatu.planner.sourcing.SourcingRequest;
import org.jmatu.planner.sourcing.SourcingService;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.Notices;

/**
 * The requests to the nations. A liaison officer sees those addressed to their nation (open ones first, overdue
 * ones marked) and answers them; a planner accepts an offer or asks again. What each may do is checked again by
 * {@link SourcingService}; the buttons only offer it.
 */
@RolesAllowed({Role.LIAISON_NAME, Role.PLANNER_NAME, Role.COMMANDER_NAME})
@Route("sourcing-requests")
@Menu(title = "Sourcing requests", order = 5, icon = "vaadin:envelope-open")
public class SourcingRequestsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SourcingRequest> grid = new Grid<>();
    private final SourcingService sourcing;
    private final StaffingService staffing;
    private final NationService nations;
    private final Horizon horizon;
    private final LocalDate today;

    SourcingRequestsView(SourcingService sourcing, StaffingService staffing, NationService nations, Clock clock) {
        this.sourcing = sourcing;
        this.staffing = staffing;
        this.nations = nations;
        this.horizon = nations.horizon().orElse(null);
        this.today = LocalDate.now(clock);
        setSizeFull();
        grid.addColumn(request -> request.getPriority().label()).setHeader(getTranslation("sourcing.column.priority"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(request -> request.getPostCode() + " " + request.getPostTitle())
                .setHeader(getTranslation("sourcing.column.post"));
        grid.addColumn(request -> RequestTexts.period(request, horizon)).setHeader(getTranslation("sourcing.column.period"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RequestTexts::needs).setHeader(getTranslation("sourcing.column.needs"));
        grid.addColumn(request -> String.join(", ", request.nationList()))
                .setHeader(getTranslation("sourcing.column.nations")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::due).setHeader(getTranslation("sourcing.column.due")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(request -> request.getState().label()).setHeader(getTranslation("sourcing.column.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RequestTexts::answer).setHeader(getTranslation("sourcing.column.answer"));
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(request -> request.overdue(today) ? "overdue" : null);
        grid.setSizeFull();
        String intro = CurrentUser.liaisonNation().map(nation -> getTranslation("sourcing.intro.liaison", nation))
                .orElseGet(() -> getTranslation("sourcing.intro"));
        add(new Paragraph(intro), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(sourcing.requests());
    }

    private Component due(SourcingRequest request) {
        Span date = new Span(RequestTexts.date(request.getDueDate()));
        if (!request.overdue(today)) {
            return date;
        }
        Span overdue = new Span(getTranslation("sourcing.overdue"));
        overdue.getElement().getThemeList().add("badge error");
        overdue.addClassName("overdue-mark");
        return new HorizontalLayout(date, overdue);
    }

    private Component actions(SourcingRequest request) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (CurrentUser.liaisonNation().isPresent() && request.getState() == RequestState.OPEN) {
            Button answer = new Button(getTranslation("sourcing.action.answer"),
                    click -> new AnswerDialog(sourcing, staffing, nations, request, this::refresh).open());
            answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            answer.addClassName("answer-request");
            actions.add(answer);
        }
        if (CurrentUser.hasRole(Role.PLANNER)) {
            if (request.getState() == RequestState.OFFERED) {
                actions.add(action("sourcing.action.accept", request, id -> sourcing.accept(id),
                        done -> getTranslation("sourcing.done.accepted", done.getOfferedPerson(), done.slotLabel())));
            }
            if (request.getState() == RequestState.OFFERED || request.getState() == RequestState.DECLINED) {
                actions.add(action("sourcing.action.ask-again", request, id -> sourcing.askAgain(id),
                        done -> getTranslation("sourcing.done.asked-again", done.slotLabel())));
            }
        }
        return actions;
    }

    private Button action(String key, SourcingRequest request, Function<Long, SourcingRequest> act,
                          Function<SourcingRequest, String> done) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                Notices.success(done.apply(act.apply(request.getId())));
            } catch (RuntimeException e) {
                Notices.error(e.getMessage());
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.sourcing-requests");
    }
}
