package org.collegium.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.collegium.base.i18n.Messages;

/** The page shell: Lumo plus the portal's own styles (kept in frontend/styles). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/collegium.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Collegium");
        settings.addMetaTag("description", Messages.t("base.app.description"));
        // the tab's icon (browsers otherwise ask for /favicon.ico, which is not there)
        settings.addFavIcon("icon", "styles/icon.svg", "any");
    }
}
