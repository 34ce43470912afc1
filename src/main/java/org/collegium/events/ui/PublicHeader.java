package org.collegium.events.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The top of the public event pages: the society's name and a way into (or back to) the portal. */
final class PublicHeader extends HorizontalLayout {

    PublicHeader(String societyName, AuthenticationContext auth) {
        H1 name = new H1(societyName);
        name.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Anchor upcoming = new Anchor("events/upcoming", "Upcoming events");
        Anchor portal = auth.isAuthenticated() ? new Anchor("", "Back to the portal") : new Anchor("login", "Sign in");
        add(name, upcoming, portal);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        setSpacing(true);
    }
}
