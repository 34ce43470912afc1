package org.collegium.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.calendar.service.CalendarFeeds;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.MyRegistration;

/** A member's own registrations: status, waitlist place, the online link once confirmed, and cancel. */
@Route("my/registrations")
@PageTitle("My registrations")
@Menu(order = 6, title = "My registrations", icon = "vaadin:ticket")
@RolesAllowed(Access.MEMBER)
public class MyRegistrationsView extends VerticalLayout {

    final Grid<MyRegistration> grid = new Grid<>();
    final Paragraph feedUrl = new Paragraph();
    private final RegistrationService registrations;
    private final CalendarFeeds feeds;

    public MyRegistrationsView(RegistrationService registrations, CalendarFeeds feeds) {
        this.registrations = registrations;
        this.feeds = feeds;
        grid.addColumn(r -> SocietyClock.format(r.startsAt(), r.zone())).setHeader("Starts").setAutoWidth(true);
        grid.addComponentColumn(r -> new RouterLink(r.title(), EventPageView.class, r.eventId())).setHeader("Event")
                .setWidth("18rem").setFlexGrow(2);
        grid.addColumn(r -> r.canClaim() ? "Seat offered until " + SocietyClock.format(r.offeredUntil(), r.zone()) : r.statusLabel())
                .setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> r.session() || r.price().signum() == 0 ? "" : "$" + r.price() + " ("
                + r.priceKind().label() + ")").setHeader("Price").setAutoWidth(true);
        grid.addComponentColumn(r -> r.onlineLink() == null ? new Paragraph(r.venue() == null ? "" : r.venue())
                : new Anchor(r.onlineLink(), "Join online")).setHeader("Where").setWidth("14rem").setFlexGrow(1);
        grid.addComponentColumn(this::claimButton).setHeader("").setAutoWidth(true);
        grid.addComponentColumn(this::cancelButton).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid, new H3("Your calendar feed"), new Paragraph("Subscribe to this address in your calendar app to "
                + "see your registrations there. Keep it to yourself: anyone with the address can read the feed. "
                + "Make a new one if it got out; the old address then stops working."), feedUrl,
                new Button("Make a new address…", e -> confirmNewFeed()));
        refresh();
    }

    /** A freed seat offered to the member (issue 13): one click makes it theirs. */
    private Button claimButton(MyRegistration r) {
        Button claim = new Button("Claim", e -> claim(r));
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        claim.setVisible(r.canClaim());
        claim.getElement().setAttribute("aria-label", "Claim the seat offered at " + r.title());
        return claim;
    }

    void claim(MyRegistration r) {
        try {
            registrations.claimMine(r.id());
            Notifications.success("The seat is yours: your registration is confirmed. We have emailed you.");
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private Button cancelButton(MyRegistration r) {
        Button cancel = new Button("Cancel", e -> confirmCancel(r));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        cancel.setVisible(r.canCancel());
        cancel.getElement().setAttribute("aria-label", "Cancel " + r.title());
        return cancel;
    }

    /** Cancelling gives the place up for good (it goes to the waitlist): say so and ask first. */
    void confirmCancel(MyRegistration r) {
        ConfirmDestructive.open("Cancel your registration?", "You give up your "
                + (r.status() == RegistrationStatus.WAITLISTED ? "waitlist place" : "place") + " at " + r.title()
                + (r.session() ? "" : " (with any sessions you chose)") + "; it goes to the next person on the "
                + "waitlist, and registering again may find the event full.", "Cancel my registration", () -> {
                    registrations.cancelMine(r.id());
                    Notifications.success("Cancelled. We have emailed you a confirmation.");
                    refresh();
                });
    }

    private void refresh() {
        List<MyRegistration> mine;
        try {
            mine = registrations.mine();
            showFeed(feeds.myFeedPath());
        } catch (BusinessRuleException e) {
            removeAll();
            add(new Paragraph(e.getMessage()));
            return;
        }
        grid.setItems(mine);
    }

    /** A new address breaks every calendar subscribed to the old one: asked first, saying so. */
    private void confirmNewFeed() {
        ConfirmDialog dialog = new ConfirmDialog("Make a new feed address?", "The current address stops working "
                + "at once: every calendar subscribed to it stops updating until you subscribe again with the new "
                + "address.", "Make a new address", e -> {
                    showFeed(feeds.regenerate());
                    Notifications.success("New address made. The old one no longer works.");
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void showFeed(String path) {
        feedUrl.setText(SiteAddress.current() + path);
    }
}
