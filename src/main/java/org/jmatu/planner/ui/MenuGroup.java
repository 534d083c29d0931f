package org.jmatu.planner.ui;

import com.vaadin.flow.server.menu.MenuEntry;

/**
 * Menu sections by {@code @Menu(order)} range, so a module only picks a number to land in the right
 * place: planning views use 1–9, the staff data 10–49, forces 50–69, exercises 70–99.
 */
enum MenuGroup {
    PLANNING("Planning", 0, 10),
    STAFF("Staff", 10, 50),
    FORCES("Forces", 50, 70),
    EXERCISES("Exercises", 70, 100),
    MORE("More", 100, Double.POSITIVE_INFINITY);

    private final String label;
    private final double from;
    private final double until;

    MenuGroup(String label, double from, double until) {
        this.label = label;
        this.from = from;
        this.until = until;
    }

    String label() {
        return label;
    }

    boolean contains(MenuEntry entry) {
        // a view without an order goes last rather than disappearing from the menu
        double order = entry.order() == null ? Double.MAX_VALUE : entry.order();
        return order >= from && order < until;
    }
}
