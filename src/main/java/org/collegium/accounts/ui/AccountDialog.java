package org.collegium.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountService;
import org.collegium.accounts.service.AccountService.AccountEdit;
import org.collegium.accounts.service.AccountService.NewAccount;
import org.collegium.accounts.service.AccountView;
import org.collegium.accounts.service.PasswordPolicy;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.i18n.Messages;
import org.collegium.base.ui.Notifications;

/**
 * Creates an account, or edits one: name, roles, enabled; send a password link. Vaadin's dialog takes the focus
 * when it opens (its first field) and gives it back to where it was (the row or button that opened it) on close.
 */
class AccountDialog extends Dialog {

    private final AccountService service;
    private final AccountView account;
    private final Runnable onChange;

    final EmailField email = new EmailField(Messages.t("accounts.dialog.email"));
    final TextField name = new TextField(Messages.t("accounts.dialog.name"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(Messages.t("accounts.dialog.roles"));
    final Checkbox enabled = new Checkbox(Messages.t("accounts.dialog.enabled"));
    final PasswordField password = new PasswordField(Messages.t("accounts.dialog.password"));
    final ComboBox<AffiliateOption> affiliate = new ComboBox<>(Messages.t("accounts.dialog.affiliate"));

    AccountDialog(AccountService service, List<AffiliateOption> affiliates, AccountView account, Runnable onChange) {
        this.service = service;
        this.account = account;
        this.onChange = onChange;
        setHeaderTitle(account == null ? Messages.t("accounts.dialog.new") : Messages.t("accounts.dialog.edit", account.email()));
        setWidth("36rem");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> Messages.t(role.labelKey()));
        affiliate.setItems(affiliates);
        affiliate.setItemLabelGenerator(AffiliateOption::name);
        affiliate.setHelperText(Messages.t("accounts.dialog.affiliate.help"));
        affiliate.setClearButtonVisible(true);
        roles.addValueChangeListener(e -> affiliate.setVisible(e.getValue().contains(Role.AFFILIATE_ADMIN)));
        affiliate.setVisible(false);
        email.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (account == null) {
            password.setHelperText(Messages.t("accounts.dialog.password.help", PasswordPolicy.description()));
            form.add(email, name, roles, affiliate, password);
        } else {
            email.setValue(account.email());
            email.setReadOnly(true);
            name.setValue(account.displayName());
            roles.setValue(account.roles());
            enabled.setValue(account.enabled());
            affiliate.setValue(affiliates.stream().filter(a -> account.affiliateId() != null
                    && a.id() == account.affiliateId()).findFirst().orElse(null));
            form.add(email, name, roles, affiliate, enabled);
            Button reset = new Button(Messages.t("accounts.dialog.send-link"),
                    e -> run(() -> service.sendResetLink(account.id()),
                            Messages.t("accounts.dialog.link-sent", account.email())));
            getFooter().add(reset);
        }
        add(form);
        Button cancel = new Button(Messages.t("accounts.dialog.cancel"), e -> close());
        Button save = new Button(account == null ? Messages.t("accounts.dialog.create") : Messages.t("accounts.dialog.save"),
                e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private void save() {
        if (!validate()) {
            return;
        }
        if (account == null) {
            run(() -> service.create(new NewAccount(email.getValue(), name.getValue(), roles.getValue(),
                    password.getValue(), affiliateId())), Messages.t("accounts.dialog.created", email.getValue()));
        } else {
            run(() -> service.update(account.id(), new AccountEdit(name.getValue(), roles.getValue(),
                    enabled.getValue(), affiliateId(), account.version())), Messages.t("accounts.dialog.saved"));
        }
    }

    private Long affiliateId() {
        return affiliate.getValue() == null ? null : affiliate.getValue().id();
    }

    private boolean validate() {
        boolean ok = true;
        email.setInvalid(false);
        name.setInvalid(false);
        roles.setInvalid(false);
        password.setInvalid(false);
        if (account == null && !EmailAddress.isValid(email.getValue())) {
            email.setErrorMessage(Messages.t("accounts.dialog.email.invalid"));
            email.setInvalid(true);
            ok = false;
        }
        if (name.getValue().isBlank()) {
            name.setErrorMessage(Messages.t("accounts.dialog.name.missing"));
            name.setInvalid(true);
            ok = false;
        }
        if (roles.getValue().isEmpty()) {
            roles.setErrorMessage(Messages.t("accounts.account.roles-required"));
            roles.setInvalid(true);
            ok = false;
        }
        affiliate.setInvalid(false);
        if (roles.getValue().contains(Role.AFFILIATE_ADMIN) && affiliate.getValue() == null) {
            affiliate.setErrorMessage(Messages.t("accounts.dialog.affiliate.missing"));
            affiliate.setInvalid(true);
            ok = false;
        }
        if (account == null && !password.isEmpty() && PasswordPolicy.problem(password.getValue()) != null) {
            password.setErrorMessage(PasswordPolicy.problem(password.getValue()));
            password.setInvalid(true);
            ok = false;
        }
        return ok;
    }

    /** Runs a service call; on success closes and refreshes, on a broken rule keeps the form and says why. */
    private void run(Runnable action, String success) {
        try {
            action.run();
            Notifications.success(success);
            close();
            onChange.run();
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }
}
