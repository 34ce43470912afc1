package org.collegium.credentials.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.Formats;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.DownloadLink;
import org.collegium.credentials.service.ShortfallReport;
import org.collegium.credentials.service.ShortfallReport.Row;

/** Members short of their requirement in the current cycle, soonest end first, a page at a time; CSV export. */
@Route("reports/credentials-shortfall")
@Menu(order = 51, title = "credentials.menu.shortfall", icon = "vaadin:warning")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.OFFICER, Access.AFFILIATE_ADMIN})
public class ShortfallReportView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Row> grid = new Grid<>();
    final Paragraph count = new Paragraph();

    public ShortfallReportView(ShortfallReport report, SocietyClock clock) {
        grid.addComponentColumn(r -> {
            VerticalLayout cell = new VerticalLayout(new Span(r.memberName()), new Span(r.profile()));
            cell.setPadding(false);
            cell.setSpacing(false);
            return cell;
        }).setHeader(Messages.t("credentials.shortfall.column.member")).setFlexGrow(1);
        grid.addColumn(r -> Messages.t("credentials.shortfall.hours", Formats.decimal(r.counted(), 2),
                Formats.decimal(r.required(), 2), Formats.decimal(r.missing(), 2)))
                .setHeader(Messages.t("credentials.shortfall.column.hours")).setAutoWidth(true);
        grid.addColumn(r -> clock.formatShortDate(r.cycleEnd()))
                .setHeader(Messages.t("credentials.shortfall.column.ends")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(q -> report.page(q.getOffset(), q.getLimit()).stream(), q -> (int) report.count());
        count.setText(Messages.t("credentials.shortfall.count", report.count()));
        add(new H2(Messages.t("credentials.shortfall.heading")),
                new Paragraph(Messages.t("credentials.shortfall.explanation")), count,
                DownloadLink.of(DownloadHandler.fromInputStream(e -> {
                    byte[] csv = report.csv();
                    return new DownloadResponse(new ByteArrayInputStream(csv), report.csvName(),
                            "text/csv; charset=UTF-8", csv.length);
                }), Messages.t("credentials.shortfall.csv"), Messages.t("credentials.shortfall.csv-aria")), grid);
    }

    @Override
    public String getPageTitle() {
        return Messages.t("credentials.title.shortfall");
    }
}
