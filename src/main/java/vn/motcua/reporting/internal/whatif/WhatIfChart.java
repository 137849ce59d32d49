package vn.motcua.reporting.internal.whatif;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The what-if's chart (JFreeChart, PNG): for the units the change touches, the backlog at the period's end and the
 * on-time rate, as recorded and under the scenario, side by side.
 */
public final class WhatIfChart {

    private static final String RECORDED = "Thực tế / recorded";
    private static final String SCENARIO = "Kịch bản / scenario";

    private WhatIfChart() {
    }

    public static byte[] png(WhatIf.Report report, int units, int width, int height) {
        List<Replay.UnitResult> rows = WhatIf.highlights(report, units);
        DefaultCategoryDataset backlog = new DefaultCategoryDataset();
        DefaultCategoryDataset onTime = new DefaultCategoryDataset();
        for (Replay.UnitResult u : rows) {
            // the unit's code first: names share long prefixes ("Ủy ban nhân dân Phường …") and must not merge bars
            String name = report.unitNames().getOrDefault(u.unit(), "").replaceFirst("^Ủy ban nhân dân ", "");
            String label = u.unit() + " " + (name.length() > 22 ? name.substring(0, 21) + "…" : name);
            backlog.addValue(u.recorded().backlog(), RECORDED, label);
            backlog.addValue(u.scenario().backlog(), SCENARIO, label);
            onTime.addValue(u.recorded().onTimeRate(), RECORDED, label);
            onTime.addValue(u.scenario().onTimeRate(), SCENARIO, label);
        }
        CategoryAxis axis = new CategoryAxis("Đơn vị / unit");
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(axis);
        plot.add(bars(backlog, "Tồn cuối kỳ / backlog at period end", null), 1);
        plot.add(bars(onTime, "Đúng hạn % / on time %", 100.0), 1);
        String name = report.scenario().name() == null ? "" : report.scenario().name();
        JFreeChart chart = new JFreeChart("Mô phỏng / what-if: " + name + " (" + report.period() + ")",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static CategoryPlot bars(DefaultCategoryDataset data, String label, Double max) {
        NumberAxis axis = new NumberAxis(label);
        if (max != null) {
            axis.setRange(0, max);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x9e, 0x9e, 0x9e));
        renderer.setSeriesPaint(1, new Color(0xc6, 0x28, 0x28));
        CategoryPlot plot = new CategoryPlot(data, null, axis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }
}
