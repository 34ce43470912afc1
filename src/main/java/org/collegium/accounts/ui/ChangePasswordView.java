package org.collegium.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.collegium.accounts.service.PasswordPolicy;
import org.collegium.accounts.service.PasswordService;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.ui.Notifications;

/** Everyone signed in can change their own password here. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField(Messages.t("accounts.password.current"));
    private final PasswordField password = new PasswordField(Messages.t("accounts.password.new"));
    private final PasswordField confirm = new PasswordField(Messages.t("accounts.password.repeat"));

    public ChangePasswordView(PasswordService service) {
        password.setHelperText(Messages.t("accounts.password.use", PasswordPolicy.description()));
        Button save = new Button(Messages.t("accounts.password.change"), e -> save(service));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, password, confirm);
        form.setMaxWidth("30rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    private void save(PasswordService service) {
        current.setInvalid(false);
        if (current.isEmpty()) {
            current.setErrorMessage(Messages.t("accounts.password.current.missing"));
            current.setInvalid(true);
            return;
        }
        if (!PasswordChecks.validNewPassword(password, confirm)) {
            return;
        }
        try {
            service.changeOwnPassword(current.getValue(), password.getValue());
            current.clear();
            password.clear();
            confirm.clear();
            Notifications.success(Messages.t("accounts.password.changed"));
        } catch (BusinessRuleException ex) {
            current.setErrorMessage(ex.getMessage());
            current.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return Messages.t("accounts.password.title");
    }
}
