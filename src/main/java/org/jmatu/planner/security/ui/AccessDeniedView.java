package org.jmatu.planner.security.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.jmatu.planner.ui.MainLayout;

/**
 * What a signed-in user sees on typing the address of a view their role may not open: a sentence inside the
 * app, with the menu, and a way back, instead of Vaadin's bare "Could not navigate to …". It names no more
 * than the address they typed, so it tells nobody what the view would have shown.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    final Paragraph explanation = new Paragraph();

    public AccessDeniedView() {
        add(new H3(getTranslation("access-denied.title")), explanation,
                new RouterLink(getTranslation("access-denied.back"), LandingView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        explanation.setText(getTranslation("access-denied.text", event.getLocation().getPath()));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
