package org.jmatu.planner.datasets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.ui.HeaderControl;

/**
 * "Data set: Demo unit" in the header, for planners and the commander: choosing another data set reopens the
 * view on its data. Liaison officers always work on the live unit, so they get no chooser.
 */
@org.springframework.stereotype.Component
class DataSetChooser implements HeaderControl {

    private final DataSetService dataSets;

    DataSetChooser(DataSetService dataSets) {
        this.dataSets = dataSets;
    }

    @Override
    public Optional<Component> create() {
        if (!CurrentUser.hasRole(Role.PLANNER) && !CurrentUser.hasRole(Role.COMMANDER)) {
            return Optional.empty();
        }
        List<DataSet> all = dataSets.all();
        Select<DataSet> chooser = new Select<>();
        chooser.addClassName("data-set-chooser");
        chooser.setPrefixComponent(new Span(I18n.t("datasets.chooser")));
        chooser.setItems(all);
        chooser.setItemLabelGenerator(DataSet::shownName);
        String current = DataSetContext.current();
        all.stream().filter(dataSet -> dataSet.key().equals(current)).findFirst().ifPresent(chooser::setValue);
        chooser.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                dataSets.switchTo(event.getValue().key());
                // views read their data when they are made: make the view and the shell again
                UI.getCurrent().refreshCurrentRoute(true);
            }
        });
        return Optional.of(chooser);
    }
}
