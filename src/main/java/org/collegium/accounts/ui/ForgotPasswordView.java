package org.collegium.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.collegium.accounts.service.PasswordResetService;
import org.collegium.base.service.EmailAddress;

/** Ask for a password link by email. The answer is the same whether or not the address has an account. */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout {

    static final String SENT = "If an account uses that address, we have emailed it a link to choose a new "
            + "password. The link works once and for a limited time.";

    public ForgotPasswordView(PasswordResetService service) {
        addClassName("narrow-page");
        EmailField email = new EmailField("Email");
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        Paragraph result = new Paragraph();
        Button send = new Button("Email me a link", e -> {
            if (!EmailAddress.isValid(email.getValue())) {
                email.setErrorMessage("Enter the email address you sign in with, like name@example.org.");
                email.setInvalid(true);
                return;
            }
            email.setInvalid(false);
            service.requestReset(email.getValue());
            result.setText(SENT);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Forgot your password?"),
                new Paragraph("Enter the email address you sign in with and we will send you a link."),
                email, send, result, new RouterLink("Back to sign in", LoginView.class));
    }
}
