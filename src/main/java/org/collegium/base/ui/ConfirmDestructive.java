package org.collegium.base.ui;

import org.collegium.base.i18n.Messages;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.ui.Notifications;

/**
 * Asks before an action that cannot be undone (cancelling a registration or an event, deleting a record): the
 * text names the consequence, "Keep it" (worded for the thing kept) is the way out, and a refusal by the service is
 * shown rather than thrown.
 */
public final class ConfirmDestructive {

    private ConfirmDestructive() {
    }

    public static ConfirmDialog open(String header, String consequence, String confirmText, String keepText,
            Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog(header, consequence, confirmText, ok -> {
            try {
                action.run();
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        confirm.setCancelable(true);
        confirm.setCancelText(keepText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
        return confirm;
    }
}
