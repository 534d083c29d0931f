package org.jmatu.planner.sourcing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.SlotNeeds.NomineeCheck;
import org.jmatu.planner.planning.SlotNeeds.Unfit;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.sourcing.RequestTexts;
import org.jmatu.planner.sourcing.SourcingRequest;
import org.jmatu.planner.sourcing.SourcingService;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.Notices;

/**
 * A liaison officer's answer to one request: offer an eligible nominee (those who are not are listed with the
 * reasons), enter a new nominee and offer them, or decline with a reason.
 */
class AnswerDialog extends Dialog {

    final TextField code = new TextField(getTranslation("common.code"));
    final TextField name = new TextField(getTranslation("common.name"));
    final ComboBox<Rank> rank = new ComboBox<>(getTranslation("common.rank"), Rank.values());
    final IntegerField english = new IntegerField(getTranslation("common.english"));
    final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>(getTranslation("common.skills"));
    final DatePicker availableFrom = new DatePicker(getTranslation("personnel.available-from"));
    final DatePicker availableTo = new DatePicker(getTranslation("personnel.available-to"));
    final TextArea reason = new TextArea(getTranslation("sourcing.dialog.reason"));

    private final SourcingService sourcing;
    private final SourcingRequest request;
    private final Runnable onAnswer;

    AnswerDialog(SourcingService sourcing, StaffingService staffing, NationService nations, SourcingRequest request,
                 Runnable onAnswer) {
        this.sourcing = sourcing;
        this.request = request;
        this.onAnswer = onAnswer;
        addClassName("answer-dialog");
        setHeaderTitle(getTranslation("sourcing.dialog.title", request.getPostCode(), request.getPostTitle(),
                request.getPeriodIndex() + 1));
        setWidth("48em");
        add(new Paragraph(getTranslation("sourcing.dialog.due", RequestTexts.needs(request),
                RequestTexts.date(request.getDueDate()))));

        List<NomineeCheck> nominees = sourcing.nominees(request.getId());
        add(new H4(getTranslation("sourcing.dialog.eligible")));
        List<NomineeCheck> eligible = nominees.stream().filter(NomineeCheck::eligible).toList();
        if (eligible.isEmpty()) {
            add(new Paragraph(getTranslation("sourcing.dialog.none")));
        }
        for (NomineeCheck nominee : eligible) {
            Button offer = new Button(getTranslation("sourcing.action.offer"), click -> answer(
                    () -> sourcing.offer(request.getId(), nominee.person()),
                    getTranslation("sourcing.done.offered", nominee.person(), request.slotLabel())));
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            offer.addClassName("offer-" + nominee.person());
            HorizontalLayout row = new HorizontalLayout(new Span(label(nominee)), offer);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            add(row);
        }
        List<NomineeCheck> others = nominees.stream().filter(nominee -> !nominee.eligible()).toList();
        if (!others.isEmpty()) {
            add(new H4(getTranslation("sourcing.dialog.ineligible")));
            UnorderedList list = new UnorderedList();
            list.addClassName("ineligible");
            others.forEach(nominee -> list.add(new ListItem(label(nominee) + ": " + nominee.unfit().stream()
                    .map(Unfit::label).collect(Collectors.joining(", ")))));
            add(list);
        }

        add(new H4(getTranslation("sourcing.dialog.new")));
        skills.setItems(staffing.findAllSkills());
        skills.setItemLabelGenerator(Skill::toString);
        skills.setValue(staffing.findAllSkills().stream()
                .filter(skill -> request.skillList().contains(skill.getCode())).collect(Collectors.toSet()));
        rank.setItemLabelGenerator(Rank::code);
        rank.setValue(Rank.fromCode(request.getRankMax()));
        english.setMin(0);
        english.setMax(5);
        english.setValue(Math.max(request.getEnglishMin(), 0));
        availableFrom.setValue(request.getPeriodStart().minusMonths(1));
        availableTo.setValue(request.getPeriodEnd());
        Button offerNew = new Button(getTranslation("sourcing.action.offer-new"), click -> {
            Person nominee = new Person(code.getValue().strip().toUpperCase(), name.getValue().strip(),
                    CurrentUser.liaisonNation().flatMap(nations::findByCode).orElse(null), rank.getValue(),
                    english.getValue() == null ? 0 : english.getValue(), availableFrom.getValue(),
                    availableTo.getValue());
            nominee.setSkills(skills.getValue());
            answer(() -> sourcing.offerNew(request.getId(), nominee),
                    getTranslation("sourcing.done.offered", nominee.getCode(), request.slotLabel()));
        });
        FormLayout form = new FormLayout(code, name, rank, english, skills, availableFrom, availableTo);
        add(form, offerNew);

        reason.setWidthFull();
        reason.setMaxLength(500);
        Button decline = new Button(getTranslation("sourcing.action.decline"), click -> answer(
                () -> sourcing.decline(request.getId(), reason.getValue()),
                getTranslation("sourcing.done.declined", request.slotLabel())));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.addClassName("decline-request");
        add(new Div(reason), decline);
        getFooter().add(new Button(getTranslation("sourcing.action.cancel"), click -> close()));
    }

    private static String label(NomineeCheck nominee) {
        return nominee.person() + " " + nominee.name() + " (" + nominee.rank() + ")";
    }

    private void answer(Supplier<SourcingRequest> act, String done) {
        try {
            act.get();
            Notices.success(done);
            close();
            onAnswer.run();
        } catch (ConstraintViolationException e) {
            Notices.error(e.getConstraintViolations().stream().map(violation -> violation.getPropertyPath() + ": "
                    + violation.getMessage()).collect(Collectors.joining("; ")));
        } catch (RuntimeException e) {
            Notices.error(e.getMessage());
        }
    }
}
