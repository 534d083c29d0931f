package org.jmatu.planner.staffing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationRole;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;

/** The member nations with their policies, and the planning horizon they are planned over. */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("nations")
@PageTitle("Nations")
@Menu(title = "Nations", order = 30, icon = "vaadin:flag")
public class NationsView extends VerticalLayout {

    private final NationService service;
    final Grid<Nation> grid = new Grid<>();
    final EditorDialog<Nation> editor;
    final HorizonPanel horizon;

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final ComboBox<NationRole> role = Pickers.choice("Role", NationRole.values());
    final ComboBox<EquipmentStandard> equipmentStandard = Pickers.choice("Equipment standard", EquipmentStandard.values());
    final IntegerField tourPeriods = new IntegerField("Tour length (periods)");
    final IntegerField maxConsecutivePeriods = new IntegerField("Max consecutive periods");
    /** Edited as the grid shows it, a percentage (15 %), and stored as a share (0.15). */
    final NumberField staffShare = new NumberField("Agreed staff share");

    NationsView(NationService service, AuthenticationContext authentication, Clock clock) {
        this.service = service;
        setSizeFull();

        editor = new EditorDialog<>("nation", Nation.class, service::save, service::delete, this::refresh);
        code.setHelperText("Three letters, e.g. KAZ");
        staffShare.setStep(5);
        staffShare.setSuffixComponent(new Span("%"));
        editor.form().add(code, name, role, equipmentStandard, tourPeriods, maxConsecutivePeriods, staffShare);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(role).bind("role");
        binder.forField(equipmentStandard).bind("equipmentStandard");
        binder.forField(tourPeriods).asRequired("enter a number").bind("tourPeriods");
        binder.forField(maxConsecutivePeriods).asRequired("enter a number").bind("maxConsecutivePeriods");
        binder.forField(staffShare).asRequired("enter a share from 0 to 100 %")
                .withConverter(percent -> percent / 100, share -> Math.round(share * 10_000) / 100.0)
                .bind("staffShare");

        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ENGLISH);
        grid.addComponentColumn(NationBadge::new).setHeader("Nation").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Nation::getName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(nation -> nation.getRole().label()).setHeader("Role").setSortable(true);
        grid.addColumn(nation -> nation.getEquipmentStandard().label()).setHeader("Equipment standard");
        grid.addColumn(Nation::getTourPeriods).setHeader("Tour (periods)");
        grid.addColumn(Nation::getMaxConsecutivePeriods).setHeader("Max consecutive");
        grid.addColumn(nation -> percent.format(nation.getStaffShare())).setHeader("Staff share");
        grid.addItemClickListener(event -> editor.edit(event.getItem()));
        grid.setSizeFull();

        horizon = new HorizonPanel(service, clock);
        CrudToolbar toolbar = new CrudToolbar("New nation", () -> editor.edit(Nation.blank()));
        boolean planner = authentication.hasRole("PLANNER");
        toolbar.allowEditing(planner, editor, horizon.editor);
        horizon.edit.setVisible(planner);
        add(horizon, toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(service.findAll());
    }

    /** The horizon is a single record, so it gets a summary line and the same editor instead of a list. */
    static final class HorizonPanel extends HorizontalLayout {

        final Span summary = new Span();
        final Button edit = new Button();
        final EditorDialog<Horizon> editor;
        private final NationService service;
        private final Clock clock;

        final TextField name = new TextField("Name");
        final DatePicker startDate =
                Pickers.date("Start date");
        final IntegerField periodMonths = new IntegerField("Period length (months)");
        final IntegerField periods = new IntegerField("Number of periods");
        final IntegerField handoverDays = new IntegerField("Hand-over overlap (days)");

        HorizonPanel(NationService service, Clock clock) {
            this.service = service;
            this.clock = clock;
            setWidthFull();
            setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            editor = new EditorDialog<>("horizon", Horizon.class, service::save, null,
                    this::refresh);
            editor.form().add(name, startDate, periodMonths, periods, handoverDays);
            var binder = editor.binder();
            binder.forField(name).bind("name");
            binder.forField(startDate).bind("startDate");
            binder.forField(periodMonths).asRequired("enter a number").bind("periodMonths");
            binder.forField(periods).asRequired("enter a number").bind("periods");
            binder.forField(handoverDays).asRequired("enter a number").bind("handoverDays");
            edit.addClickListener(event -> editor.edit(service.horizon().orElseGet(this::proposal)));
            add(summary, edit);
            refresh();
        }

        private void refresh() {
            service.horizon().ifPresentOrElse(horizon -> {
                summary.setText("Planning horizon " + horizon.getName() + ": " + horizon.getPeriods() + " periods of "
                        + horizon.getPeriodMonths() + " months from " + horizon.getStartDate() + " ("
                        + horizon.allPeriods().getFirst().label() + " – " + horizon.allPeriods().getLast().label()
                        + "), " + horizon.getHandoverDays() + " days hand-over.");
                edit.setText("Edit horizon");
            }, () -> {
                summary.setText("No planning horizon yet.");
                edit.setText("Set horizon");
            });
        }

        /** A sensible first horizon: three years of half-year periods from next January. */
        private Horizon proposal() {
            return new Horizon("JMATU", LocalDate.now(clock).plusYears(1).withDayOfYear(1),
                    6, 6, 14);
        }
    }
}
