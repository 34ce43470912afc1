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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.RowOpening;
import org.collegium.base.ui.Notifications;
import org.collegium.notifications.domain.OutboxStatus;
import org.collegium.notifications.service.OutboxService;
import org.collegium.notifications.service.OutboxService.MessageView;

/**
 * Every email the portal wrote, newest first. Without a mail server the emails stay here, so a demo (or a
 * person waiting for a link) can read them.
 */
@Route("admin/outbox")
@Menu(order = 91, title = "notifications.menu.outbox", icon = "vaadin:envelopes")
@RolesAllowed(Access.ADMIN)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

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
            Paragraph note = new Paragraph(Messages.t("notifications.outbox.no-server"));
            note.addClassName("notice");
            add(note);
        }
        status.setLabel(Messages.t("notifications.outbox.status"));
        status.setItems(OutboxStatus.values());
        status.setItemLabelGenerator(s -> s == null ? Messages.t("notifications.outbox.status.all") : label(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(Messages.t("notifications.outbox.status.all"));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setLabel(Messages.t("notifications.outbox.search"));
        search.setPlaceholder(Messages.t("notifications.outbox.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(status, search);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters, configureGrid());
    }

    private Grid<MessageView> configureGrid() {
        grid.addColumn(m -> clock.format(m.createdAt())).setHeader(Messages.t("notifications.outbox.column.written"))
                .setAutoWidth(true);
        grid.addColumn(MessageView::recipient).setHeader(Messages.t("notifications.outbox.column.to"))
                .setAutoWidth(true);
        grid.addColumn(MessageView::subject).setHeader(Messages.t("notifications.outbox.column.subject"))
                .setWidth("18rem").setFlexGrow(1);
        grid.addColumn(m -> label(m.status())).setHeader(Messages.t("notifications.outbox.column.status"))
                .setAutoWidth(true);
        grid.addColumn(m -> Formats.integer(m.attempts())).setHeader(Messages.t("notifications.outbox.column.attempts"))
                .setAutoWidth(true);
        grid.addColumn(MessageView::lastError).setHeader(Messages.t("notifications.outbox.column.last-error"))
                .setAutoWidth(true);
        grid.setItems(query -> service.find(status.getValue(), search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) service.count(status.getValue(), search.getValue()));
        RowOpening.opens(grid, this::show); // on click and on Enter
        grid.setSizeFull();
        return grid;
    }

    private String label(OutboxStatus status) {
        return switch (status) {
            case PENDING -> Messages.t(service.isMailServerConfigured() ? "notifications.outbox.status.PENDING"
                    : "notifications.outbox.status.KEPT");
            case SENT -> Messages.t("notifications.outbox.status.SENT");
            case FAILED -> Messages.t("notifications.outbox.status.FAILED");
        };
    }

    private void show(MessageView message) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(message.subject());
        dialog.setWidth("48rem");
        Paragraph meta = new Paragraph(Messages.t("notifications.outbox.message.meta", message.recipient(),
                clock.format(message.createdAt()), label(message.status())
                        + (message.sentAt() == null ? "" : " " + clock.format(message.sentAt()))));
        Pre body = new Pre(message.body());
        body.addClassName("mail-body");
        dialog.add(meta, body);
        if (message.status() == OutboxStatus.FAILED) {
            dialog.getFooter().add(new Button(Messages.t("notifications.outbox.retry"), VaadinIcon.REFRESH.create(), e -> {
                service.retry(message.id());
                Notifications.success(Messages.t("notifications.outbox.retried"));
                dialog.close();
                grid.getDataProvider().refreshAll();
            }));
        }
        dialog.getFooter().add(new Button(Messages.t("notifications.outbox.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return Messages.t("notifications.page-title");
    }
}
