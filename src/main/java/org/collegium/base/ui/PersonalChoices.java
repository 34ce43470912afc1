package org.collegium.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.ZoneId;
import java.util.Locale;
import org.collegium.base.i18n.Messages;

/**
 * Where this browser session keeps the person's language and zone: the session attributes read on every request
 * (accounts/ui/PreferencesFilter) and the UI's locale. A change reloads the page, so every text is in the new language.
 */
public final class PersonalChoices {

    public static final String LANGUAGE = "collegium.language";
    public static final String ZONE = "collegium.zone";
    /** The login whose account choices the session holds (read once per sign-in). */
    public static final String LOADED_FOR = "collegium.preferences-for";

    private PersonalChoices() {
    }

    /** Speaks the language from now on in this browser session and shows the page again in it. */
    public static void useLanguage(Locale language) {
        Locale chosen = Messages.supported(language);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            WrappedSession http = session.getSession();
            if (http != null) {
                http.setAttribute(LANGUAGE, Messages.tag(chosen));
            }
            session.setLocale(chosen);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(chosen);
            ui.getPage().reload();
        }
    }

    /** Shows times in the zone from now on (null: the society's). */
    public static void useZone(ZoneId zone) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(ZONE, zone == null ? null : zone.getId());
        }
    }
}
