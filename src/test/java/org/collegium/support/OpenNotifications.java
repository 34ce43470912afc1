package org.collegium.support;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationTester;
import java.util.List;

/** For browserless view tests: what the open notifications say. */
public final class OpenNotifications {

    private OpenNotifications() {
    }

    /** The words of those of {@code found} (a view test's {@code $(Notification.class).all()}) open now. */
    public static List<String> texts(List<Notification> found) {
        return found.stream().filter(Notification::isOpened).map(n -> new NotificationTester<>(n).getText())
                .toList();
    }
}
