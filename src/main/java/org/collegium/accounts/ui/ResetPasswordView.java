package org.collegium.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.collegium.accounts.service.PasswordPolicy;
import org.collegium.accounts.service.PasswordResetService;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.ui.Notifications;

/** The page an emailed password link opens: choose a new password once. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a password")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final PasswordResetService service;
    private String token;

    public ResetPasswordView(PasswordResetService service) {
        this.service = service;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        add(new H1("Choose a password"));
        if (!service.isUsable(token)) {
            add(new Paragraph("This link is not valid any more: it was used already, replaced by a newer one, "
                    + "or it expired."), new RouterLink("Ask for a new link", ForgotPasswordView.class));
            return;
        }
        PasswordField password = new PasswordField("New password");
        password.setHelperText("Use " + PasswordPolicy.DESCRIPTION + ".");
        PasswordField confirm = new PasswordField("Repeat the new password");
        password.setWidthFull();
        confirm.setWidthFull();
        Button save = new Button("Set password", e -> save(password, confirm));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password, confirm, save);
    }

    private void save(PasswordField password, PasswordField confirm) {
        if (!PasswordChecks.validNewPassword(password, confirm)) {
            return;
        }
        try {
            service.resetPassword(token, password.getValue());
            Notifications.success("Your password is set. Sign in with it now.");
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (BusinessRuleException ex) {
            password.setErrorMessage(ex.getMessage());
            password.setInvalid(true);
        }
    }
}
