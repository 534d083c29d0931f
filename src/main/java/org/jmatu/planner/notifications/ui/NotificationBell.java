package org.jmatu.planner.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.notifications.Notification;
import org.jmatu.planner.notifications.NotificationService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.ui.HeaderControl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The bell in the header: the signed-in user's unread notifications as a count; a click lists the newest, each
 * leading to its page, and marks them read.
 */
@org.springframework.stereotype.Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class NotificationBell implements HeaderControl {

    static final int SHOWN = 20;

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.get().isEmpty()) {
            return Optional.empty();
        }
        Span count = new Span();
        count.addClassName("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel(I18n.t("notify.bell"));
        bell.setTooltipText(I18n.t("notify.bell"));
        bell.setSuffixComponent(count);
        show(count);
        bell.addClickListener(click -> open(count));
        return Optional.of(bell);
    }

    private void show(Span count) {
        long unread = notifications.unread();
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
    }

    private void open(Span count) {
        Dialog dialog = new Dialog();
        dialog.addClassName("notifications");
        dialog.setHeaderTitle(I18n.t("notify.bell"));
        List<Notification> latest = notifications.latest(SHOWN);
        if (latest.isEmpty()) {
            dialog.add(new Paragraph(I18n.t("notify.none")));
        }
        for (Notification notification : latest) {
            Div item = new Div(new Span(I18n.t(notification.getTextKey(), notification.args())));
            item.addClassName("notification");
            if (!notification.isRead()) {
                item.getStyle().set("font-weight", "bold");
            }
            item.getStyle().set("cursor", "pointer").set("padding", "var(--lumo-space-xs) 0");
            item.addClickListener(click -> {
                dialog.close();
                UI.getCurrent().navigate(notification.getLink());
            });
            dialog.add(item);
        }
        Button read = new Button(I18n.t("notify.mark-read"), click -> {
            notifications.markAllRead();
            show(count);
            dialog.close();
        });
        dialog.getFooter().add(read);
        dialog.open();
    }
}
