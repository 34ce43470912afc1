package org.collegium.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.collegium.base.service.Messages;
import org.collegium.base.service.SocietySettingsService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in page. The side navigation lists only the views the signed-in person may
 * open: Vaadin's menu filters the {@code @Menu} views through the same access rules that guard navigation, and a
 * feature's {@link MenuGate} may hide an entry whose page waits for something about the person.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    public MainLayout(AuthenticationContext auth, SocietySettingsService settings, ObjectProvider<MenuGate> gates) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span(settings.current().societyName());
        brand.addClassName("brand");
        Div header = new Div(brand);
        header.addClassName("drawer-header");
        addToDrawer(header, new Scroller(navigation(gates.stream().toList())), userMenu(auth));
        viewTitle.addClassName("view-title");
        addToNavbar(new DrawerToggle(), viewTitle);
    }

    private static SideNav navigation(List<MenuGate> gates) {
        SideNav nav = new SideNav();
        nav.setLabel(Messages.t("base.menu.navigation"));
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> gates.stream().allMatch(g -> g.shows(stripSlash(entry.path()))))
                .forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** A menu entry's title is a bundle key ({@code @Menu(title = "members.menu.members")}). */
    private static SideNavItem item(MenuEntry entry) {
        String title = Messages.has(entry.title()) ? Messages.t(entry.title()) : entry.title();
        return entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    private static Component userMenu(AuthenticationContext auth) {
        String name = auth.getPrincipalName().orElse("");
        Avatar avatar = new Avatar(name);
        avatar.addThemeName("xsmall");
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var root = menu.addItem(avatar);
        root.add(new Span(name));
        root.getSubMenu().addItem(Messages.t("base.menu.preferences"),
                e -> menu.getUI().ifPresent(ui -> ui.navigate("account/preferences")));
        root.getSubMenu().addItem(Messages.t("base.menu.password"),
                e -> menu.getUI().ifPresent(ui -> ui.navigate("account/password")));
        root.getSubMenu().addItem(Messages.t("base.menu.sign-out"), e -> auth.logout());
        menu.addClassName("user-menu");
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
