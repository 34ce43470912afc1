package org.collegium.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.notifications.domain.OutboxStatus;
import org.collegium.notifications.service.OutboxService;
import org.collegium.notifications.service.OutboxService.MessageView;

/**
 * Every email the portal wrote, newest first. Without a mail server the emails stay here, so a demo (or a
 * person waiting for a link) can read them.
 */
@Route("admin/outbox")
@PageTitle("Outbox")
@Menu(order = 91, title = "Outbox", icon = "vaadin:envelopes")
@RolesAllowed(Access.ADMIN)
public class OutboxView extends VerticalLayout {

    private final OutboxService service;
    private final SocietyClock clock;
    private final Select<OutboxStatus> status = new Select<>();
    private final TextField search = new TextField();
    final Grid<MessageView> grid = new Grid<>();

    public OutboxView(OutboxService service, SocietyClock clock) {
        this.service = service;
        this.clock = clock;
        setSizeFull();
        if (!service.isMailServerConfigured()) {
            Paragraph note = new Paragraph("No mail server is configured, so emails are kept here and not sent. "
                    + "Set SPRING_MAIL_HOST (and its port and login) to send them.");
            note.addClassName("notice");
            add(note);
        }
        status.setLabel("Status");
        status.setItems(OutboxStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setLabel("Search");
        search.setPlaceholder("Recipient or subject");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(status, search);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters, configureGrid());
    }

    private Grid<MessageView> configureGrid() {
        grid.addColumn(m -> clock.format(m.createdAt())).setHeader("Written").setAutoWidth(true);
        grid.addColumn(MessageView::recipient).setHeader("To").setAutoWidth(true);
        grid.addColumn(MessageView::subject).setHeader("Subject").setWidth("18rem").setFlexGrow(1);
        grid.addColumn(m -> label(m.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(MessageView::attempts).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(MessageView::lastError).setHeader("Last error").setAutoWidth(true);
        grid.setItems(query -> service.find(status.getValue(), search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) service.count(status.getValue(), search.getValue()));
        grid.addItemClickListener(e -> show(e.getItem()));
        grid.setSizeFull();
        return grid;
    }

    private String label(OutboxStatus status) {
        return switch (status) {
            case PENDING -> service.isMailServerConfigured() ? "Waiting to be sent" : "Kept (no mail server)";
            case SENT -> "Sent";
            case FAILED -> "Failed";
        };
    }

    private void show(MessageView message) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(message.subject());
        dialog.setWidth("48rem");
        Paragraph meta = new Paragraph("To " + message.recipient() + " · written " + clock.format(message.createdAt())
                + " · " + label(message.status()) + (message.sentAt() == null ? "" : " " + clock.format(message.sentAt())));
        Pre body = new Pre(message.body());
        body.addClassName("mail-body");
        dialog.add(meta, body);
        if (message.status() == OutboxStatus.FAILED) {
            dialog.getFooter().add(new Button("Try again", VaadinIcon.REFRESH.create(), e -> {
                service.retry(message.id());
                Notifications.success("The email will be sent again.");
                dialog.close();
                grid.getDataProvider().refreshAll();
            }));
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
