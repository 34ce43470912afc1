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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.Access;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.RowOpening;
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
@Menu(order = 30, title = "events.menu.events", icon = "vaadin:calendar")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class EventsView extends VerticalLayout implements HasDynamicTitle {

    /** The host filter's choice for events the national society hosts itself. */
    static AffiliateOption national() {
        return new AffiliateOption(0, Messages.t("events.host.national"));
    }

    final Select<When> when = new Select<>();
    final Select<EventKind> kind = new Select<>();
    final ComboBox<AffiliateOption> host = new ComboBox<>(Messages.t("events.list.host"));
    final Grid<EventSummary> grid = new Grid<>();
    private final EventService service;

    private final SocietyClock clock;

    public EventsView(EventService service, AffiliateService affiliates, AuthenticationContext auth,
            SocietyClock clock) {
        this.service = service;
        this.clock = clock;
        setSizeFull();
        when.setLabel(Messages.t("events.list.when"));
        when.setItems(When.values());
        when.setItemLabelGenerator(When::label);
        when.setValue(When.UPCOMING);
        kind.setLabel(Messages.t("events.list.type"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> k == null ? Messages.t("events.list.any") : Messages.t(k.key()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(Messages.t("events.list.any"));
        List<AffiliateOption> hosts = new ArrayList<>();
        hosts.add(national());
        hosts.addAll(affiliates.options());
        host.setItems(hosts);
        host.setItemLabelGenerator(AffiliateOption::name);
        host.setClearButtonVisible(true);
        host.setVisible(auth.hasAnyRole("ADMIN", "BOARD"));
        when.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        host.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button add = new Button(Messages.t("events.list.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(EventEditorView.class, EventEditorView.NEW)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(when, kind, host, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(e -> clock.formatAt(e.startsAt(), e.zone())).setHeader(Messages.t("events.list.starts"))
                .setKey("startsAt").setSortable(true).setAutoWidth(true); // the viewer's time, the event's beside it
        grid.addColumn(EventSummary::title).setHeader(Messages.t("events.list.title")).setKey("title").setSortable(true).setFlexGrow(1);
        grid.addColumn(e -> Messages.t(e.kind().key())).setHeader(Messages.t("events.list.type")).setKey("kind").setSortable(true).setAutoWidth(true);
        grid.addColumn(EventSummary::hostName).setHeader(Messages.t("events.list.host")).setAutoWidth(true);
        grid.addColumn(e -> Messages.t(e.status().key())).setHeader(Messages.t("events.list.status")).setKey("status").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(e -> Formats.integer(e.seatsTaken()) + " / " + Formats.integer(e.capacity()))
                .setHeader(Messages.t("events.list.seats-taken")).setAutoWidth(true);
        grid.setItems(q -> service.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.count(filter()));
        RowOpening.opens(grid, e -> getUI().ifPresent(ui -> ui.navigate(EventEditorView.class,
                String.valueOf(e.id())))); // on click and on Enter
        grid.setSizeFull();
        add(toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return Messages.t("events.title.events");
    }

    EventFilter filter() {
        return new EventFilter(when.getValue(), kind.getValue(), host.getValue() == null ? null : host.getValue().id());
    }
}
