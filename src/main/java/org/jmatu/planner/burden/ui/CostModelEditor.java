package org.jmatu.planner.burden.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.jmatu.planner.burden.BurdenSharingService;
import org.jmatu.planner.burden.CostModel;
import org.jmatu.planner.burden.StaffBand;
import org.jmatu.planner.shared.EditConflictException;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.ui.Notices;

/**
 * The J8's cost model as a form: currency, the staff rank bands (rows to add and remove) and the other prices. The
 * entity's own checks decide what is wrong, each message at its field; nothing is saved until every check passes.
 * A save from a stale copy shows the stored model instead of overwriting it. Read-only for the commander.
 */
class CostModelEditor extends Div {

    /** The entity's checks in the current UI's language, as the data views' forms word them. */
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .localeResolver(context -> I18n.locale()).buildValidatorFactory().getValidator();

    private final BurdenSharingService burden;
    private final boolean editable;
    private final Runnable onSaved;
    private final Set<Rank> postRanks;
    final TextField currency = new TextField(getTranslation("burden.model.currency"));
    final NumberField companyExerciseDay = price("burden.model.company-exercise-day");
    final NumberField exerciseHosted = price("burden.model.exercise-hosted");
    final NumberField travelPerKm = price("burden.model.travel-per-km");
    final NumberField housingPlaceMonth = price("burden.model.housing-place-month");
    final List<BandRow> bands = new ArrayList<>();
    private final Div bandRows = new Div();
    final Button addBand = new Button(getTranslation("burden.model.add-band"), event -> addBand(StaffBand.blank()));
    final Button save = new Button(getTranslation("editor.save"), event -> save());
    final Span status = new Span();
    final Paragraph unpriced = new Paragraph();
    /** The model as read: its id and version decide whether a save meets someone else's. */
    private CostModel record;
    /** When the record was read: the conflict dialog lists what others saved since. */
    private Instant readAt;

    CostModelEditor(BurdenSharingService burden, boolean editable, Runnable onSaved) {
        this.burden = burden;
        this.editable = editable;
        this.onSaved = onSaved;
        this.postRanks = burden.postRanks();
        addClassName("cost-model-editor");
        currency.setMaxWidth("10rem");
        currency.setRequiredIndicatorVisible(true);
        currency.setManualValidation(true);
        currency.addValueChangeListener(event -> currency.setValue(event.getValue().toUpperCase(Locale.ROOT)));
        FormLayout prices = new FormLayout(currency, companyExerciseDay, exerciseHosted, travelPerKm, housingPlaceMonth);
        prices.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        Span bandsTitle = new Span(getTranslation("burden.model.bands"));
        bandsTitle.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        status.addClassName("form-status");
        status.getStyle().set("color", "var(--lumo-error-text-color)");
        unpriced.addClassName("unpriced-ranks");
        unpriced.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        save.addClassName("save-cost-model");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save, status);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(prices, bandsTitle, bandRows, unpriced);
        if (editable) {
            add(addBand, actions);
        } else {
            currency.setReadOnly(true);
            List.of(companyExerciseDay, exerciseHosted, travelPerKm, housingPlaceMonth)
                    .forEach(field -> field.setReadOnly(true));
        }
        show(burden.costModel().orElseGet(CostModel::blank));
    }

    private NumberField price(String key) {
        NumberField field = new NumberField(getTranslation(key));
        field.setMin(0);
        field.setRequiredIndicatorVisible(true);
        // the entity's checks mark the fields on save (mark): the field's own would clear those marks
        field.setManualValidation(true);
        return field;
    }

    /** Fills the form with {@code model} (empty where it is new) and keeps it as the record the next save updates. */
    void show(CostModel model) {
        record = model;
        readAt = Instant.now();
        currency.setValue(model.getCurrency() == null ? "" : model.getCurrency());
        companyExerciseDay.setValue(model.getCompanyExerciseDay());
        exerciseHosted.setValue(model.getExerciseHosted());
        travelPerKm.setValue(model.getTravelPerKm());
        housingPlaceMonth.setValue(model.getHousingPlaceMonth());
        bands.clear();
        bandRows.removeAll();
        model.getStaff().forEach(this::addBand);
        status.setText("");
        clearMessages();
        warnUnpriced();
    }

    private void addBand(StaffBand band) {
        BandRow row = new BandRow(band);
        bands.add(row);
        bandRows.add(row);
        warnUnpriced();
    }

    /** The form's values as a model: the record's identity and version, the user's figures. */
    private CostModel edited() {
        CostModel edited = record.isNew() ? CostModel.blank() : record;
        edited.setCurrency(currency.getValue().isBlank() ? null : currency.getValue().strip());
        edited.setCompanyExerciseDay(companyExerciseDay.getValue());
        edited.setExerciseHosted(exerciseHosted.getValue());
        edited.setTravelPerKm(travelPerKm.getValue());
        edited.setHousingPlaceMonth(housingPlaceMonth.getValue());
        edited.setStaff(bands.stream().map(BandRow::band).toList());
        return edited;
    }

    void save() {
        clearMessages();
        CostModel edited = edited();
        Set<ConstraintViolation<CostModel>> violations = VALIDATOR.validate(edited);
        if (!violations.isEmpty()) {
            violations.forEach(violation -> mark(edited, violation));
            status.setText(getTranslation("burden.model.invalid"));
            return;
        }
        try {
            show(burden.save(edited));
            Notices.success(getTranslation("burden.model.saved"));
            onSaved.run();
        } catch (EditConflictException conflict) {
            CostModel stored = (CostModel) conflict.stored();
            new StoredVersionDialog(getTranslation("burden.model.noun"), figures(edited), figures(stored), stored,
                    readAt, () -> show(stored), () -> overwrite(stored, edited)).open();
        }
    }

    /** Puts the user's figures onto the stored model and saves that. */
    private void overwrite(CostModel stored, CostModel mine) {
        stored.setFigures(mine.figures());
        show(stored);
        save();
    }

    /** Shows the violation's message at the field it concerns. */
    private void mark(CostModel edited, ConstraintViolation<CostModel> violation) {
        String path = violation.getPropertyPath().toString();
        String message = violation.getMessage();
        switch (path) {
            case "currency" -> invalid(currency, message);
            case "companyExerciseDay" -> invalid(companyExerciseDay, message);
            case "exerciseHosted" -> invalid(exerciseHosted, message);
            case "travelPerKm" -> invalid(travelPerKm, message);
            case "housingPlaceMonth" -> invalid(housingPlaceMonth, message);
            case "bandsApart" -> edited.overlapping().forEach(index -> invalid(bands.get(index).rankMin, message));
            default -> markBand(path, message);
        }
    }

    /** "staff[2].personPeriod": the third row's price; its rank order shows at its highest rank. */
    private void markBand(String path, String message) {
        int index = Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
        BandRow row = bands.get(index);
        String property = path.substring(path.indexOf("].") + 2);
        invalid(switch (property) {
            case "rankMin" -> row.rankMin;
            case "personPeriod" -> row.personPeriod;
            default -> row.rankMax;
        }, message);
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearMessages() {
        List<HasValidation> fields = new ArrayList<>(List.of(currency, companyExerciseDay, exerciseHosted, travelPerKm,
                housingPlaceMonth));
        bands.forEach(row -> fields.addAll(List.of(row.rankMin, row.rankMax, row.personPeriod)));
        fields.forEach(field -> field.setInvalid(false));
    }

    /** Which ranks of the unit's posts the bands as entered leave unpriced. */
    private void warnUnpriced() {
        CostModel entered = CostModel.blank();
        entered.setStaff(bands.stream().map(BandRow::band).toList());
        Set<Rank> missing = entered.unpriced(postRanks);
        unpriced.setText(missing.isEmpty() ? "" : getTranslation("burden.model.unpriced",
                missing.stream().map(Rank::code).collect(Collectors.joining(", "))));
        unpriced.setVisible(!missing.isEmpty());
    }

    /** The model's figures by label, as the conflict dialog compares them. */
    private Map<String, String> figures(CostModel model) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put(currency.getLabel(), model.getCurrency());
        figures.put(companyExerciseDay.getLabel(), Money.of(model.getCompanyExerciseDay()));
        figures.put(exerciseHosted.getLabel(), Money.of(model.getExerciseHosted()));
        figures.put(travelPerKm.getLabel(), Money.of(model.getTravelPerKm()));
        figures.put(housingPlaceMonth.getLabel(), Money.of(model.getHousingPlaceMonth()));
        figures.put(getTranslation("burden.model.bands"), model.getStaff().stream()
                .map(band -> band + ": " + Money.of(band.getPersonPeriod())).collect(Collectors.joining(", ")));
        return figures;
    }

    /** One rank band: its lowest and highest rank and the price of a person-period; removable while editing. */
    final class BandRow extends HorizontalLayout {

        final ComboBox<Rank> rankMin = new ComboBox<>(getTranslation("burden.model.rank-from"), Rank.values());
        final ComboBox<Rank> rankMax = new ComboBox<>(getTranslation("burden.model.rank-to"), Rank.values());
        final NumberField personPeriod = price("burden.model.person-period");
        final Button remove = new Button(getTranslation("burden.model.remove-band"));

        BandRow(StaffBand band) {
            addClassName("cost-band");
            setAlignItems(FlexComponent.Alignment.BASELINE);
            rankMin.setValue(band.getRankMin());
            rankMax.setValue(band.getRankMax());
            personPeriod.setValue(band.getPersonPeriod());
            List.of(rankMin, rankMax).forEach(rank -> {
                rank.setWidth("8rem");
                rank.setRequiredIndicatorVisible(true);
                rank.setManualValidation(true);
                rank.addValueChangeListener(event -> warnUnpriced());
            });
            add(rankMin, rankMax, personPeriod);
            if (editable) {
                remove.addClickListener(event -> {
                    bands.remove(this);
                    bandRows.remove(this);
                    warnUnpriced();
                });
                add(remove);
            } else {
                List.of(rankMin, rankMax).forEach(rank -> rank.setReadOnly(true));
                personPeriod.setReadOnly(true);
            }
        }

        StaffBand band() {
            return new StaffBand(rankMin.getValue(), rankMax.getValue(), personPeriod.getValue());
        }
    }
}
