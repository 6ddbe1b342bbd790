package org.hrcmonitor.cli.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneOffset;
import org.hrcmonitor.index.report.WeekRow;
import org.hrcmonitor.index.report.WeeklyReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A heat map of documents per week, one row per column of the report, drawn by JFreeChart as a PNG (JFreeSVG is not
 * available here, so the HTML report embeds the PNG as a data URI). A heat map rather than lines: most themes are
 * quiet most weeks, and overlapping spikes at zero hide which theme a week was about.
 */
final class WeeklyChart {
    /** More rows than this would be too thin to read; the report's first (most frequent) columns are drawn. */
    static final int MAX_ROWS = 30;
    static final int WIDTH = 1000;
    private static final Color QUIET = new Color(0xF4F4F4);
    private static final Color BUSIEST = new Color(0x08306B);

    static {
        // reports are made on servers and in CI without a display
        System.setProperty("java.awt.headless", "true");
    }

    private WeeklyChart() {}

    static int height(WeeklyReport r) {
        return 140 + 22 * Math.min(MAX_ROWS, r.columns().size());
    }

    static byte[] png(WeeklyReport r) {
        int rows = Math.min(MAX_ROWS, r.columns().size());
        int weeks = r.weeks().size();
        double[][] xyz = new double[3][rows * weeks];
        int max = 1;
        for (int row = 0; row < rows; row++) {
            for (int i = 0; i < weeks; i++) {
                WeekRow w = r.weeks().get(i);
                int at = row * weeks + i;
                xyz[0][at] = w.from().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
                xyz[1][at] = rows - 1 - row; // the most frequent column on top
                xyz[2][at] = w.cells().get(row).documents();
                max = Math.max(max, w.cells().get(row).documents());
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("documents", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(Duration.ofDays(7).toMillis());
        renderer.setBlockAnchor(RectangleAnchor.LEFT); // a row is centred on its label
        LookupPaintScale scale = scale(max);
        renderer.setPaintScale(scale);
        String[] names = new String[rows];
        for (int row = 0; row < rows; row++) {
            names[rows - 1 - row] = r.columns().get(row);
        }
        DateAxis time = new DateAxis("week");
        time.setTimeZone(java.util.TimeZone.getTimeZone(ZoneOffset.UTC));
        SymbolAxis columns = new SymbolAxis(null, names);
        columns.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, time, columns, renderer);
        plot.setBackgroundPaint(QUIET);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart("Documents per week by " + r.by(), plot);
        chart.removeLegend();
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis legendAxis = new NumberAxis("documents");
        legendAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        legendAxis.setRange(0, max + 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 8, 4, 4);
        chart.addSubtitle(legend);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            org.jfree.chart.ChartUtils.writeChartAsPNG(png, chart, WIDTH, height(r));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart in memory", e);
        }
        return png.toByteArray();
    }

    /** Zero is the background; one document and up darken in equal steps to the busiest week. */
    private static LookupPaintScale scale(int max) {
        LookupPaintScale scale = new LookupPaintScale(0, max + 1, QUIET);
        for (int n = 1; n <= max; n++) {
            double t = max == 1 ? 1 : 0.35 + 0.65 * (n - 1) / (max - 1);
            scale.add(n, new Color(blend(QUIET.getRed(), BUSIEST.getRed(), t), blend(QUIET.getGreen(), BUSIEST.getGreen(), t),
                    blend(QUIET.getBlue(), BUSIEST.getBlue(), t)));
        }
        return scale;
    }

    private static int blend(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
