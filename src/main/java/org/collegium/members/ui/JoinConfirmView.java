package org.collegium.members.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.collegium.base.ui.LanguageSwitch;
import org.collegium.members.service.ApplicationService;
import org.collegium.members.service.ApplicationService.Confirmation;

/**
 * The page a Join applicant's emailed link opens: no sign-in; it confirms their address (once). Switching the
 * language reloads the page with the same, now spent, link: the switch leaves the outcome for that one reload, so
 * that it is shown again in the new language rather than as an invalid link.
 */
@Route(value = "join/confirm", autoLayout = false)
@AnonymousAllowed
public class JoinConfirmView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SHOWN = JoinConfirmView.class.getName() + ".shown";

    /** What the page showed for a link, kept across the reload a language switch makes. */
    private record Shown(String token, Confirmation outcome) implements java.io.Serializable {
    }

    private final ApplicationService service;

    public JoinConfirmView(ApplicationService service) {
        this.service = service;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        Confirmation outcome = confirm(token);
        VerticalLayout content = new VerticalLayout(new LanguageSwitch(getLocale(), language -> keep(token, outcome)),
                new H1(getTranslation("membership.join.confirm.title")),
                new Paragraph(getTranslation("membership.join.confirm.outcome." + outcome.name())));
        content.setPadding(false);
        content.add(outcome == Confirmation.LINK_NOT_VALID
                ? new Anchor("join", getTranslation("membership.join.confirm.apply"))
                : new Anchor("login", getTranslation("membership.join.confirm.sign-in")));
        if (outcome == Confirmation.ALREADY_A_MEMBER) {
            content.add(new Anchor("forgot-password", getTranslation("membership.join.confirm.new-password")));
        }
        Main main = new Main(content);
        main.setWidthFull();
        add(main);
    }

    /** Confirms the link, unless this is the reload of a language switch just made on its page. */
    private Confirmation confirm(String token) {
        VaadinSession session = VaadinSession.getCurrent();
        Object kept = session == null ? null : session.getAttribute(SHOWN);
        if (session != null) {
            session.setAttribute(SHOWN, null); // good for one reload only: opened again, a spent link is spent
        }
        if (kept instanceof Shown shown && token != null && token.equals(shown.token())) {
            return shown.outcome();
        }
        return service.confirmEmail(token);
    }

    private static void keep(String token, Confirmation outcome) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && token != null) {
            session.setAttribute(SHOWN, new Shown(token, outcome));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.join.confirm.title");
    }
}
