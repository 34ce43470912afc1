package org.collegium.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietySettingsService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in page. The side navigation lists only the views the signed-in person may
 * open: Vaadin's menu filters the {@code @Menu} views through the same access rules that guard navigation, and a
 * feature's {@link MenuGate} may hide an entry whose page waits for something about the person.
 * <p>
 * Every part of the page is in a landmark: the top bar is the banner ({@code header}) with the page's title as its
 * one level-one heading, the drawer is a {@code nav} (menu, the person's account links, the language switch and a
 * Sign out button always in view), and the page itself is inside {@code main}. The first thing the keyboard reaches
 * is "Skip to content", which moves the focus into the main content.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The id of the main landmark, where "Skip to content" moves the focus. */
    public static final String MAIN_ID = "main-content";

    private final H1 viewTitle = new H1();
    private final Main main = new Main();
    private Component view;
    /** Whether a view was shown before in this layout: the first one comes with the page's load, and keeps it. */
    private boolean shownBefore;
    /** Whether the view just changed, so that the focus moves into the main landmark after the navigation. */
    private boolean viewChanged;

    public MainLayout(AuthenticationContext auth, SocietySettingsService settings, ObjectProvider<MenuGate> gates,
            ObjectProvider<LanguageMemory> memory) {
        setPrimarySection(Section.DRAWER);
        setI18n(new AppLayoutI18n().setDrawer(Messages.t("base.menu.label")));
        main.setId(MAIN_ID);
        main.addClassName("main-content");
        main.getElement().setAttribute("tabindex", "-1"); // focusable by the skip link, not by Tab

        Span brand = new Span(settings.current().societyName());
        brand.addClassName("brand");
        Div drawerHeader = new Div(brand);
        drawerHeader.addClassName("drawer-header");
        Scroller menu = new Scroller(navigation(gates.stream().toList()));
        menu.addClassName("drawer-menu");
        Nav drawer = new Nav(drawerHeader, menu, footer(auth, memory));
        drawer.addClassName("drawer");
        drawer.getElement().setAttribute("aria-label", Messages.t("base.menu.label"));
        addToDrawer(drawer);

        viewTitle.addClassName("view-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(Messages.t("base.menu.toggle"));
        toggle.setTooltipText(Messages.t("base.menu.toggle"));
        Header banner = new Header(skipLink(), toggle, viewTitle);
        banner.addClassName("navbar");
        addToNavbar(banner);
    }

    /** "Skip to content": hidden until it has the keyboard focus; moves the focus to the main landmark. */
    private static Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, Messages.t("base.layout.skip"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault(); "
                + "const main = document.getElementById($0); if (main) { main.focus(); main.scrollIntoView(); } });",
                MAIN_ID);
        return skip;
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
        String title = text(entry.title());
        return entry.icon() == null
                ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    /** A title that is a bundle key, in the person's language; any other title as it is written. */
    private static String text(String title) {
        return title != null && Messages.has(title) ? Messages.t(title) : title;
    }

    /** Who is signed in, their own pages, the language and Sign out: always in view below the menu. */
    private static Component footer(AuthenticationContext auth, ObjectProvider<LanguageMemory> memory) {
        Span who = new Span(auth.getPrincipalName().orElse(""));
        who.addClassName("drawer-user");
        Anchor preferences = new Anchor("account/preferences", Messages.t("base.menu.preferences"));
        Anchor password = new Anchor("account/password", Messages.t("base.menu.password"));
        Div links = new Div(preferences, password);
        links.addClassName("drawer-links");
        LanguageSwitch languages = new LanguageSwitch(Messages.current(),
                language -> memory.ifAvailable(m -> m.remember(language)));
        Button signOut = new Button(Messages.t("base.menu.sign-out"), VaadinIcon.SIGN_OUT.create(),
                e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        signOut.addClassName("sign-out");
        Div footer = new Div(who, links, languages, signOut);
        footer.addClassName("drawer-footer");
        return footer;
    }

    /** The view goes inside the main landmark (the layout's content is always {@link #main}). */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        Component shown = content == null ? null : content.getElement().getComponent().orElse(null);
        if (shown != view || shown != null && shown.getParent().orElse(null) != main) {
            main.removeAll();
            if (shown != null) {
                main.add(shown);
            }
        }
        viewChanged = shown != view && shownBefore;
        shownBefore |= shown != null;
        view = shown;
        if (getContent() != main) {
            super.showRouterLayoutContent(main);
        } else if (isOverlay()) {
            setDrawerOpened(false); // as the app layout does after each navigation
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        oldContent.getElement().removeFromParent();
        if (view != null && view.getElement() == oldContent.getElement()) {
            view = null;
        }
    }

    /** The view being shown (the layout's own content is the main landmark around it). */
    public Component view() {
        return view;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(view == null ? "" : MenuConfiguration.getPageHeader(view).map(MainLayout::text).orElse(""));
        if (viewChanged) {
            viewChanged = false;
            focusMain();
        }
    }

    /**
     * After a navigation inside the portal the focus moves to the main landmark (unless the new view put it inside
     * already), so that the next Tab reaches the new page's first control instead of starting over at the top (the
     * link or row that had the focus is gone) and a screen reader reads on from the new content.
     */
    private void focusMain() {
        main.getElement().executeJs("if (!this.contains(document.activeElement)) { this.focus({preventScroll: true}); }");
    }
}
