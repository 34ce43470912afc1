package org.collegium.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.collegium.accounts.service.AccountService;
import org.collegium.accounts.service.AccountView;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.RowOpening;

/**
 * Administrators find, create and edit user accounts. The grid pages and sorts in the database; a row opens on
 * click or Enter. Each row reads the email with the name, roles and state below it, so that a phone shows it
 * without panning sideways.
 */
@Route("admin/accounts")
@Menu(order = 90, title = "accounts.menu.accounts", icon = "vaadin:users")
@RolesAllowed(Access.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService service;
    private final SocietyClock clock;
    private final TextField search = new TextField();
    final Grid<AccountView> grid = new Grid<>(AccountView.class, false);

    private final AffiliateService affiliates;

    public AccountsView(AccountService service, AffiliateService affiliates, SocietyClock clock) {
        this.service = service;
        this.affiliates = affiliates;
        this.clock = clock;
        setSizeFull();
        search.setPlaceholder(Messages.t("accounts.list.search.placeholder"));
        search.setAriaLabel(Messages.t("accounts.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setMaxWidth("22rem");
        search.setWidthFull();
        Button create = new Button(Messages.t("accounts.list.new"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(search, create);
        tools.setWidthFull();
        tools.setWrap(true);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(tools, configureGrid());
    }

    private Grid<AccountView> configureGrid() {
        grid.addColumn(LitRenderer.<AccountView>of("""
                <div class="account-cell"><strong>${item.email}</strong>\
                <div class="secondary">${item.details}</div></div>""")
                .withProperty("email", AccountView::email)
                .withProperty("details", this::details))
                .setHeader(Messages.t("accounts.list.account")).setKey("email").setSortable(true).setFlexGrow(1)
                .setWidth("14rem");
        grid.addColumn(a -> clock.format(a.lastLoginAt())).setHeader(Messages.t("accounts.list.last-sign-in"))
                .setKey("lastLoginAt").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> service.find(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) service.count(search.getValue()));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setColumnReorderingAllowed(false);
        RowOpening.opens(grid, this::openDialog);
        grid.setSizeFull();
        return grid;
    }

    /** "Name · Roles · State": the state in words, so that it is not told by colour. */
    private String details(AccountView a) {
        return a.displayName() + " · " + a.roles().stream().map(role -> Messages.t(role.labelKey())).collect(Collectors.joining(", "))
                + " · " + status(a);
    }

    private String status(AccountView a) {
        return a.enabled() ? Messages.t("accounts.list.active") : Messages.t("accounts.list.disabled");
    }

    private void openDialog(AccountView account) {
        new AccountDialog(service, affiliates.options(), account, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("accounts.list.title");
    }
}
