package org.collegium.members.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.collegium.members.service.ApplicationService;
import org.collegium.members.service.ApplicationService.Confirmation;

/** The page a Join applicant's emailed link opens: no sign-in; it confirms their address (once). */
@Route(value = "join/confirm", autoLayout = false)
@PageTitle("Confirm your email")
@AnonymousAllowed
public class JoinConfirmView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationService service;

    public JoinConfirmView(ApplicationService service) {
        this.service = service;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        Confirmation outcome = service.confirmEmail(token);
        add(new H1("Confirm your email"), new Paragraph(switch (outcome) {
            case GRANTED -> "Thank you: your address is confirmed and your membership has begun. We have emailed "
                    + "you a link to choose your password for the members' portal.";
            case WAITING_FOR_APPROVAL -> "Thank you: your address is confirmed. Your application is with the "
                    + "board, and we will write to you as soon as it has decided.";
            case ALREADY_A_MEMBER -> "This address already belongs to a member, so there is nothing to join. "
                    + "Sign in, or choose a new password if you do not know yours.";
            case LINK_NOT_VALID -> "This link is not valid any more: it was used already, replaced by a newer "
                    + "application, or it expired. You can apply again on the Join page.";
        }));
        add(outcome == Confirmation.LINK_NOT_VALID ? new Anchor("join", "Apply to join")
                : new Anchor("login", "Sign in"));
        if (outcome == Confirmation.ALREADY_A_MEMBER) {
            add(new Anchor("forgot-password", "Choose a new password"));
        }
    }
}
