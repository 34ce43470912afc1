package org.collegium.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
import org.collegium.base.service.SocietyClock;
import org.collegium.dashboard.service.HomeCard;
import org.collegium.dashboard.service.HomeCards;
import org.collegium.notifications.service.OutboxService;

/**
 * Home: who you are, today's date in the society's time zone, the figures your role needs first (cards from every
 * feature's {@link org.collegium.dashboard.service.HomeCardProvider}), and what you can open from here.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView(AuthenticationContext auth, SocietyClock clock, AccountService accounts,
            OutboxService outbox, HomeCards homeCards) {
        addClassName("dashboard");
        String roles = Arrays.stream(Role.values()).filter(r -> auth.hasRole(r.name())).map(Role::label)
                .collect(Collectors.joining(", "));
        add(new H2("Welcome"),
                new Paragraph("You are signed in as " + auth.getPrincipalName().orElse("") + " (" + roles + "). "
                        + "Today is " + clock.formatDate(clock.today()) + "."));
        Div cards = new Div();
        cards.addClassName("cards");
        for (HomeCard card : homeCards.forCurrentUser()) {
            cards.add(card(card.title(), card.figure(), card.caption(), card.route()));
        }
        if (auth.hasRole(Role.ADMIN.name())) {
            cards.add(card("User accounts", String.valueOf(accounts.count("")), "accounts in the portal", null),
                    card("Outbox", String.valueOf(outbox.countPending()), "emails waiting to be sent", null));
        }
        Div links = new Div();
        links.addClassName("quick-links");
        MenuConfiguration.getMenuEntries().stream().filter(e -> e.menuClass() != DashboardView.class)
                .forEach(e -> links.add(new RouterLink(e.title(), e.menuClass())));
        links.add(new RouterLink("Change your password", ChangePasswordView.class));
        add(cards, new H3("Where to go"), links);
    }

    private static Div card(String title, String figure, String caption, String route) {
        Span number = new Span(figure);
        number.addClassName("figure");
        Div card = new Div(new H3(title), number, new Span(caption));
        if (route != null) {
            Anchor more = new Anchor(route, "Open");
            more.getElement().setAttribute("aria-label", "Open " + title);
            card.add(more);
        }
        card.addClassName("card");
        return card;
    }
}
