package org.collegium.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.collegium.accounts.service.PasswordPolicy;
import org.collegium.accounts.service.PasswordResetService;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.ui.LanguageSwitch;
import org.collegium.base.ui.Notifications;

/** The page an emailed password link opens: choose a new password once. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
        Main main = new Main(new H1(Messages.t("accounts.reset.heading")));
        add(new LanguageSwitch(Messages.current()), main);
        if (!service.isUsable(token)) {
            main.add(new Paragraph(Messages.t("accounts.reset.unusable")),
                    new RouterLink(Messages.t("accounts.reset.ask-again"), ForgotPasswordView.class));
            return;
        }
        PasswordField password = new PasswordField(Messages.t("accounts.password.new"));
        password.setHelperText(Messages.t("accounts.password.use", PasswordPolicy.description()));
        PasswordField confirm = new PasswordField(Messages.t("accounts.password.repeat"));
        password.setWidthFull();
        confirm.setWidthFull();
        Button save = new Button(Messages.t("accounts.reset.save"), e -> save(password, confirm));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        main.add(password, confirm, save);
    }

    private void save(PasswordField password, PasswordField confirm) {
        if (!PasswordChecks.validNewPassword(password, confirm)) {
            return;
        }
        try {
            service.resetPassword(token, password.getValue());
            Notifications.success(Messages.t("accounts.reset.done"));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (BusinessRuleException ex) {
            password.setErrorMessage(ex.getMessage());
            password.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return Messages.t("accounts.reset.title");
    }
}
