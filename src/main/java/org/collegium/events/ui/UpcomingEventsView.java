package org.collegium.events.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.service.PublicEvents;
import org.collegium.events.service.PublicEvents.PublicEvent;

/** The public list of published upcoming events, each at its time in its own zone (named): no sign-in needed. */
@Route(value = "events/upcoming", autoLayout = false)
@PageTitle("Upcoming events")
@Menu(order = 31, title = "Upcoming events", icon = "vaadin:calendar-user")
@AnonymousAllowed
public class UpcomingEventsView extends VerticalLayout {

    public UpcomingEventsView(PublicEvents events, SocietySettingsService settings, AuthenticationContext auth) {
        addClassName("public-events");
        setMaxWidth("60rem");
        add(new PublicHeader(settings.current().societyName(), auth));
        List<PublicEvent> upcoming = events.upcoming();
        if (upcoming.isEmpty()) {
            add(new Paragraph("No events are open at the moment. Please look again soon."));
        }
        for (PublicEvent e : upcoming) {
            Div card = new Div();
            card.addClassName("event-card");
            card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                    .set("padding-bottom", "0.75rem").set("width", "100%");
            RouterLink title = new RouterLink(e.title(), EventPageView.class, e.id());
            card.add(new H3(title), new Paragraph(e.kind().label() + " · "
                    + SocietyClock.format(e.startsAt(), e.zone()) + " · " + e.format().label()
                    + (e.venue() == null ? "" : " · " + e.venue()) + " · hosted by " + e.hostName()), new Paragraph(EventPageView.priceLine(e)
                            + EventPageView.ceLine(e) + (e.seatsLeft() > 0 ? " · " + e.seatsLeft() + " places left"
                                    : " · full: waitlist open")));
            add(card);
        }
    }
}
