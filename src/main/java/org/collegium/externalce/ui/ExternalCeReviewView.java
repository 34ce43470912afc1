package org.collegium.externalce.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.base.ui.RowOpening;
import org.collegium.externalce.domain.ExternalCeStatus;
import org.collegium.externalce.service.CeCertificates;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeLine;
import org.collegium.externalce.service.ExternalCeReview;

/**
 * The board's review of external CE: the records waiting (or those verified, or declined), a page at a time; the
 * chosen one's facts and certificate; verify (the hours count) or decline with a note (they do not; declining a
 * verified record un-verifies it).
 */
@Route("external-ce")
@Menu(order = 46, title = "externalce.menu.review", icon = "vaadin:diploma")
@RolesAllowed({Access.BOARD, Access.ADMIN})
public class ExternalCeReviewView extends VerticalLayout implements HasDynamicTitle {

    final Select<ExternalCeStatus> status = new Select<>();
    final Grid<ExternalCeLine> grid = new Grid<>();
    final Div details = new Div();
    final TextArea note = new TextArea(Messages.t("externalce.review.note"));
    final Button verify = new Button(Messages.t("externalce.review.verify"));
    final Button decline = new Button(Messages.t("externalce.review.decline"));
    private final ExternalCeReview review;
    private final CeCertificates certificates;
    private final SocietyClock clock;
    private ExternalCeLine chosen;

    public ExternalCeReviewView(ExternalCeReview review, CeCertificates certificates, SocietyClock clock) {
        this.review = review;
        this.certificates = certificates;
        this.clock = clock;
        status.setLabel(Messages.t("externalce.review.status"));
        status.setItems(ExternalCeStatus.values());
        status.setItemLabelGenerator(s -> Messages.t("externalce.status." + s.name()));
        status.setValue(ExternalCeStatus.PENDING);
        status.addValueChangeListener(e -> {
            choose(null);
            refresh();
        });
        grid.addComponentColumn(this::summary).setHeader(Messages.t("externalce.column.course")).setFlexGrow(1);
        grid.addColumn(CeText::status).setHeader(Messages.t("externalce.column.status")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("24rem");
        RowOpening.opens(grid, this::choose);
        note.setWidthFull();
        note.setHelperText(Messages.t("externalce.review.note.help"));
        note.setMaxLength(1000);
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(e -> act(() -> review.verify(chosen.id(), note.getValue(), chosen.version()),
                "externalce.review.verified"));
        decline.addClickListener(e -> act(() -> review.decline(chosen.id(), note.getValue(), chosen.version()),
                "externalce.review.declined"));
        add(new Paragraph(Messages.t("externalce.review.intro")), status, grid,
                new H2(Messages.t("externalce.review.chosen")), details, note, new HorizontalLayout(verify, decline));
        choose(null);
        refresh();
    }

    private Component summary(ExternalCeLine l) {
        Span facts = new Span(CeText.facts(l, clock));
        facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return new Div(new Div(Messages.t("externalce.review.line", l.member(), l.title())), facts);
    }

    void choose(ExternalCeLine l) {
        chosen = l;
        details.removeAll();
        note.clear();
        note.setInvalid(false);
        boolean any = l != null;
        verify.setEnabled(any && l.status() != ExternalCeStatus.VERIFIED);
        decline.setEnabled(any && l.status() != ExternalCeStatus.DECLINED);
        decline.setText(Messages.t(any && l.status() == ExternalCeStatus.VERIFIED ? "externalce.review.unverify"
                : "externalce.review.decline"));
        note.setEnabled(any);
        if (!any) {
            details.add(new Paragraph(Messages.t("externalce.review.none-chosen")));
            return;
        }
        details.add(new Paragraph(Messages.t("externalce.review.line", l.member(), l.title())),
                new Paragraph(CeText.facts(l, clock)), new Paragraph(CeText.status(l)));
        if (l.reviewedBy() != null) {
            details.add(new Paragraph(Messages.t("externalce.review.decided-by", l.reviewedBy(),
                    clock.format(l.reviewedAt()))));
        }
        details.add(new Paragraph(CertificateLink.of(l, certificates)));
    }

    private void act(Runnable action, String done) {
        if (chosen == null) {
            return;
        }
        try {
            action.run();
            Notifications.success(Messages.t(done));
            choose(null);
            refresh();
        } catch (InvalidInputException ex) {
            note.setErrorMessage(ex.fieldErrors().get("note"));
            note.setInvalid(true);
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private void refresh() {
        ExternalCeStatus s = status.getValue();
        grid.setItems(q -> review.queue(s, q.getOffset(), q.getLimit()).stream(), q -> (int) review.count(s));
    }

    @Override
    public String getPageTitle() {
        return Messages.t("externalce.menu.review");
    }
}
