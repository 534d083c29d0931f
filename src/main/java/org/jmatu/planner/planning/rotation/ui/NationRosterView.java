package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.PersonFilter;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.data.domain.Pageable;

/**
 * A liaison officer's view of the rotation: the rows of the published (or approved) roster that their own
 * nation's people hold, and no one else's. The people come from StaffingService, which already narrows a
 * liaison officer to their nation, so another nation's nominee cannot appear here even by mistake.
 */
@RolesAllowed("LIAISON")
@Route("my-nation-roster")
@Menu(title = "My nation's roster", order = 1.5, icon = "vaadin:calendar-user")
public class NationRosterView extends VerticalLayout implements HasDynamicTitle {

    record Row(String period, String post, String code, String name, String rank) {
    }

    final Grid<Row> grid = new Grid<>();

    NationRosterView(CurrentPlanService plans, StaffingService staffing, NationService nations) {
        setSizeFull();
        Map<String, Person> ours = staffing.findPeople(PersonFilter.none(), Pageable.unpaged()).stream()
                .collect(Collectors.toMap(Person::getCode, Function.identity()));
        List<Period> periods = nations.horizon().map(horizon -> horizon.allPeriods()).orElse(List.of());
        RosterVersion roster = plans.currentRoster().orElse(null);
        List<Row> rows = roster == null ? List.of() : roster.rows().stream()
                .filter(row -> row.person() != null && ours.containsKey(row.person()))
                .sorted(Comparator.comparingInt(PlanRow::period).thenComparing(PlanRow::post))
                .map(row -> {
                    Person person = ours.get(row.person());
                    String period = row.period() < periods.size() ? periods.get(row.period()).label()
                            : String.valueOf(row.period());
                    return new Row(period, row.post(), person.getCode(), person.shownName(), person.getRank().toString());
                }).toList();
        grid.addColumn(Row::period).setHeader(getTranslation("roster.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::post).setHeader(getTranslation("roster.post")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::code).setHeader(getTranslation("common.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::name).setHeader(getTranslation("common.name"));
        grid.addColumn(Row::rank).setHeader(getTranslation("common.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setSizeFull();
        String source = roster == null ? getTranslation("roster.nation.none")
                : CurrentUser.liaisonNation()
                        .map(nation -> getTranslation("roster.nation.source.nation", roster.label(), nation))
                        .orElseGet(() -> getTranslation("roster.nation.source", roster.label()));
        add(new Paragraph(source), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my-nation-roster");
    }
}
