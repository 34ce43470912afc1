package org.collegium.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.DownloadLink;
import org.collegium.reports.service.ChartSpec;
import org.collegium.reports.service.ReportColumn;
import org.collegium.reports.service.ReportFiles;
import org.collegium.reports.service.ReportResult;
import org.collegium.reports.service.ReportRows;
import org.collegium.reports.service.ReportTable;

/**
 * The frame every report shares (its words in the viewer's language; the files' column headers stay English): the links between reports, a title and what the report counts, the filters, the
 * figures in a grid, an optional chart, and CSV and Excel downloads of exactly the rows the grid shows (the same
 * {@link ReportRows}: the held table of an aggregate report, or the same query, page by page, for a list).
 */
public class ReportPanel extends VerticalLayout {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final HorizontalLayout filters = new HorizontalLayout();
    final Grid<List<Object>> grid = new Grid<>();
    final SvgChart chart = new SvgChart();
    private final SocietyClock clock;
    private final String fileStem;
    private List<ReportColumn> shownColumns = List.of();
    private volatile ReportRows shown = new ReportTable(List.of(), List.of());
    private final Anchor csv;
    private final Anchor xlsx;

    public ReportPanel(String title, String explanation, String fileStem, SocietyClock clock) {
        this.clock = clock;
        this.fileStem = fileStem;
        setPadding(false);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        csv = download(Messages.t("reports.download.csv"), "csv", "text/csv; charset=UTF-8", false);
        xlsx = download(Messages.t("reports.download.excel"), "xlsx", XLSX, true);
        csv.setId("report-csv");
        xlsx.setId("report-xlsx");
        HorizontalLayout downloads = new HorizontalLayout(csv, xlsx);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setWidthFull();
        grid.setAriaLabel(title);
        add(new ReportLinks(), new H2(title), new Paragraph(explanation), filters, downloads, chart, grid);
    }

    public void addFilters(Component... components) {
        filters.add(components);
    }

    /** An aggregate report: the table, whole, and its chart if it has one. */
    public void show(ReportResult result) {
        chart.show(result.chart());
        setColumns(result.table().columns());
        List<List<Object>> rows = result.table().rows();
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 40);
        if (rows.size() > 40) {
            grid.setHeight("32rem");
        }
        shown = result.table();
        enableDownloads(true);
    }

    /** A list report: the grid pages through the rows in the database as it scrolls. */
    public void show(ReportRows rows) {
        chart.show(null);
        setColumns(rows.columns());
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        grid.setItems(q -> rows.page(q.getOffset(), q.getLimit()).stream(), q -> (int) rows.count());
        shown = rows;
        enableDownloads(true);
    }

    /** No result (the filters are invalid): no rows, no chart, and nothing to download. */
    public void clear() {
        chart.show(null);
        grid.setItems(List.of());
        shown = new ReportTable(shownColumns, List.of());
        enableDownloads(false);
    }

    private void enableDownloads(boolean enabled) {
        csv.setEnabled(enabled);
        xlsx.setEnabled(enabled);
    }

    public void showChart(ChartSpec spec) {
        chart.show(spec);
    }

    private void setColumns(List<ReportColumn> columns) {
        if (columns.equals(shownColumns)) {
            return;
        }
        grid.removeAllColumns();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            ReportColumn column = columns.get(i);
            boolean decimal = column.kind() == ReportColumn.Kind.DECIMAL;
            Grid.Column<List<Object>> added = grid.addColumn(row -> decimal ? decimal(row.get(index))
                    : format(row.get(index)))
                    .setHeader(column.label()).setAutoWidth(true).setResizable(true);
            if (column.kind() != ReportColumn.Kind.TEXT && column.kind() != ReportColumn.Kind.DATE) {
                added.setTextAlign(ColumnTextAlign.END);
            }
        }
        shownColumns = List.copyOf(columns);
    }

    String format(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate date -> clock.formatShortDate(date);
            case BigDecimal money -> Formats.money(money);
            case Long count -> Formats.integer(count);
            default -> value.toString();
        };
    }

    /** Hours or a rate: up to two decimals, no currency sign. */
    static String decimal(Object value) {
        if (!(value instanceof BigDecimal number)) {
            return value == null ? "" : value.toString();
        }
        return Formats.decimal(number, 2);
    }

    /** The rows now shown (what a download writes). */
    public ReportRows shown() {
        return shown;
    }

    private Anchor download(String label, String extension, String contentType, boolean excel) {
        DownloadHandler handler = event -> {
            // downloads run outside the UI lock: the rows shown were fixed when the grid was filled
            ReportRows rows = shown;
            event.setFileName(fileStem + "-" + clock.today() + "." + extension);
            event.setContentType(contentType);
            if (excel) {
                ReportFiles.writeXlsx(rows, fileStem, event.getOutputStream());
            } else {
                ReportFiles.writeCsv(rows, event.getOutputStream());
            }
        };
        return DownloadLink.of(handler, label, Messages.t("reports.download.description", label));
    }
}
