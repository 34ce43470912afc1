package org.collegium.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.collegium.base.domain.Access;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountService;
import org.collegium.accounts.service.AccountView;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.base.service.SocietyClock;

/** Administrators find, create and edit user accounts. The grid pages and sorts in the database. */
@Route("admin/accounts")
@PageTitle("User accounts")
@Menu(order = 90, title = "User accounts", icon = "vaadin:users")
@RolesAllowed(Access.ADMIN)
public class AccountsView extends VerticalLayout {

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
        search.setPlaceholder("Search by email or name");
        search.setAriaLabel("Search accounts");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setWidth("22rem");
        Button create = new Button("New account", VaadinIcon.PLUS.create(), e -> openDialog(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(search, create), configureGrid());
    }

    private Grid<AccountView> configureGrid() {
        grid.addColumn(AccountView::email).setHeader("Email").setKey("email").setSortable(true).setAutoWidth(true);
        grid.addColumn(AccountView::displayName).setHeader("Name").setKey("displayName").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setAutoWidth(true);
        grid.addColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> clock.format(a.lastLoginAt())).setHeader("Last sign-in").setKey("lastLoginAt")
                .setSortable(true).setAutoWidth(true);
        grid.setItems(query -> service.find(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) service.count(search.getValue()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                openDialog(e.getValue());
            }
        });
        grid.setSizeFull();
        return grid;
    }

    private String status(AccountView a) {
        return a.enabled() ? "Active" : "Disabled";
    }

    private void openDialog(AccountView account) {
        AccountDialog dialog = new AccountDialog(service, affiliates.options(), account, this::refresh);
        // a cancelled dialog deselects too, so the same row can be opened again
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.asSingleSelect().clear();
            }
        });
        dialog.open();
    }

    private void refresh() {
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }
}
