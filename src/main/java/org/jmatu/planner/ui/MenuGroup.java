package org.jmatu.planner.ui;

import com.vaadin.flow.server.menu.MenuEntry;

/**
 * Menu sections by {@code @Menu(order)} range, so a module only picks a number to land in the right
 * place: planning views use 1–9, the staff data 10–49, forces 50–69, exercises 70–99.
 */
enum MenuGroup {
    PLANNING(0, 10),
    STAFF(10, 50),
    FORCES(50, 70),
    EXERCISES(70, 100),
    MORE(100, Double.POSITIVE_INFINITY);
    private final double from;
    private final double until;

    MenuGroup(double from, double until) {
        this.from = from;
        this.until = until;
    }

    /** The key of the section's heading in the bundles ({@code menu.group.planning}). */
    String key() {
        return "menu.group." + name().toLowerCase();
    }

    boolean contains(MenuEntry entry) {
        // a view without an order goes last rather than disappearing from the menu
        double order = entry.order() == null ? Double.MAX_VALUE : entry.order();
        return order >= from && order < until;
    }
}
