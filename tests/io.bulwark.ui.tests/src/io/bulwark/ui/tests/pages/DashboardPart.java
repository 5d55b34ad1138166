package io.bulwark.ui.tests.pages;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;

import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Widgets;

/** The Dashboard part: its charts, read as the counts they draw. */
public final class DashboardPart {

    private final Widgets widgets;

    DashboardPart(Widgets widgets) {
        this.widgets = widgets;
    }

    /**
     * The counts the chart {@code id} draws: per series (by its legend text) the count of each category (by its axis
     * label).
     */
    public Map<String, Map<String, Integer>> counts(String id) {
        Chart chart = widgets.byId(Chart.class, id);
        return UiThread.call(() -> {
            List<String> categories = Arrays.asList(chart.getAxisSet().getXAxis(0).getCategorySeries());
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                double[] values = series.getYSeries();
                Map<String, Integer> byCategory = new LinkedHashMap<>();
                for (int i = 0; i < categories.size() && i < values.length; i++) {
                    byCategory.put(categories.get(i), Integer.valueOf((int) values[i]));
                }
                counts.put(series.getDescription(), byCategory);
            }
            return counts;
        });
    }
}
