package org.jmatu.planner.burden.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jmatu.planner.burden.BurdenSharingService;
import org.jmatu.planner.burden.FundingAgreement;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.shared.EditConflictException;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Notices;

/**
 * A field per nation in percent, with the sum beside it; saved only when it makes 100 %. A save from a stale copy
 * shows the stored shares instead of overwriting them.
 */
class SharesEditor extends Div {

    private final BurdenSharingService burden;
    private final Runnable onSaved;
    final Map<String, NumberField> agreed = new LinkedHashMap<>();
    final Span sum = new Span();
    final Button save = new Button(getTranslation("editor.save"), event -> save());
    /** The shares as read: their version decides whether a save meets someone else's. */
    private FundingAgreement record;
    private Instant readAt;

    SharesEditor(BurdenSharingService burden, NationService nations, Runnable onSaved) {
        this.burden = burden;
        this.onSaved = onSaved;
        Div fields = new Div();
        fields.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        nations.findAll().forEach(nation -> {
            NumberField field = new NumberField();
            field.setLabel(nation.getCode());
            field.setSuffixComponent(new Span("%"));
            field.setMin(0);
            field.setMax(100);
            field.setStep(0.1);
            field.setWidth("7rem");
            field.addValueChangeListener(event -> sum.setText(getTranslation("burden.shares.sum", sumPercent())));
            agreed.put(nation.getCode(), field);
            fields.add(new Div(new NationBadge(nation), field));
        });
        save.addClassName("save-shares");
        HorizontalLayout actions = new HorizontalLayout(save, sum);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(fields, actions);
        show(burden.agreement());
    }

    void show(FundingAgreement agreement) {
        record = agreement;
        readAt = Instant.now();
        agreed.forEach((nation, field) -> field.setValue(100 * agreement.shareOf(nation).orElse(0.0)));
        sum.setText(getTranslation("burden.shares.sum", sumPercent()));
    }

    void save() {
        List<Growth.FundingShare> edited = new ArrayList<>();
        agreed.forEach((nation, field) -> edited.add(new Growth.FundingShare(nation,
                field.getValue() == null ? 0 : field.getValue() / 100)));
        FundingAgreement candidate = record.isNew() ? FundingAgreement.none() : record;
        candidate.setFigures(edited);
        if (!candidate.isComplete() || edited.stream().anyMatch(share -> share.share() < 0 || share.share() > 1)) {
            Notices.error(getTranslation("burden.shares.invalid", sumPercent()));
            return;
        }
        try {
            show(burden.save(candidate));
            Notices.success(getTranslation("burden.shares.saved"));
            onSaved.run();
        } catch (EditConflictException conflict) {
            FundingAgreement stored = (FundingAgreement) conflict.stored();
            new StoredVersionDialog(getTranslation("burden.agreed-shares"), percents(candidate), percents(stored),
                    stored, readAt, () -> show(stored), () -> {
                        stored.setFigures(edited);
                        show(stored);
                        save();
                    }).open();
        }
    }

    private Map<String, String> percents(FundingAgreement agreement) {
        Map<String, String> percents = new LinkedHashMap<>();
        agreement.figures().forEach(share -> percents.put(share.nation(), ShareBars.percent(share.share())));
        return percents;
    }

    private String sumPercent() {
        double total = agreed.values().stream().mapToDouble(field -> field.getValue() == null ? 0 : field.getValue()).sum();
        return String.format(Locale.ROOT, "%.1f", total);
    }
}
