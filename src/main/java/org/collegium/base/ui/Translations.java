package org.collegium.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Locale;
import org.collegium.base.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * Vaadin's view of {@link Messages}: {@code getTranslation(key, args)} in a view reads the same bundles as services
 * do. Each new browser tab's UI starts in the language the request was made in (the person's choice, account or
 * browser: accounts/ui/PreferencesFilter), so a view and the services it calls agree.
 */
@Component
public class Translations implements I18NProvider, VaadinServiceInitListener {

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.in(locale, key, params);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale language = Messages.current();
            init.getUI().setLocale(language);
            // the page says which language it is in, so that a screen reader pronounces it right
            init.getUI().getPage().executeJs("document.documentElement.lang = $0",
                    Messages.PSEUDO.equals(language) ? "en" : Messages.tag(language));
            // Vaadin's connection indicator ("Online", "Connection lost…") speaks the person's language too
            init.getUI().getPage().executeJs("const c = window.Vaadin && window.Vaadin.connectionIndicator;"
                    + " if (c) { c.onlineText = $0; c.offlineText = $1; c.reconnectingText = $2; }",
                    Messages.t("base.connection.online"), Messages.t("base.connection.offline"),
                    Messages.t("base.connection.reconnecting"));
        });
        // the first page load, too: screen readers read the language before any script runs
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html")
                .attr("lang", Messages.tag(Messages.current())));
    }
}
