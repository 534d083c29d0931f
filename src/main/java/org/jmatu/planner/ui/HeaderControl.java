package org.jmatu.planner.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A control another module puts into the header of every view, such as the data set chooser. The shell
 * shows what the beans of this type offer, so it needs to know none of the modules behind them.
 */
public interface HeaderControl {

    /** A new control for the signed-in user, or empty when there is nothing to offer them. */
    Optional<Component> create();
}
