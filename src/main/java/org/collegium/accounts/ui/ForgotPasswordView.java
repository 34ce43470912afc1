package org.collegium.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.collegium.accounts.service.PasswordResetService;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.i18n.Messages;
import org.collegium.base.ui.LanguageSwitch;

/** Ask for a password link by email. The answer is the same whether or not the address has an account. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    static final String SENT = "accounts.forgot.sent";

    public ForgotPasswordView(PasswordResetService service) {
        addClassName("narrow-page");
        EmailField email = new EmailField(Messages.t("accounts.forgot.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status"); // read out when the answer appears
        Button send = new Button(Messages.t("accounts.forgot.send"), e -> {
            if (!EmailAddress.isValid(email.getValue())) {
                email.setErrorMessage(Messages.t("accounts.forgot.email.invalid"));
                email.setInvalid(true);
                return;
            }
            email.setInvalid(false);
            service.requestReset(email.getValue());
            result.setText(Messages.t(SENT));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new LanguageSwitch(Messages.current()), new Main(new H1(Messages.t("accounts.forgot.heading")),
                new Paragraph(Messages.t("accounts.forgot.intro")), email, send, result,
                new RouterLink(Messages.t("accounts.forgot.back"), LoginView.class)));
    }

    @Override
    public String getPageTitle() {
        return Messages.t("accounts.forgot.title");
    }
}
