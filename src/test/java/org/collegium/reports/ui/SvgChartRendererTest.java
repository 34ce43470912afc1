package org.collegium.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.collegium.reports.service.ChartSpec;
import org.junit.jupiter.api.Test;

/** The SVG charts: labelled, accessible, escaped, scaled to round steps. */
class SvgChartRendererTest {

    @Test
    void aBarChartHasATitleLabelledAxesOneBarPerValueAndAnAccessibleName() {
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.BAR, "Members by status", "Status", "Members",
                List.of("Active", "Lapsed"), List.of(new ChartSpec.Series("Members", List.of(93L, 41L))));
        String svg = SvgChartRenderer.render(chart);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("role=\"img\"", "<title>Members by status</title>", ">Members by status</text>",
                        ">Status</text>", ">Members</text>", ">Active</text>", ">Lapsed</text>",
                        "<title>Active – Members: 93</title>", ">100</text>")
                .doesNotContain("<polyline");
        assertThat(svg.split("<rect class=\"bar\"", -1)).hasSize(3);
        assertThat(SvgChartRenderer.ariaLabel(chart)).isEqualTo("Bar chart: Members by status. Members (Members) by "
                + "status, 2 status values from Active to Lapsed. The figures are in the table.");
        assertThat(SvgChart.dataTable(chart)).contains("<caption>Members by status</caption>",
                "<th scope=\"row\">Active</th><td>93</td>");
    }

    @Test
    void aLineChartHasOneLinePerSeriesAndALegend() {
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.LINE, "Growth", "Month", "Members",
                List.of("2026-01", "2026-02", "2026-03"), List.of(new ChartSpec.Series("Joins", List.of(1, 2, 3)),
                        new ChartSpec.Series("Lapses", List.of(0, 0, 1))));
        String svg = SvgChartRenderer.render(chart);
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(svg.split("<circle class=\"point\"", -1)).hasSize(7);
        assertThat(svg).contains(">Joins</text>", ">Lapses</text>");
    }

    @Test
    void textIsEscapedAndEmptyOrZeroDataStillDraws() {
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.BAR, "<script>\"&'", "x", "y", List.of("a<b"),
                List.of(new ChartSpec.Series("s", List.of(0))));
        String svg = SvgChartRenderer.render(chart);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;&quot;&amp;&#39;", "a&lt;b");
        assertThat(SvgChartRenderer.render(new ChartSpec(ChartSpec.Kind.LINE, "Empty", "x", "y", List.of(),
                List.of()))).contains("role=\"img\"");
        assertThatThrownBy(() -> new ChartSpec(ChartSpec.Kind.BAR, "t", "x", "y", List.of("a"),
                List.of(new ChartSpec.Series("s", List.of(1, 2))))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScaleStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(SvgChartRenderer.niceStep(0)).isEqualTo(1);
        assertThat(SvgChartRenderer.niceStep(4)).isEqualTo(1);
        assertThat(SvgChartRenderer.niceStep(93)).isEqualTo(20);
        assertThat(SvgChartRenderer.niceStep(1470)).isEqualTo(500);
        assertThat(SvgChartRenderer.niceStep(49_953)).isEqualTo(10_000);
    }

    @Test
    void categoryLabelsNeverOverlapHowEverManyOrLongTheyAre() {
        for (int n = 1; n <= 80; n++) {
            for (int length : new int[] {2, 7, 12, 25, 60}) {
                List<String> labels = java.util.stream.IntStream.range(0, n).mapToObj(i -> "x".repeat(length))
                        .toList();
                double slot = (double) (SvgChartRenderer.WIDTH - 92) / n;
                SvgChartRenderer.LabelLayout layout = SvgChartRenderer.labelLayout(labels, slot);
                double apart = layout.every() * slot; // between the anchors of two labels drawn side by side
                if (layout.rotated()) {
                    assertThat(apart * Math.sqrt(0.5)).as(n + " labels of " + length).isGreaterThanOrEqualTo(
                            SvgChartRenderer.LINE_HEIGHT);
                } else {
                    assertThat(apart).as(n + " labels of " + length).isGreaterThanOrEqualTo(
                            length * SvgChartRenderer.CHAR_WIDTH);
                }
            }
        }
    }

    @Test
    void crowdedLongLabelsAreTurnedAndCutWithTheWholeLabelInATooltip() {
        List<String> titles = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> "Advanced training in group psychotherapy, part " + i).toList();
        ChartSpec chart = new ChartSpec(ChartSpec.Kind.BAR, "Events", "Event", "Registered", titles,
                List.of(new ChartSpec.Series("Registered", titles.stream().map(t -> 3).toList())));
        String svg = SvgChartRenderer.render(chart);
        assertThat(svg).contains("rotate(-45)", "<title>Advanced training in group psychotherapy, part 7</title>")
                .contains("…");
        ChartSpec months = new ChartSpec(ChartSpec.Kind.LINE, "Growth", "Month", "Members",
                List.of("2026-01", "2026-02", "2026-03"), List.of(new ChartSpec.Series("Joins", List.of(1, 2, 3))));
        assertThat(SvgChartRenderer.render(months)).doesNotContain("rotate(-45)").contains(">2026-02</text>");
    }
}
