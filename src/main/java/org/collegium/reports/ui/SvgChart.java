package org.collegium.reports.ui;

import com.vaadin.flow.component.html.Div;
import org.collegium.base.i18n.Messages;
import org.collegium.reports.service.ChartSpec;

/**
 * A chart drawn on the server as SVG (see {@link SvgChartRenderer}), with the same figures as a plain table in a
 * disclosure below it, for screen readers and for anyone who wants the numbers. The browser parses the markup as
 * HTML, which puts the svg element in the SVG namespace.
 */
public class SvgChart extends Div {

    private ChartSpec chart;
    private String svg = "";

    public SvgChart() {
        addClassName("report-chart-box");
        getStyle().set("max-width", SvgChartRenderer.WIDTH + "px").set("width", "100%");
    }

    public void show(ChartSpec chart) {
        this.chart = chart;
        setVisible(chart != null);
        if (chart == null) {
            svg = "";
            getElement().setProperty("innerHTML", "");
            return;
        }
        svg = SvgChartRenderer.render(chart);
        getElement().setProperty("innerHTML", "<figure style=\"margin:0\">" + svg + "<figcaption>" + dataTable(chart)
                + "</figcaption></figure>");
    }

    public ChartSpec chart() {
        return chart;
    }

    /** The SVG markup shown (empty when no chart). */
    public String svg() {
        return svg;
    }

    static String dataTable(ChartSpec chart) {
        StringBuilder html = new StringBuilder("<details><summary>")
                .append(SvgChartRenderer.escape(Messages.t("reports.chart.figures"))).append("</summary><table>");
        html.append("<caption>").append(SvgChartRenderer.escape(chart.title()))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(SvgChartRenderer.escape(chart.xLabel())).append("</th>");
        chart.series().forEach(s -> html.append("<th scope=\"col\">").append(SvgChartRenderer.escape(s.name()))
                .append("</th>"));
        html.append("</tr></thead><tbody>");
        for (int i = 0; i < chart.categories().size(); i++) {
            html.append("<tr><th scope=\"row\">").append(SvgChartRenderer.escape(chart.categories().get(i)))
                    .append("</th>");
            for (ChartSpec.Series s : chart.series()) {
                html.append("<td>").append(SvgChartRenderer.number(s.values().get(i).doubleValue())).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></details>").toString();
    }
}
