package org.collegium.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The portal's short messages to a person: green for done, red for what went wrong. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        show(message, NotificationVariant.SUCCESS, 4000);
    }

    public static void error(String message) {
        show(message, NotificationVariant.ERROR, 8000);
    }

    private static void show(String message, NotificationVariant variant, int millis) {
        Notification n = Notification.show(message, millis, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
    }
}
