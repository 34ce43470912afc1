package org.collegium.events.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.service.PublicEvents;
import org.collegium.events.service.PublicEvents.PublicEvent;

/**
 * The public list of published upcoming events, each at its time in the visitor's zone (and in its own zone beside
 * it when that differs): no sign-in needed.
 */
@Route(value = "events/upcoming", autoLayout = false)
@Menu(order = 31, title = "events.menu.upcoming", icon = "vaadin:calendar-user")
@AnonymousAllowed
public class UpcomingEventsView extends VerticalLayout implements HasDynamicTitle {

    public UpcomingEventsView(PublicEvents events, SocietySettingsService settings, AuthenticationContext auth,
            SocietyClock clock) {
        addClassName("public-events");
        setMaxWidth("60rem");
        Main main = new Main();
        main.setWidthFull();
        main.add(new H1(Messages.t("events.upcoming.heading")));
        add(new PublicHeader(settings.current().societyName(), auth, getLocale()), main);
        List<PublicEvent> upcoming = events.upcoming();
        if (upcoming.isEmpty()) {
            main.add(new Paragraph(Messages.t("events.upcoming.none")));
        }
        for (PublicEvent e : upcoming) {
            Div card = new Div();
            card.addClassName("event-card");
            card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                    .set("padding-bottom", "0.75rem").set("width", "100%");
            RouterLink title = new RouterLink(e.title(), EventPageView.class, e.id());
            H2 heading = new H2(title);
            heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
            card.add(heading, new Paragraph(EventPageView.factsLine(e, clock.formatAt(e.startsAt(), e.zone()))),
                    new Paragraph(EventPageView.priceLine(e, clock) + EventPageView.ceLine(e)
                            + (e.seatsLeft() > 0 ? Messages.t("events.upcoming.places-left", e.seatsLeft())
                                    : Messages.t("events.upcoming.full"))));
            main.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return Messages.t("events.title.upcoming");
    }
}
