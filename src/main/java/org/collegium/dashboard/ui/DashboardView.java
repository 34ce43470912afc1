package org.collegium.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountService;
import org.collegium.accounts.ui.ChangePasswordView;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.dashboard.service.HomeCard;
import org.collegium.dashboard.service.HomeCards;
import org.collegium.notifications.service.OutboxService;

/**
 * Home: who you are, today's date in the society's time zone, the figures your role needs first (cards from every
 * feature's {@link org.collegium.dashboard.service.HomeCardProvider}), and what you can open from here.
 */
@Route("")
@Menu(order = 0, title = "dashboard.menu.home", icon = "vaadin:home")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(AuthenticationContext auth, SocietyClock clock, AccountService accounts,
            OutboxService outbox, HomeCards homeCards) {
        addClassName("dashboard");
        String roles = Arrays.stream(Role.values()).filter(r -> auth.hasRole(r.name())).map(r -> Messages.t(r.labelKey()))
                .collect(Collectors.joining(", "));
        add(new H2(Messages.t("dashboard.welcome")),
                new Paragraph(Messages.t("dashboard.signed-in", auth.getPrincipalName().orElse(""), roles,
                        clock.formatDate(clock.today()))));
        Div cards = new Div();
        cards.addClassName("cards");
        for (HomeCard card : homeCards.forCurrentUser()) {
            cards.add(card(card.title(), card.figure(), card.caption(), card.route()));
        }
        if (auth.hasRole(Role.ADMIN.name())) {
            cards.add(card(Messages.t("dashboard.accounts.title"), Formats.integer(accounts.count("")),
                    Messages.t("dashboard.accounts.caption"), null),
                    card(Messages.t("dashboard.outbox.title"), Formats.integer(outbox.countPending()),
                            Messages.t("dashboard.outbox.caption"), null));
        }
        Div links = new Div();
        links.addClassName("quick-links");
        MenuConfiguration.getMenuEntries().stream().filter(e -> e.menuClass() != DashboardView.class)
                .forEach(e -> links.add(new RouterLink(menuTitle(e.title()), e.menuClass())));
        links.add(new RouterLink(Messages.t("dashboard.links.password"), ChangePasswordView.class));
        add(cards, new H3(Messages.t("dashboard.links.title")), links);
    }

    private static Div card(String title, String figure, String caption, String route) {
        Span number = new Span(figure);
        number.addClassName("figure");
        Div card = new Div(new H3(title), number, new Span(caption));
        if (route != null) {
            Anchor more = new Anchor(route, Messages.t("dashboard.card.open"));
            more.getElement().setAttribute("aria-label", Messages.t("dashboard.card.open.label", title));
            card.add(more);
        }
        card.addClassName("card");
        return card;
    }

    /** A menu entry's title is a bundle key, as in MainLayout; a feature not translated yet keeps its words. */
    private static String menuTitle(String title) {
        return Messages.has(title) ? Messages.t(title) : title;
    }

    @Override
    public String getPageTitle() {
        return Messages.t("dashboard.page-title");
    }
}
