package org.jmatu.planner.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jmatu.planner.audit.AuditFilter;
import org.jmatu.planner.audit.AuditTrail;
import org.jmatu.planner.audit.AuditedKind;
import org.jmatu.planner.audit.Change;
import org.jmatu.planner.planning.PlanningRoutes;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.ui.Pickers;

/** Who changed which post, person, company or roster plan, and when; filtered by kind, user and dates. */
@RolesAllowed({"PLANNER", "COMMANDER", "ADMIN"})
@Route("audit")
@Menu(title = "Audit trail", order = 100, icon = "vaadin:records")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AuditTrail trail;
    final Grid<Change> grid = new Grid<>();
    final ComboBox<AuditedKind> kind = new ComboBox<>(null, AuditedKind.values());
    final ComboBox<String> user = new ComboBox<>();
    final DatePicker from = Pickers.date(null);
    final DatePicker to = Pickers.date(null);
    final Span matching = new Span();

    AuditView(AuditTrail trail) {
        this.trail = trail;
        setSizeFull();
        kind.setPlaceholder(getTranslation("audit.kind"));
        kind.setItemLabelGenerator(AuditedKind::label);
        user.setPlaceholder(getTranslation("audit.user"));
        user.setItems(trail.users());
        from.setPlaceholder(getTranslation("audit.from"));
        to.setPlaceholder(getTranslation("audit.to"));
        for (var filter : List.of(kind, user)) {
            filter.setClearButtonVisible(true);
        }
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        kind.addValueChangeListener(event -> refresh());
        user.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());

        // plain text columns: whatever a user typed into a record is shown as text, never as markup
        grid.addColumn(change -> WHEN.format(change.when())).setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Change::username).setHeader(getTranslation("audit.user")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(change -> change.kind().label()).setHeader(getTranslation("audit.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Change::record).setHeader(getTranslation("audit.record")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(change -> getTranslation("audit.action." + change.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Change::what).setHeader(getTranslation("audit.what"));
        grid.setSizeFull();

        // by route: the audit module does not import the planning module's views
        Button compare = new Button(getTranslation("audit.compare"),
                event -> UI.getCurrent().navigate(PlanningRoutes.COMPARE_VERSIONS));
        compare.setVisible(CurrentUser.hasRole(Role.PLANNER) || CurrentUser.hasRole(Role.COMMANDER));
        HorizontalLayout filters = new HorizontalLayout(kind, user, from, to, matching, compare);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters, grid);
        refresh();
    }

    AuditFilter filter() {
        return new AuditFilter(kind.getValue(), user.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        List<Change> changes = trail.find(filter());
        grid.setItems(changes);
        matching.setText(getTranslation("audit.count", changes.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
