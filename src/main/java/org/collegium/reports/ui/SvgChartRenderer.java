package org.collegium.reports.ui;

import java.util.List;
import java.util.Locale;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.reports.service.ChartSpec;

/**
 * Draws a {@link ChartSpec} as an SVG document on the server, its words and numbers in the viewer's language: a bar chart (bars side by side when there are
 * several series) or a line chart, with a title, both axes labelled, a scale with round steps, a legend for more
 * than one series and a tooltip on every bar and point. The image carries role="img" and an aria-label that says
 * what it shows; the figures themselves are in the table beside it. No script, no front-end build.
 */
final class SvgChartRenderer {

    static final int WIDTH = 760;
    static final int HEIGHT = 360;
    /** Okabe-Ito colours: told apart by people with the common colour-vision deficiencies. */
    static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9");
    private static final int LEFT = 72;
    private static final int RIGHT = 20;
    private static final int TOP = 56;
    private static final int BOTTOM = 72;
    /** Room below the plot for labels turned 45°: the plot gives up height rather than labels overlapping. */
    private static final int BOTTOM_ROTATED = 130;
    /** The average width of a 12px sans-serif character, and the height of a line of them, in SVG units. */
    static final double CHAR_WIDTH = 7.0;
    static final double LINE_HEIGHT = 15;
    private static final double SIN_45 = Math.sqrt(0.5);

    /**
     * How the category labels are laid out so that none overlaps another: every {@code every}-th label, level when
     * the widest fits its slot, otherwise turned 45° and cut to {@code maxChars} (the tooltip keeps the whole).
     */
    record LabelLayout(int every, boolean rotated, int maxChars) {
    }

    static LabelLayout labelLayout(List<String> categories, double slot) {
        int widest = categories.stream().mapToInt(String::length).max().orElse(0);
        int level = Math.max(1, (int) Math.ceil((widest * CHAR_WIDTH + 8) / slot));
        if (level == 1 || (level <= 3 && widest <= 10)) { // short labels: thin them out and keep them level
            return new LabelLayout(level, false, widest);
        }
        // turned 45°, neighbours are apart by the slot times sin 45° across their baselines
        int every = Math.max(1, (int) Math.ceil(LINE_HEIGHT / (slot * SIN_45)));
        int maxChars = (int) ((BOTTOM_ROTATED - 40) / SIN_45 / CHAR_WIDTH);
        return new LabelLayout(every, true, maxChars);
    }

    static String cut(String label, int maxChars) {
        return label.length() <= maxChars ? label : label.substring(0, Math.max(1, maxChars - 1)).strip() + "…";
    }

    private SvgChartRenderer() {
    }

    static String render(ChartSpec chart) {
        double max = chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Number::doubleValue)
                .max().orElse(0);
        double step = niceStep(max);
        int ticks = Math.max(1, (int) Math.ceil(max / step));
        double top = step * ticks;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int n = chart.categories().size();
        double slot = n == 0 ? plotWidth : (double) plotWidth / n;
        LabelLayout labels = labelLayout(chart.categories(), slot);
        int plotHeight = HEIGHT - TOP - (labels.rotated() ? BOTTOM_ROTATED : BOTTOM);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"")
                .append(" aria-label=\"").append(escape(ariaLabel(chart))).append("\" font-family=\"sans-serif\">");
        svg.append("<title>").append(escape(chart.title())).append("</title>");
        svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"22\" text-anchor=\"middle\" font-size=\"16\"")
                .append(" font-weight=\"bold\" fill=\"#1a1a1a\">").append(escape(chart.title())).append("</text>");

        // the value axis: gridlines at round steps, labelled
        for (int t = 0; t <= ticks; t++) {
            double y = TOP + plotHeight - plotHeight * (t * step / top);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"")
                    .append(t == 0 ? "#333" : "#ddd").append("\"/>");
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#333\">")
                    .append(escape(number(t * step))).append("</text>");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#333\"/>");
        svg.append("<text transform=\"translate(18 ").append(TOP + plotHeight / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1a1a1a\">")
                .append(escape(chart.yLabel())).append("</text>");

        // the category axis: labels that never overlap (see labelLayout)
        for (int i = 0; i < n; i += labels.every()) {
            double x = LEFT + slot * (i + 0.5);
            int y = TOP + plotHeight + 18;
            String label = chart.categories().get(i);
            if (labels.rotated()) {
                svg.append("<text class=\"category\" transform=\"translate(").append(fmt(x + 4)).append(' ')
                        .append(y - 6).append(") rotate(-45)\" text-anchor=\"end\" font-size=\"12\" fill=\"#333\">")
                        .append("<title>").append(escape(label)).append("</title>")
                        .append(escape(cut(label, labels.maxChars()))).append("</text>");
            } else {
                svg.append("<text class=\"category\" x=\"").append(fmt(x)).append("\" y=\"").append(y)
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">")
                        .append(escape(label)).append("</text>");
            }
        }
        svg.append("<text x=\"").append(LEFT + plotWidth / 2).append("\" y=\"").append(HEIGHT - 14)
                .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1a1a1a\">").append(escape(chart.xLabel()))
                .append("</text>");

        List<ChartSpec.Series> series = chart.series();
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS.get(s % COLOURS.size());
            List<? extends Number> values = series.get(s).values();
            if (chart.kind() == ChartSpec.Kind.BAR) {
                double groupWidth = slot * 0.8;
                double barWidth = groupWidth / series.size();
                for (int i = 0; i < n; i++) {
                    double v = values.get(i).doubleValue();
                    double h = top == 0 ? 0 : plotHeight * v / top;
                    double x = LEFT + slot * i + slot * 0.1 + barWidth * s;
                    svg.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"")
                            .append(fmt(TOP + plotHeight - h)).append("\" width=\"").append(fmt(barWidth))
                            .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(colour).append("\">")
                            .append("<title>").append(escape(tooltip(chart, series.get(s), i)))
                            .append("</title></rect>");
                }
            } else {
                StringBuilder points = new StringBuilder();
                StringBuilder dots = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    double v = values.get(i).doubleValue();
                    double x = LEFT + slot * (i + 0.5);
                    double y = TOP + plotHeight - (top == 0 ? 0 : plotHeight * v / top);
                    points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
                    dots.append("<circle class=\"point\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                            .append("\" r=\"3.5\" fill=\"").append(colour).append("\"><title>")
                            .append(escape(tooltip(chart, series.get(s), i))).append("</title></circle>");
                }
                svg.append("<polyline class=\"line\" fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(colour)
                        .append("\"").append(dashes(s))
                        .append(" points=\"").append(points.toString().strip()).append("\"/>").append(dots);
            }
        }
        if (series.size() > 1) {
            double x = LEFT;
            for (int s = 0; s < series.size(); s++) {
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"34\" width=\"12\" height=\"12\" fill=\"")
                        .append(COLOURS.get(s % COLOURS.size())).append("\"/>");
                svg.append("<text x=\"").append(fmt(x + 16)).append("\" y=\"44\" font-size=\"12\" fill=\"#1a1a1a\">")
                        .append(escape(series.get(s).name())).append("</text>");
                x += 28 + series.get(s).name().length() * 7.5;
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** What a screen reader announces for the image; the figures follow in the table. */
    static String ariaLabel(ChartSpec chart) {
        Locale language = Formats.language(Messages.current());
        String x = chart.xLabel().toLowerCase(language);
        String names = String.join(", ", chart.series().stream().map(ChartSpec.Series::name).toList());
        String range = chart.categories().isEmpty() ? Messages.t("reports.chart.aria.no-data")
                : Messages.t("reports.chart.aria.range", Formats.integer(chart.categories().size()), x,
                        chart.categories().getFirst(), chart.categories().getLast());
        return Messages.t("reports.chart.aria", Messages.t("reports.chart.kind." + chart.kind().name()),
                chart.title(), chart.yLabel(), names, x, range);
    }

    private static String tooltip(ChartSpec chart, ChartSpec.Series series, int i) {
        return chart.categories().get(i) + " – " + series.name() + ": "
                + number(series.values().get(i).doubleValue());
    }

    /** Lines told apart by their dashes as well as their colours. */
    private static String dashes(int series) {
        return switch (series % 3) {
            case 1 -> " stroke-dasharray=\"6 3\"";
            case 2 -> " stroke-dasharray=\"2 3\"";
            default -> "";
        };
    }

    /** 1, 2 or 5 times a power of ten, so that about five steps reach the largest value. */
    static double niceStep(double max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.max(1, nice * power);
    }

    static String number(double value) {
        return Formats.decimal(value, 2);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
