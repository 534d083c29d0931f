package org.jmatu.planner.forces.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jmatu.planner.forces.Capability;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.forces.CompanyType;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;

/** The companies the nations contribute: where they are based, when attached, and the equipment they bring. */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("companies")
@Menu(title = "Companies", order = 50, icon = "vaadin:group")
public class CompaniesView extends VerticalLayout implements HasDynamicTitle {

    /** Period numbers offered when no horizon is set yet (the horizon allows at most 40 periods). */
    private static final int MAX_PERIODS = 40;

    private final ForcesService forces;
    private final NationService nations;
    final Grid<Company> grid = new Grid<>();
    final EditorDialog<Company> editor;

    final TextField code = new TextField(getTranslation("common.code"));
    final TextField name = new TextField(getTranslation("common.name"));
    final ComboBox<Nation> nation = Pickers.nation(getTranslation("common.nation"));
    final ComboBox<CompanyType> companyType = Pickers.choice(getTranslation("companies.type"), CompanyType.values());
    final IntegerField strength = new IntegerField(getTranslation("companies.strength"));
    final TextField homeBase = new TextField(getTranslation("companies.home-base"));
    final NumberField homeLat = new NumberField(getTranslation("companies.home-lat"));
    final NumberField homeLon = new NumberField(getTranslation("companies.home-lon"));
    final MultiSelectComboBox<String> capabilities = Pickers.codes(getTranslation("companies.capabilities"), Capability.codes(),
            Capability::labelOf);
    final MultiSelectComboBox<Integer> attachedPeriods = new MultiSelectComboBox<>(getTranslation("companies.attached-periods"));
    final UnavailabilityField unavailable = new UnavailabilityField(getTranslation("companies.unavailable"));
    final HoldingsField equipment = new HoldingsField(getTranslation("companies.equipment-holdings"));
    /** Read once per refresh: the grid labels every row's periods with it. */
    private Optional<Horizon> horizon = Optional.empty();

    CompaniesView(ForcesService forces, NationService nations) {
        this.forces = forces;
        this.nations = nations;
        setSizeFull();

        editor = new EditorDialog<>(getTranslation("companies.noun"), Company.class, forces::save, forces::delete, this::refresh);
        editor.setWidth("min(64em, 95vw)");
        code.setHelperText(getTranslation("form.example", "KGZ-1"));
        capabilities.setHelperText(getTranslation("companies.capabilities.help"));
        attachedPeriods.setHelperText(getTranslation("companies.attached-periods.help"));
        editor.form().add(code, name, nation, companyType, strength, homeBase, homeLat, homeLon, capabilities,
                attachedPeriods);
        editor.form().add(unavailable, 2);
        editor.form().add(equipment, 2);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(nation).bind("nation");
        binder.forField(companyType).bind("companyType");
        binder.forField(strength).asRequired(getTranslation("form.required.number")).bind("strength");
        binder.forField(homeBase).bind("homeBase");
        binder.forField(homeLat).asRequired(getTranslation("companies.home-lat.required")).bind("homeLat");
        binder.forField(homeLon).asRequired(getTranslation("companies.home-lon.required")).bind("homeLon");
        binder.forField(capabilities).bind("capabilities");
        binder.forField(attachedPeriods).bind("attachedPeriods");
        binder.forField(unavailable).bind("unavailable");
        binder.forField(equipment).bind("equipment");

        grid.addColumn(Company::getCode).setHeader(getTranslation("common.code")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Company::getName).setHeader(getTranslation("common.name")).setSortable(true).setFlexGrow(2);
        grid.addComponentColumn(company -> new NationBadge(company.getNation())).setHeader(getTranslation("common.nation"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(company -> company.getCompanyType().label()).setHeader(getTranslation("companies.type")).setSortable(true).setAutoWidth(true);
        grid.addColumn(Company::getStrength).setHeader(getTranslation("companies.strength")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Company::getHomeBase).setHeader(getTranslation("companies.home-base")).setAutoWidth(true);
        grid.addColumn(company -> Formats.list(company.getEquipment())).setHeader(getTranslation("companies.equipment")).setFlexGrow(3);
        grid.addColumn(company -> periods(company.getAttachedPeriods())).setHeader(getTranslation("companies.attached"));
        grid.addColumn(company -> Formats.list(company.getUnavailable())).setHeader(getTranslation("companies.unavailable")).setFlexGrow(2);
        // long names and equipment lists wrap instead of being cut while narrow columns stay half empty
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();
        CrudToolbar toolbar = new CrudToolbar(getTranslation("companies.new"), () -> openEditor(Company.blank()));
        toolbar.allowEditing(CurrentUser.hasRole(Role.PLANNER), editor);
        add(toolbar, grid);
        refresh();
    }

    private void openEditor(Company company) {
        nation.setItems(nations.findAll());
        equipment.setTypes(forces.findAllEquipmentTypes());
        horizon = nations.horizon();
        int periods = horizon.map(Horizon::getPeriods).orElse(MAX_PERIODS);
        attachedPeriods.setItems(IntStream.range(0, periods).boxed().toList());
        attachedPeriods.setItemLabelGenerator(index -> periodLabel(horizon, index));
        editor.edit(company);
    }

    private void refresh() {
        horizon = nations.horizon();
        grid.setItems(forces.findAllCompanies());
    }

    private String periods(Collection<Integer> indexes) {
        if (indexes.isEmpty()) {
            return "—";
        }
        return indexes.stream().sorted().map(index -> periodLabel(horizon, index)).collect(Collectors.joining(", "));
    }

    private static String periodLabel(Optional<Horizon> horizon, int index) {
        return horizon.map(h -> h.period(index).label()).orElse("P" + index);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.companies");
    }
}
