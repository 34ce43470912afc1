package org.collegium.events.ui;

import org.collegium.base.ui.ConfirmDestructive;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.calendar.service.CalendarFeeds;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.MyRegistration;

/** A member's own registrations: status, waitlist place, the online link once confirmed, and cancel. */
@Route("my/registrations")
@Menu(order = 6, title = "events.menu.my-registrations", icon = "vaadin:ticket")
@RolesAllowed(Access.MEMBER)
public class MyRegistrationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyRegistration> grid = new Grid<>();
    final Paragraph feedUrl = new Paragraph();
    private final RegistrationService registrations;
    private final CalendarFeeds feeds;
    private final SocietyClock clock;

    public MyRegistrationsView(RegistrationService registrations, CalendarFeeds feeds, SocietyClock clock) {
        this.registrations = registrations;
        this.feeds = feeds;
        this.clock = clock;
        // a phone shows the event (its start and title in one cell), its status and the actions without panning
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // (event 8rem + status 7rem + the actions fit the 358 px a 390 px phone leaves the grid)
        grid.addComponentColumn(this::eventCell).setHeader(Messages.t("events.my.column.event"))
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(this::status).setHeader(Messages.t("events.my.column.status")).setWidth("7rem")
                .setFlexGrow(0);
        // one action column: claiming an offered seat above cancelling
        grid.addComponentColumn(this::actions).setHeader(Messages.t("events.my.column.actions"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setColumnReorderingAllowed(false);
        grid.setAllRowsVisible(true);
        feedUrl.addClassName("feed-address");
        feedUrl.getStyle().set("word-break", "break-all").set("margin", "0");
        Button copy = new Button(VaadinIcon.COPY.create(), e -> copyFeed());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        copy.setAriaLabel(Messages.t("events.my.feed.copy"));
        copy.setTooltipText(Messages.t("events.my.feed.copy"));
        HorizontalLayout address = new HorizontalLayout(feedUrl, copy);
        address.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        address.setWidthFull();
        address.setFlexGrow(1, feedUrl);
        feedUrl.setMinWidth("0");
        add(grid, new H2(Messages.t("events.my.feed.heading")), new Paragraph(Messages.t("events.my.feed.help")),
                address, new Button(Messages.t("events.my.feed.new"), e -> confirmNewFeed()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("events.title.my-registrations");
    }

    /** The start above the title (a link to the event's page), then the price and where, on one narrow cell. */
    private Div eventCell(MyRegistration r) {
        Div cell = new Div();
        Span starts = new Span(clock.formatAt(r.startsAt(), r.zone()));
        // at least 24 px above the title link: the focusable cell keeps a target of its own (WCAG 2.2 target size)
        starts.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)").set("min-height", "24px");
        RouterLink title = new RouterLink(r.title(), EventPageView.class, r.eventId());
        title.getStyle().set("display", "block");
        cell.add(starts, title);
        String price = price(r);
        Span more = new Span(price);
        more.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
        if (r.onlineLink() != null) {
            if (!price.isEmpty()) {
                more.add(new Text(" · "));
            }
            Anchor join = new Anchor(r.onlineLink(), Messages.t("events.my.join-online"));
            join.addClassName("line-link");
            more.add(join);
        } else if (r.venue() != null) {
            more.add(new Text((price.isEmpty() ? "" : " · ") + r.venue()));
        }
        if (!more.getElement().getText().isEmpty() || more.getElement().getChildCount() > 0) {
            cell.add(more);
        }
        return cell;
    }

    private String status(MyRegistration r) {
        return r.canClaim() ? Messages.t("events.my.offered-until", clock.formatAt(r.offeredUntil(), r.zone()))
                : r.statusLabel();
    }

    private static String price(MyRegistration r) {
        return r.session() || r.price().signum() == 0 ? "" : Messages.t("events.my.price",
                Formats.money(r.price()), Messages.t(r.priceKind().key()));
    }

    private Div actions(MyRegistration r) {
        Div actions = new Div(claimButton(r), cancelButton(r));
        actions.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("gap", "var(--lumo-space-xs)");
        return actions;
    }

    /** A freed seat offered to the member (issue 13): one click makes it theirs. */
    private Button claimButton(MyRegistration r) {
        Button claim = new Button(Messages.t("events.my.claim"), e -> claim(r));
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        claim.setVisible(r.canClaim());
        claim.setAriaLabel(Messages.t("events.my.claim.aria", r.title()));
        return claim;
    }

    void claim(MyRegistration r) {
        try {
            registrations.claimMine(r.id());
            Notifications.success(Messages.t("events.my.claimed"));
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private Button cancelButton(MyRegistration r) {
        Button cancel = new Button(Messages.t("events.my.cancel"), e -> confirmCancel(r));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        cancel.setVisible(r.canCancel());
        cancel.setAriaLabel(Messages.t("events.my.cancel.aria", r.title()));
        return cancel;
    }

    /** Cancelling gives the place up for good (it goes to the waitlist): say so and ask first. */
    void confirmCancel(MyRegistration r) {
        String key = r.status() == RegistrationStatus.WAITLISTED
                ? (r.session() ? "events.my.cancel.text.waitlist-session" : "events.my.cancel.text.waitlist")
                : (r.session() ? "events.my.cancel.text.place-session" : "events.my.cancel.text.place");
        ConfirmDestructive.open(Messages.t("events.my.cancel.header"), Messages.t(key, r.title()),
                Messages.t("events.my.cancel.confirm"), Messages.t("events.dialog.keep"), () -> {
                    registrations.cancelMine(r.id());
                    Notifications.success(Messages.t("events.my.cancelled"));
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
        ConfirmDialog dialog = new ConfirmDialog(Messages.t("events.my.feed.new.header"),
                Messages.t("events.my.feed.new.text"), Messages.t("events.my.feed.new.confirm"), e -> {
                    showFeed(feeds.regenerate());
                    Notifications.success(Messages.t("events.my.feed.new.done"));
                });
        dialog.setCancelable(true);
        dialog.setCancelText(Messages.t("events.dialog.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void copyFeed() {
        UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", feedUrl.getText());
        Notifications.success(Messages.t("events.my.feed.copied"));
    }

    private void showFeed(String path) {
        feedUrl.setText(SiteAddress.current() + path);
    }
}
