package org.collegium.groups.ui;

import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.ui.Notifications;

/** Runs a person's action: on success says so and redraws; a refusal is told in the person's words. */
final class Attempt {

    private Attempt() {
    }

    static void run(Runnable action, String success, Runnable redraw) {
        try {
            action.run();
            Notifications.success(success);
            redraw.run();
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }
}
