package org.collegium.events.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.events.service.CeService;
import org.collegium.events.service.CeService.CreditLine;
import org.collegium.events.service.CeService.Transcript;

/** A member's CE transcript: every award with its certificate, totals per type and per two-year period. */
@Route("my/ce")
@PageTitle("My CE")
@Menu(order = 7, title = "My CE", icon = "vaadin:academy-cap")
@RolesAllowed(Access.MEMBER)
public class MyCeView extends VerticalLayout {

    final Grid<CreditLine> grid = new Grid<>();

    public MyCeView(CeService ce, SocietyClock clock) {
        Transcript t;
        try {
            t = ce.transcript();
        } catch (BusinessRuleException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        grid.addColumn(c -> clock.formatShortDate(c.date())).setHeader("Date").setAutoWidth(true);
        grid.addColumn(CreditLine::title).setHeader("Event").setWidth("18rem").setFlexGrow(1);
        grid.addColumn(c -> c.hours().stripTrailingZeros().toPlainString()).setHeader("Hours").setAutoWidth(true);
        grid.addColumn(c -> c.type().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(CreditLine::certificateNumber).setHeader("Certificate number").setAutoWidth(true);
        grid.addComponentColumn(c -> CertificateLink.of(c.id(), c.certificateNumber(), ce::certificate))
                .setHeader("PDF").setAutoWidth(true);
        grid.setItems(t.credits());
        grid.setAllRowsVisible(true);
        UnorderedList byType = new UnorderedList();
        t.totalsByType().forEach((type, hours) -> byType.add(new ListItem(type.label() + ": "
                + hours.stripTrailingZeros().toPlainString() + " hours")));
        UnorderedList byPeriod = new UnorderedList();
        t.totalsByPeriod().forEach(p -> byPeriod.add(new ListItem(p.period() + " · " + p.type().label() + ": "
                + p.hours().stripTrailingZeros().toPlainString() + " hours")));
        add(t.credits().isEmpty() ? new Paragraph("No CE awards yet. Attending a training earns its CE hours.")
                : grid, new H3("Total per type"), byType, new H3("Per two-year period"), byPeriod,
                new HorizontalLayout(CertificateLink.download(ce::transcriptPdf, "Transcript (PDF)"),
                        CertificateLink.download(ce::transcriptCsv, "Transcript (CSV)")));
    }
}
