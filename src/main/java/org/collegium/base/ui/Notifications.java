package org.collegium.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * The portal's short messages to a person: green for done, red for what went wrong. A new message closes the red
 * ones still shown in the page, so that a "Saved" never stands beside the refusals it answered.
 */
public final class Notifications {

    /** The red messages still open in a UI (kept on the UI, so each browser tab has its own). */
    private static final class OpenErrors extends ArrayList<Notification> {
    }

    private Notifications() {
    }

    public static void success(String message) {
        closeOpenErrors();
        show(message, NotificationVariant.SUCCESS, 4000);
    }

    /** Shows a red message (closing any still open); returned so that its caller can close it once dealt with. */
    public static Notification error(String message) {
        closeOpenErrors();
        Notification n = show(message, NotificationVariant.ERROR, 8000);
        UI ui = UI.getCurrent();
        if (ui != null) {
            openErrors(ui).add(n);
            n.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    openErrors(ui).remove(n);
                }
            });
        }
        return n;
    }

    private static void closeOpenErrors() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            List<Notification> open = new ArrayList<>(openErrors(ui));
            open.forEach(Notification::close);
            openErrors(ui).clear();
        }
    }

    private static OpenErrors openErrors(UI ui) {
        OpenErrors open = ComponentUtil.getData(ui, OpenErrors.class);
        if (open == null) {
            open = new OpenErrors();
            ComponentUtil.setData(ui, OpenErrors.class, open);
        }
        return open;
    }

    private static Notification show(String message, NotificationVariant variant, int millis) {
        Notification n = Notification.show(message, millis, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        return n;
    }
}
