package org.collegium.accounts.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import org.collegium.accounts.service.PasswordPolicy;
import org.collegium.base.i18n.Messages;

/** Field-level feedback for "new password + repeat it" forms, using the service's password rule. */
final class PasswordChecks {

    private PasswordChecks() {
    }

    static boolean validNewPassword(PasswordField password, PasswordField confirm) {
        password.setInvalid(false);
        confirm.setInvalid(false);
        String problem = PasswordPolicy.problem(password.getValue());
        if (problem != null) {
            password.setErrorMessage(problem);
            password.setInvalid(true);
            return false;
        }
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(Messages.t("accounts.password.mismatch"));
            confirm.setInvalid(true);
            return false;
        }
        return true;
    }
}
