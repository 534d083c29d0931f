package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.PlanningRoutes;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.support.ScoreWords;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * The controls above the calendar: nation and year filters, solve and stop with the live score, saving,
 * publishing, comparing versions and the iCalendar download. What the buttons do is the view's business.
 */
class CalendarToolbar extends HorizontalLayout {

    final Select<String> nationFilter = new Select<>();
    final Select<Integer> yearFilter = new Select<>();
    final Button solve = new Button(getTranslation("calendar.solve"));
    final Button stop = new Button(getTranslation("calendar.stop"));
    final Span score = new Span();
    /** What the data set's calendar solve is doing: waiting in line, solving (whose), stopping. */
    final Span status = new Span();
    final Button saveDraft = new Button(getTranslation("calendar.save-draft"));
    final Button publish = new Button(getTranslation("calendar.publish"));
    final Button compare = new Button(getTranslation("menu.compare-versions"), event -> UI.getCurrent()
            .navigate(PlanningRoutes.COMPARE_VERSIONS, QueryParameters.of("plan", "calendar")));
    final Anchor ics;

    CalendarToolbar(List<Scenario.Nation> nations, List<Integer> years, DownloadHandler icsDownload) {
        nationFilter.setLabel(getTranslation("common.nation"));
        nationFilter.setEmptySelectionAllowed(true);
        nationFilter.setEmptySelectionCaption(getTranslation("calendar.all-nations"));
        nationFilter.setItems(nations.stream().map(Scenario.Nation::code).toList());
        Map<String, String> nationNames = nations.stream()
                .collect(Collectors.toMap(Scenario.Nation::code, Scenario.Nation::name));
        nationFilter.setItemLabelGenerator(code -> code == null ? getTranslation("calendar.all-nations") : code + " – " + nationNames.get(code));

        yearFilter.setLabel(getTranslation("calendar.year"));
        yearFilter.setEmptySelectionAllowed(true);
        yearFilter.setEmptySelectionCaption(getTranslation("calendar.all-years"));
        yearFilter.setItems(years);
        yearFilter.setItemLabelGenerator(y -> y == null ? getTranslation("calendar.all-years") : String.valueOf(y));

        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.setEnabled(false);
        publish.setEnabled(false);
        score.addClassName("calendar-score");

        ics = new Anchor(icsDownload, getTranslation("calendar.ics"));
        ics.setTarget(AnchorTarget.BLANK);
        ics.getElement().setAttribute("download", true);

        add(nationFilter, yearFilter, solve, stop, score, status, saveDraft, publish, compare, ics);
        // only planners solve and save (the services refuse anyone else); the others read and download
        boolean planner = CurrentUser.hasRole(Role.PLANNER);
        for (Button plannerOnly : new Button[] {solve, stop, saveDraft, publish}) {
            plannerOnly.setVisible(planner);
        }
        compare.setVisible(planner || CurrentUser.hasRole(Role.COMMANDER));
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /** The download is for the chosen nation only and says so, with how many events it holds. */
    void showDownload(String nation, int events) {
        ics.setText(nation == null ? getTranslation("calendar.ics.count", events)
                : getTranslation("calendar.ics.count.nation", nation, events));
        ics.getElement().setAttribute("title", events > 0 ? getTranslation("calendar.ics.title")
                : nation == null ? getTranslation("calendar.ics.empty") : getTranslation("calendar.ics.empty.nation", nation));
    }

    void solving(String what) {
        solve.setEnabled(false);
        stop.setEnabled(true);
        status.setText(what);
    }

    void solved() {
        solve.setEnabled(true);
        stop.setEnabled(false);
        status.setText("");
    }

    /**
     * The plan's score in words; while a solve runs without a first result yet, the status says so instead.
     *
     * @param hardBreaks how many times hard rules are broken, 0 where not counted yet
     */
    void showScore(CalendarPlan plan, boolean solving, int hardBreaks) {
        if (plan != null) {
            HardSoftScore value = plan.score() == null ? null : HardSoftScore.parseScore(plan.score());
            score.setText(ScoreWords.calendar(value, plan.exercises().size(), hardBreaks));
            score.getElement().setAttribute("title", getTranslation("calendar.solver-score", plan.score()));
        } else if (!solving) {
            score.setText(getTranslation("calendar.no-plan"));
        }
    }
}
