package dev.zerothrift.benchmarks.report;

import dev.zerothrift.benchmarks.report.CodecTable.Row;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * Draws {@code chart.png} with XChart: one panel per workload, a group of bars per operation and
 * protocol, a bar per implementation and one for memcpy of the same bytes. Time per operation on a
 * logarithmic axis when a panel spans more than a factor of 20.
 */
final class Chart {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;
    private static final double LOG_SPAN = 20;
    private static final Map<String, Color> COLORS =
            Map.of(
                    "views", new Color(0x2b8a3e),
                    "fastcodec", new Color(0x1c7ed6),
                    "libthrift", new Color(0xe8590c),
                    "memcpy", new Color(0x868e96));
    private static final Color OTHER = new Color(0x7048e8);

    private Chart() {}

    static void write(CodecTable table, Path png) throws IOException {
        List<CategoryChart> panels = new ArrayList<>();
        for (String workload : table.workloads()) {
            panels.add(panel(table, workload));
        }
        if (panels.isEmpty()) {
            throw new IOException("no CodecBench results to chart");
        }
        // XChart's own grid needs a full last row; lay the panels out here instead.
        int cols = panels.size() == 1 ? 1 : 2;
        int rows = (panels.size() + cols - 1) / cols;
        BufferedImage image =
                new BufferedImage(cols * WIDTH, rows * HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            for (int i = 0; i < panels.size(); i++) {
                g.drawImage(
                        BitmapEncoder.getBufferedImage(panels.get(i)),
                        (i % cols) * WIDTH,
                        (i / cols) * HEIGHT,
                        null);
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", png.toFile());
    }

    private static CategoryChart panel(CodecTable table, String workload) {
        List<Row> rows =
                table.rows().stream().filter(r -> r.key().workload().equals(workload)).toList();
        List<String> categories = new ArrayList<>();
        for (Row r : rows) {
            categories.add(
                    r.key().operation()
                            + " "
                            + (r.key().protocol().equals("binary") ? "bin" : "cmp"));
        }
        List<String> series = new ArrayList<>(table.impls());
        series.add("memcpy");
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        List<List<Double>> values = new ArrayList<>();
        for (String name : series) {
            List<Double> ys = new ArrayList<>();
            for (Row r : rows) {
                Optional<Result> res = name.equals("memcpy") ? r.memcpy() : r.impl(name);
                Double y = res.map(Result::micros).filter(v -> v > 0).orElse(null);
                ys.add(y);
                if (y != null) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                }
            }
            values.add(ys);
        }
        boolean log = max / min > LOG_SPAN;
        CategoryChart chart =
                new CategoryChartBuilder()
                        .width(WIDTH)
                        .height(HEIGHT)
                        .title(workload)
                        .yAxisTitle("µs per operation" + (log ? " (log scale)" : ""))
                        .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setYAxisLogarithmic(log);
        if (log) {
            // Bars start at the axis minimum, which a log axis needs above zero.
            chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min / 3))));
            chart.getStyler().setYAxisMax(Math.pow(10, Math.ceil(Math.log10(max))));
        }
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.8);
        if (categories.size() > 6) {
            chart.getStyler().setXAxisLabelRotation(20);
        }
        chart.getStyler().setYAxisDecimalPattern("#,##0.###");
        for (int i = 0; i < series.size(); i++) {
            String name = series.get(i);
            if (values.get(i).stream().allMatch(v -> v == null)) {
                continue;
            }
            // A missing bar is a null, which XChart leaves out.
            chart.addSeries(name, categories, values.get(i))
                    .setFillColor(COLORS.getOrDefault(name, OTHER));
        }
        return chart;
    }
}
