package org.hrcmonitor.cli.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
    /** The narrowest a block is drawn, in pixels of a plot about {@code WIDTH - 250} wide. */
    private static final int MIN_BLOCK_PIXELS = 3;
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
        // only weeks with documents are drawn, on the quiet background: a wide block of a quiet week must not cover them
        List<double[]> blocks = new ArrayList<>();
        int max = 1;
        for (int row = 0; row < rows; row++) {
            for (WeekRow w : r.weeks()) {
                int documents = w.cells().get(row).documents();
                if (documents > 0) {
                    blocks.add(new double[] {millis(w.from()), rows - 1 - row, documents}); // the first column on top
                    max = Math.max(max, documents);
                }
            }
        }
        double[][] xyz = new double[3][blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            for (int k = 0; k < 3; k++) {
                xyz[k][i] = blocks.get(i)[k];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("documents", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        // over years of weeks a week is less than a pixel wide: a block is then widened to stay visible
        double span = r.weeks().isEmpty() ? 0 : millis(r.to().plusDays(1)) - millis(r.from());
        renderer.setBlockWidth(Math.max(Duration.ofDays(7).toMillis(), span * MIN_BLOCK_PIXELS / (WIDTH - 250)));
        renderer.setBlockAnchor(RectangleAnchor.LEFT); // a row is centred on its label
        LookupPaintScale scale = scale(max);
        renderer.setPaintScale(scale);
        String[] names = new String[rows];
        for (int row = 0; row < rows; row++) {
            names[rows - 1 - row] = r.columns().get(row);
        }
        DateAxis time = new DateAxis("week");
        time.setTimeZone(java.util.TimeZone.getTimeZone(ZoneOffset.UTC));
        if (!r.weeks().isEmpty()) {
            // the whole report range, not just the weeks with documents: quiet weeks at either end are news too
            time.setRange(millis(r.from()), millis(r.to().plusDays(1)));
        }
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

    private static double millis(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Zero is the background; one document and up darken in equal steps to the busiest week. */
    private static LookupPaintScale scale(int max) {
        LookupPaintScale scale = new LookupPaintScale(0, max + 1, QUIET);
        for (int n = 1; n <= max; n++) {
            double t = max == 1 ? 1 : 0.5 + 0.5 * (n - 1) / (max - 1);
            scale.add(n, new Color(blend(QUIET.getRed(), BUSIEST.getRed(), t), blend(QUIET.getGreen(), BUSIEST.getGreen(), t),
                    blend(QUIET.getBlue(), BUSIEST.getBlue(), t)));
        }
        return scale;
    }

    private static int blend(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
