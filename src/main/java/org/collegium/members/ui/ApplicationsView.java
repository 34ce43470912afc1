package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.members.domain.ApplicationStatus;
import org.collegium.members.service.ApplicationService;
import org.collegium.members.service.ApplicationService.ApplicationView;

/** The approval queue: join and renewal requests, oldest first, approved or declined with a note. */
@Route("applications")
@PageTitle("Applications")
@Menu(order = 11, title = "Applications", icon = "vaadin:inbox")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class ApplicationsView extends VerticalLayout {

    private final ApplicationService service;
    final Grid<ApplicationView> grid = new Grid<>();

    public ApplicationsView(ApplicationService service, SocietyClock clock) {
        this.service = service;
        setSizeFull();
        grid.addColumn(a -> clock.format(a.submittedAt())).setHeader("Received").setAutoWidth(true);
        grid.addColumn(a -> a.kind().label()).setHeader("Request").setAutoWidth(true);
        grid.addColumn(ApplicationView::statusLabel).setHeader("Status").setAutoWidth(true);
        grid.addColumn(ApplicationView::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(ApplicationView::credentials).setHeader("Credentials").setAutoWidth(true);
        grid.addColumn(ApplicationView::typeName).setHeader("Membership").setAutoWidth(true);
        grid.addColumn(ApplicationView::affiliateName).setHeader("Affiliate").setAutoWidth(true);
        grid.addColumn(ApplicationView::email).setHeader("Email").setAutoWidth(true);
        grid.setItems(q -> service.pending(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.countQueued());
        grid.addItemClickListener(e -> review(e.getItem()));
        grid.setEmptyStateText("No applications are waiting.");
        grid.setSizeFull();
        add(new Paragraph("Click a request to approve or decline it. Approving a join creates the member, their "
                + "first term and a login, and emails them. Joins awaiting email confirmation are granted when the "
                + "applicant opens the link they were emailed."), grid);
    }

    private void review(ApplicationView a) {
        Dialog dialog = new Dialog(a.kind().label() + ": " + a.name());
        dialog.setWidth("40rem");
        dialog.add(new Paragraph(a.email() + (a.credentials() == null ? "" : " · " + a.credentials()) + " · "
                + a.discipline() + (a.place().isEmpty() ? "" : " · " + a.place())),
                new Paragraph("Requested: " + a.typeName() + " (" + a.dues() + ")"
                        + (a.affiliateName() == null ? "" : " · affiliate " + a.affiliateName())));
        if (a.message() != null) {
            dialog.add(new Paragraph("Their message: " + a.message()));
        }
        TextArea note = new TextArea("Note (sent to the applicant when declining)");
        note.setWidthFull();
        dialog.add(note);
        Button approve = new Button("Approve", e -> decide(dialog, () -> service.approve(a.id(), note.getValue(),
                a.version()), "Approved: " + a.name() + " has been emailed."));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        if (a.status() == ApplicationStatus.UNCONFIRMED) {
            // granted by the applicant's own link; the board may only turn it away meanwhile
            approve.setEnabled(false);
            dialog.add(new Paragraph("Awaiting email confirmation: the applicant has not yet opened the link we "
                    + "emailed them. Opening it grants the membership (this type needs no approval)."));
        }
        Button decline = new Button("Decline", e -> decide(dialog, () -> service.decline(a.id(), note.getValue(),
                a.version()), "Declined: " + a.name() + " has been emailed."));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()), decline, approve);
        dialog.open();
    }

    private void decide(Dialog dialog, Runnable action, String success) {
        try {
            action.run();
            Notifications.success(success);
            dialog.close();
            grid.getDataProvider().refreshAll();
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }
}
