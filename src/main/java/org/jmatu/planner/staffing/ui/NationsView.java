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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationRole;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;

/** The member nations with their policies, and the planning horizon they are planned over. */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("nations")
@Menu(title = "Nations", order = 30, icon = "vaadin:flag")
public class NationsView extends VerticalLayout implements HasDynamicTitle {

    private final NationService service;
    final Grid<Nation> grid = new Grid<>();
    final EditorDialog<Nation> editor;
    final HorizonPanel horizon;

    final TextField code = new TextField(getTranslation("common.code"));
    final TextField name = new TextField(getTranslation("common.name"));
    final ComboBox<NationRole> role = Pickers.choice(getTranslation("nations.role"), NationRole.values());
    final ComboBox<EquipmentStandard> equipmentStandard = Pickers.choice(getTranslation("nations.equipment-standard"), EquipmentStandard.values());
    final IntegerField tourPeriods = new IntegerField(getTranslation("nations.tour"));
    final IntegerField maxConsecutivePeriods = new IntegerField(getTranslation("nations.max-consecutive"));
    /** Edited as the grid shows it, a percentage (15 %), and stored as a share (0.15). */
    final NumberField staffShare = new NumberField(getTranslation("nations.staff-share"));

    NationsView(NationService service, AuthenticationContext authentication, Clock clock) {
        this.service = service;
        setSizeFull();

        editor = new EditorDialog<>(getTranslation("nations.noun"), Nation.class, service::save, service::delete, this::refresh);
        code.setHelperText(getTranslation("nations.code.help"));
        staffShare.setStep(5);
        staffShare.setSuffixComponent(new Span("%"));
        editor.form().add(code, name, role, equipmentStandard, tourPeriods, maxConsecutivePeriods, staffShare);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(role).bind("role");
        binder.forField(equipmentStandard).bind("equipmentStandard");
        binder.forField(tourPeriods).asRequired(getTranslation("form.required.number")).bind("tourPeriods");
        binder.forField(maxConsecutivePeriods).asRequired(getTranslation("form.required.number")).bind("maxConsecutivePeriods");
        binder.forField(staffShare).asRequired(getTranslation("nations.staff-share.required"))
                .withConverter(percent -> percent / 100, share -> Math.round(share * 10_000) / 100.0)
                .bind("staffShare");

        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        grid.addComponentColumn(NationBadge::new).setHeader(getTranslation("common.nation")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Nation::getName).setHeader(getTranslation("common.name")).setSortable(true).setAutoWidth(true);
        grid.addColumn(nation -> nation.getRole().label()).setHeader(getTranslation("nations.role")).setSortable(true);
        grid.addColumn(nation -> nation.getEquipmentStandard().label()).setHeader(getTranslation("nations.equipment-standard"));
        grid.addColumn(Nation::getTourPeriods).setHeader(getTranslation("nations.column.tour"));
        grid.addColumn(Nation::getMaxConsecutivePeriods).setHeader(getTranslation("nations.column.max-consecutive"));
        grid.addColumn(nation -> percent.format(nation.getStaffShare())).setHeader(getTranslation("nations.column.staff-share"));
        grid.addItemClickListener(event -> editor.edit(event.getItem()));
        grid.setSizeFull();

        horizon = new HorizonPanel(service, clock);
        CrudToolbar toolbar = new CrudToolbar(getTranslation("nations.new"), () -> editor.edit(Nation.blank()));
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

        final TextField name = new TextField(getTranslation("common.name"));
        final DatePicker startDate =
                Pickers.date(getTranslation("horizon.start"));
        final IntegerField periodMonths = new IntegerField(getTranslation("horizon.period-months"));
        final IntegerField periods = new IntegerField(getTranslation("horizon.periods"));
        final IntegerField handoverDays = new IntegerField(getTranslation("horizon.handover"));

        HorizonPanel(NationService service, Clock clock) {
            this.service = service;
            this.clock = clock;
            setWidthFull();
            setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            editor = new EditorDialog<>(getTranslation("horizon.noun"), Horizon.class, service::save, null,
                    this::refresh);
            editor.form().add(name, startDate, periodMonths, periods, handoverDays);
            var binder = editor.binder();
            binder.forField(name).bind("name");
            binder.forField(startDate).bind("startDate");
            binder.forField(periodMonths).asRequired(getTranslation("form.required.number")).bind("periodMonths");
            binder.forField(periods).asRequired(getTranslation("form.required.number")).bind("periods");
            binder.forField(handoverDays).asRequired(getTranslation("form.required.number")).bind("handoverDays");
            edit.addClickListener(event -> editor.edit(service.horizon().orElseGet(this::proposal)));
            add(summary, edit);
            refresh();
        }

        private void refresh() {
            service.horizon().ifPresentOrElse(horizon -> {
                summary.setText(getTranslation("horizon.summary", horizon.getName(), horizon.getPeriods(),
                        horizon.getPeriodMonths(), Formats.date(horizon.getStartDate()),
                        horizon.allPeriods().getFirst().label(), horizon.allPeriods().getLast().label(),
                        horizon.getHandoverDays()));
                edit.setText(getTranslation("horizon.edit"));
            }, () -> {
                summary.setText(getTranslation("horizon.none"));
                edit.setText(getTranslation("horizon.set"));
            });
        }

        /** A sensible first horizon: three years of half-year periods from next January. */
        private Horizon proposal() {
            return new Horizon("JMATU", LocalDate.now(clock).plusYears(1).withDayOfYear(1),
                    6, 6, 14);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.nations");
    }
}
