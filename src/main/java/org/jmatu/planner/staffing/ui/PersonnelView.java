package org.jmatu.planner.staffing.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.PersonFilter;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.staffing.importing.NomineeImportService;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The nominated personnel. A brigade has thousands of nominees, so the grid pages through the database
 * and the filters narrow the query rather than a list held in memory.
 */
@RolesAllowed({"PLANNER", "COMMANDER", "LIAISON"})
@Route("personnel")
@Menu(title = "Personnel", order = 20, icon = "vaadin:users")
public class PersonnelView extends VerticalLayout implements HasDynamicTitle {

    private final StaffingService staffing;
    private final NationService nations;
    final Grid<Person> grid = new Grid<>();
    final Span matching = new Span();
    final EditorDialog<Person> editor;

    final ComboBox<Nation> nationFilter = Pickers.nation(null);
    final ComboBox<Rank> rankFilter = new ComboBox<>(null, Rank.values());
    final ComboBox<Skill> skillFilter = new ComboBox<>();
    final DatePicker availableOnFilter = Pickers.date(null);
    final TextField textFilter = new TextField();

    final TextField code = new TextField(getTranslation("common.code"));
    final TextField name = new TextField(getTranslation("personnel.name"));
    final TextField nativeName = new TextField(getTranslation("native.name"));
    final ComboBox<Nation> nation = Pickers.nation(getTranslation("common.nation"));
    final ComboBox<Rank> rank = new ComboBox<>(getTranslation("common.rank"), Rank.values());
    final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>(getTranslation("common.skills"));
    final IntegerField english = new IntegerField(getTranslation("personnel.english"));
    final DatePicker availableFrom = Pickers.date(getTranslation("personnel.available-from"));
    final DatePicker availableTo = Pickers.date(getTranslation("personnel.available-to"));

    PersonnelView(StaffingService staffing, NationService nations, NomineeImportService importer) {
        this.staffing = staffing;
        this.nations = nations;
        setSizeFull();

        editor = new EditorDialog<>(getTranslation("personnel.noun"), Person.class, staffing::save, staffing::delete, this::refresh);
        code.setHelperText(getTranslation("form.example", "USA-0042"));
        skills.setItemLabelGenerator(skill -> skill.getCode() + " – " + skill.getName());
        english.setStepButtonsVisible(true);
        nativeName.setHelperText(getTranslation("native.name.help"));
        editor.form().add(code, name, nativeName, nation, rank, skills, english, availableFrom, availableTo);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(nativeName).bind("nativeName");
        binder.forField(nation).bind("nation");
        binder.forField(rank).bind("rank");
        binder.forField(skills).bind("skills");
        binder.forField(english).asRequired(getTranslation("form.required.level")).bind("english");
        binder.forField(availableFrom).bind("availableFrom");
        binder.forField(availableTo).bind("availableTo");

        configureFilters();
        grid.addColumn(Person::getCode).setHeader(getTranslation("common.code")).setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Person::shownName).setHeader(getTranslation("personnel.name")).setSortProperty("name");
        grid.addComponentColumn(person -> new NationBadge(person.getNation())).setHeader(getTranslation("common.nation"))
                .setSortProperty("nation.code").setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(Person::getRank).setHeader(getTranslation("common.rank")).setSortProperty("rank").setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(person -> Formats.list(person.getSkills())).setHeader(getTranslation("common.skills"));
        grid.addColumn(Person::getEnglish).setHeader(getTranslation("common.english")).setSortProperty("english").setWidth("7.5em")
                .setFlexGrow(0);
        grid.addColumn(person -> Formats.date(person.getAvailableFrom())).setHeader(getTranslation("personnel.available-from")).setSortProperty("availableFrom")
                .setWidth("10em").setFlexGrow(0);
        grid.addColumn(person -> Formats.date(person.getAvailableTo())).setHeader(getTranslation("personnel.available-to")).setSortProperty("availableTo")
                .setWidth("10em").setFlexGrow(0);
        grid.setItems(query -> staffing.findPeople(filter(), page(query)).stream(),
                query -> (int) staffing.countPeople(filter()));
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();

        CrudToolbar toolbar = new CrudToolbar(getTranslation("personnel.new"), () -> openEditor(Person.blank()), nationFilter, rankFilter,
                skillFilter, availableOnFilter, textFilter, matching);
        // liaison officers keep their own nation's nominees (the service narrows them); commanders only read
        toolbar.allowEditing(NomineeImportDialog.mayImport(), editor);
        if (NomineeImportDialog.mayImport()) {
            toolbar.add(new Button(getTranslation("import.title"), VaadinIcon.UPLOAD.create(),
                    event -> new NomineeImportDialog(importer, this::refresh).open()));
        }
        add(toolbar, grid);
        refresh();
    }

    private void configureFilters() {
        // narrow filters, so that they and the New button share one row on a laptop screen
        for (var filter : new HasSize[] {nationFilter, rankFilter, skillFilter,
                availableOnFilter, textFilter}) {
            filter.setWidth("10em");
        }
        nationFilter.setPlaceholder(getTranslation("common.nation"));
        nationFilter.setItems(visibleNations());
        rankFilter.setPlaceholder(getTranslation("common.rank"));
        skillFilter.setPlaceholder(getTranslation("personnel.filter.skill"));
        skillFilter.setItems(staffing.findAllSkills());
        skillFilter.setItemLabelGenerator(Skill::getCode);
        availableOnFilter.setPlaceholder(getTranslation("personnel.filter.available-on"));
        textFilter.setPlaceholder(getTranslation("personnel.filter.text"));
        textFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nationFilter.setClearButtonVisible(true);
        rankFilter.setClearButtonVisible(true);
        skillFilter.setClearButtonVisible(true);
        availableOnFilter.setClearButtonVisible(true);
        textFilter.setClearButtonVisible(true);
        nationFilter.addValueChangeListener(event -> refresh());
        rankFilter.addValueChangeListener(event -> refresh());
        skillFilter.addValueChangeListener(event -> refresh());
        availableOnFilter.addValueChangeListener(event -> refresh());
        textFilter.addValueChangeListener(event -> refresh());
    }

    PersonFilter filter() {
        return new PersonFilter(nationFilter.getValue(), rankFilter.getValue(), skillFilter.getValue(),
                availableOnFilter.getValue(), textFilter.getValue());
    }

    /** The grid's page and sort, with the code as the last key so that paging never skips or repeats a row. */
    private static Pageable page(Query<Person, ?> query) {
        PageRequest request = VaadinSpringDataHelpers.toSpringPageRequest(query);
        return request.withSort(request.getSort().and(Sort.by("code")));
    }

    private void openEditor(Person person) {
        nation.setItems(visibleNations());
        skills.setItems(staffing.findAllSkills());
        editor.edit(person);
    }

    /** A liaison officer picks only their own nation; StaffingService refuses any other anyway. */
    private List<Nation> visibleNations() {
        return CurrentUser.liaisonNation()
                .map(own -> nations.findAll().stream().filter(n -> n.getCode().equals(own)).toList())
                .orElseGet(nations::findAll);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long count = staffing.countPeople(filter());
        matching.setText(getTranslation("personnel.count", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.personnel");
    }
}
