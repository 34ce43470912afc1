package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.base.ui.RowOpening;
import org.collegium.members.domain.ApplicationStatus;
import org.collegium.members.service.ApplicationService;
import org.collegium.members.service.ApplicationService.ApplicationView;

/**
 * The approval queue: join and renewal requests, oldest first, approved or declined with a note. Each row's
 * Approve and Decline stay in view at the grid's end, on a phone as on a desktop; the applicant's details are in
 * the first column's second line, so the grid needs no sideways scrolling to decide.
 */
@Route("applications")
@Menu(order = 11, title = "membership.menu.applications", icon = "vaadin:inbox")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN})
public class ApplicationsView extends VerticalLayout implements HasDynamicTitle {

    /** Which decision a dialog offers: both (the row was opened), or the one the row's button named. */
    private enum Offer {
        BOTH, APPROVE, DECLINE
    }

    private final ApplicationService service;
    final Grid<ApplicationView> grid = new Grid<>();

    public ApplicationsView(ApplicationService service, SocietyClock clock) {
        this.service = service;
        setSizeFull();
        // three columns fit 390 px: who and what (three lines), the status in words, and the decisions
        grid.addColumn(LitRenderer.<ApplicationView>of("""
                        <div class="font-semibold">${item.name}</div>
                        <div>${item.request}</div>
                        <div class="text-s text-secondary" style="overflow-wrap:anywhere">${item.details}</div>""")
                        .withProperty("name", ApplicationView::name)
                        .withProperty("request", a -> getTranslation("membership.applications.request", kind(a),
                                a.typeName(), clock.format(a.submittedAt())))
                        .withProperty("details", this::details))
                .setHeader(getTranslation("membership.applications.column.applicant")).setFlexGrow(1)
                .setWidth("10rem").setKey("applicant");
        grid.addColumn(ApplicationView::statusLabel).setHeader(getTranslation("membership.applications.column.status"))
                .setFlexGrow(0).setWidth("8rem").setKey("status");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("membership.applications.column.actions"))
                .setFlexGrow(0).setAutoWidth(true).setFrozenToEnd(true).setTextAlign(ColumnTextAlign.END)
                .setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setColumnReorderingAllowed(false);
        grid.setItems(q -> service.pending(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.countQueued());
        RowOpening.opens(grid, a -> review(a, Offer.BOTH));
        grid.setEmptyStateText(getTranslation("membership.applications.empty"));
        grid.setSizeFull();
        add(new Paragraph(getTranslation("membership.applications.intro")), grid);
    }

    /** The second line of the applicant column: email, credentials, discipline, place, affiliate. */
    private String details(ApplicationView a) {
        return String.join(" · ", Stream.of(a.email(), a.credentials(), a.discipline(),
                a.place().isEmpty() ? null : a.place(), a.affiliateName() == null ? null
                        : getTranslation("membership.applications.affiliate", a.affiliateName()))
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    private String kind(ApplicationView a) {
        return getTranslation("membership.application.kind." + a.kind().name());
    }

    private HorizontalLayout actions(ApplicationView a) {
        Button approve = new Button(VaadinIcon.CHECK.create(), e -> review(a, Offer.APPROVE));
        String approveLabel = getTranslation("membership.applications.approve-row", a.name());
        approve.setAriaLabel(approveLabel);
        approve.setTooltipText(approveLabel);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        // granted by the applicant's own link; the board may only turn it away meanwhile
        approve.setEnabled(a.status() != ApplicationStatus.UNCONFIRMED);
        Button decline = new Button(VaadinIcon.CLOSE.create(), e -> review(a, Offer.DECLINE));
        String declineLabel = getTranslation("membership.applications.decline-row", a.name());
        decline.setAriaLabel(declineLabel);
        decline.setTooltipText(declineLabel);
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        HorizontalLayout buttons = new HorizontalLayout(approve, decline);
        buttons.setSpacing(false);
        buttons.addClassName("gap-xs");
        return buttons;
    }

    private void review(ApplicationView a, Offer offer) {
        Dialog dialog = new Dialog(getTranslation("membership.applications.dialog.title", kind(a), a.name()));
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        List<String> who = new ArrayList<>();
        who.add(a.email());
        if (a.credentials() != null) {
            who.add(a.credentials());
        }
        who.add(a.discipline());
        if (!a.place().isEmpty()) {
            who.add(a.place());
        }
        String requested = getTranslation("membership.applications.dialog.requested", a.typeName(), a.dues());
        if (a.affiliateName() != null) {
            requested += " · " + getTranslation("membership.applications.affiliate", a.affiliateName());
        }
        dialog.add(new Paragraph(String.join(" · ", who)), new Paragraph(requested));
        if (a.message() != null) {
            dialog.add(new Paragraph(getTranslation("membership.applications.dialog.message", a.message())));
        }
        TextArea note = new TextArea(getTranslation("membership.applications.dialog.note"));
        note.setWidthFull();
        dialog.add(note);
        Button approve = new Button(getTranslation("membership.applications.approve"), e -> decide(dialog,
                () -> service.approve(a.id(), note.getValue(), a.version()),
                getTranslation("membership.applications.approved", a.name())));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        if (a.status() == ApplicationStatus.UNCONFIRMED) {
            approve.setEnabled(false);
            dialog.add(new Paragraph(getTranslation("membership.applications.dialog.unconfirmed")));
        }
        Button decline = new Button(getTranslation("membership.applications.decline"), e -> decide(dialog,
                () -> service.decline(a.id(), note.getValue(), a.version()),
                getTranslation("membership.applications.declined", a.name())));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("membership.applications.close"), e -> dialog.close()));
        if (offer != Offer.APPROVE) {
            dialog.getFooter().add(decline);
        }
        if (offer != Offer.DECLINE) {
            dialog.getFooter().add(approve);
        }
        dialog.open();
        if (offer == Offer.DECLINE) {
            note.focus(); // the note is what a decline needs
        }
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

    @Override
    public String getPageTitle() {
        return getTranslation("membership.applications.title");
    }
}
