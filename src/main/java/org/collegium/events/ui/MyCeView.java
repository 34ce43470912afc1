package org.collegium.events.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.events.service.CeService;
import org.collegium.events.service.CeService.CreditLine;
import org.collegium.events.service.CeService.Transcript;

/** A member's CE transcript: every award with its certificate, totals per type and per two-year period. */
@Route("my/ce")
@Menu(order = 7, title = "events.menu.my-ce", icon = "vaadin:academy-cap")
@RolesAllowed(Access.MEMBER)
public class MyCeView extends VerticalLayout implements HasDynamicTitle {

    /** The evaluations feature's page where a member fills in their events' evaluations (by address). */
    static final String EVALUATIONS_PATH = "my/evaluations";

    final Grid<CreditLine> grid = new Grid<>();

    public MyCeView(CeService ce, SocietyClock clock) {
        Transcript t;
        try {
            t = ce.transcript();
        } catch (BusinessRuleException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        // a phone shows the event (with its date, type and certificate number below), the hours and the PDF
        grid.addComponentColumn(c -> eventCell(c, clock)).setHeader(Messages.t("events.ce.column.event"))
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(c -> Formats.decimal(c.hours(), 2)).setHeader(Messages.t("events.ce.column.hours"))
                .setAutoWidth(true).setFlexGrow(0);
        // issue 16: a certificate that waits for the event's evaluation says so, with the way to it
        Map<Long, String> withheld = ce.withheldCertificates();
        grid.addComponentColumn(c -> withheld.containsKey(c.id())
                ? new Anchor(EVALUATIONS_PATH, Messages.t("events.ce.evaluate-first"))
                : CertificateLink.of(c.id(), c.certificateNumber(), ce::certificate))
                .setHeader(Messages.t("events.ce.column.pdf")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(t.credits());
        grid.setAllRowsVisible(true);
        UnorderedList byType = new UnorderedList();
        t.totalsByType().forEach((type, hours) -> byType.add(new ListItem(Messages.t("events.ce.total-type",
                Messages.t(type.key()), Formats.decimal(hours, 2)))));
        UnorderedList byPeriod = new UnorderedList();
        t.totalsByPeriod().forEach(p -> byPeriod.add(new ListItem(Messages.t("events.ce.total-period", p.period(),
                Messages.t(p.type().key()), Formats.decimal(p.hours(), 2)))));
        if (!withheld.isEmpty()) {
            add(new Paragraph(Messages.t("events.ce.withheld", withheld.size())));
        }
        add(t.credits().isEmpty() ? new Paragraph(Messages.t("events.ce.none"))
                : grid, new H2(Messages.t("events.ce.per-type")), byType, new H2(Messages.t("events.ce.per-period")),
                byPeriod, new HorizontalLayout(CertificateLink.download(ce::transcriptPdf,
                        Messages.t("events.ce.transcript-pdf")), CertificateLink.download(ce::transcriptCsv,
                        Messages.t("events.ce.transcript-csv"))));
    }

    private static Div eventCell(CreditLine c, SocietyClock clock) {
        Span title = new Span(c.title());
        title.getStyle().set("display", "block");
        Span facts = new Span(Messages.t("events.ce.line", clock.formatShortDate(c.date()), Messages.t(c.type().key()),
                c.certificateNumber()));
        facts.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return new Div(title, facts);
    }

    @Override
    public String getPageTitle() {
        return Messages.t("events.title.my-ce");
    }
}
