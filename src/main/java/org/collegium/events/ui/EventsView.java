package org.collegium.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.SocietyClock;
import org.collegium.events.domain.EventKind;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventFilter;
import org.collegium.events.service.EventService.EventSummary;
import org.collegium.events.service.EventService.When;

/**
 * The events the caller manages: upcoming or past, by type and host. The grid pages and sorts in the database;
 * an affiliate administrator sees only their own affiliate's events.
 */
@Route("events")
@PageTitle("Events")
@Menu(order = 30, title = "Events", icon = "vaadin:calendar")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class EventsView extends VerticalLayout {

    /** The host filter's choice for events the national society hosts itself. */
    static final AffiliateOption NATIONAL = new AffiliateOption(0, "National");

    final Select<When> when = new Select<>();
    final Select<EventKind> kind = new Select<>();
    final ComboBox<AffiliateOption> host = new ComboBox<>("Host");
    final Grid<EventSummary> grid = new Grid<>();
    private final EventService service;

    public EventsView(EventService service, AffiliateService affiliates, AuthenticationContext auth) {
        this.service = service;
        setSizeFull();
        when.setLabel("When");
        when.setItems(When.values());
        when.setItemLabelGenerator(When::label);
        when.setValue(When.UPCOMING);
        kind.setLabel("Type");
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Any" : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any");
        List<AffiliateOption> hosts = new ArrayList<>();
        hosts.add(NATIONAL);
        hosts.addAll(affiliates.options());
        host.setItems(hosts);
        host.setItemLabelGenerator(AffiliateOption::name);
        host.setClearButtonVisible(true);
        host.setVisible(auth.hasAnyRole("ADMIN", "BOARD"));
        when.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        host.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button add = new Button("New event", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(EventEditorView.class, EventEditorView.NEW)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(when, kind, host, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(e -> SocietyClock.format(e.startsAt(), e.zone())).setHeader("Starts").setKey("startsAt")
                .setSortable(true).setAutoWidth(true); // each event's own clock time, its zone named
        grid.addColumn(EventSummary::title).setHeader("Title").setKey("title").setSortable(true).setFlexGrow(1);
        grid.addColumn(e -> e.kind().label()).setHeader("Type").setKey("kind").setSortable(true).setAutoWidth(true);
        grid.addColumn(EventSummary::hostName).setHeader("Host").setAutoWidth(true);
        grid.addColumn(e -> e.status().label()).setHeader("Status").setKey("status").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(e -> e.seatsTaken() + " / " + e.capacity()).setHeader("Seats taken").setAutoWidth(true);
        grid.setItems(q -> service.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EventEditorView.class,
                String.valueOf(e.getItem().id()))));
        grid.setSizeFull();
        add(toolbar, grid);
    }

    EventFilter filter() {
        return new EventFilter(when.getValue(), kind.getValue(), host.getValue() == null ? null : host.getValue().id());
    }
}
