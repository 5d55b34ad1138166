package io.bulwark.ui.internal.dashboard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import io.bulwark.ui.WidgetIds;

/** A bar chart of counts by category, one series of bars per server and one for all servers together. */
final class CountChart {

    /**
     * One series of bars.
     *
     * @param id
     *            its id, stable across updates
     * @param label
     *            its name in the legend
     * @param counts
     *            one count per category
     */
    record Bars(String id, String label, double[] counts) {
    }

    /** The bar colours, one per series in turn; the last series (the total) is drawn in the last. */
    private static final int[] COLOURS = {SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA,
            SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GRAY};

    private final Chart chart;

    CountChart(Composite parent, String title, String widgetId) {
        chart = new Chart(parent, SWT.NONE);
        chart.setData(WidgetIds.KEY, widgetId);
        chart.getTitle().setText(title);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setVisible(false);
        x.enableCategory(true);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.DashboardPart_agents);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(chart);
    }

    /**
     * Draws new counts, keeping series that stay.
     *
     * @param categories
     *            the categories, left to right
     * @param series
     *            the series, each with one count per category
     */
    void show(String[] categories, List<Bars> series) {
        if (chart.isDisposed()) {
            return;
        }
        Set<String> wanted = new HashSet<>();
        series.forEach(bars -> wanted.add(bars.id()));
        for (ISeries<?> existing : chart.getSeriesSet().getSeries()) {
            if (!wanted.contains(existing.getId())) {
                chart.getSeriesSet().deleteSeries(existing.getId());
            }
        }
        chart.getAxisSet().getXAxis(0).setCategorySeries(categories);
        int index = 0;
        for (Bars bars : series) {
            ISeries<?> existing = chart.getSeriesSet().getSeries(bars.id());
            IBarSeries<?> bar = existing instanceof IBarSeries<?> known
                    ? known
                    : (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, bars.id());
            bar.setDescription(bars.label());
            bar.setYSeries(bars.counts());
            int colour = index == series.size() - 1
                    ? COLOURS[COLOURS.length - 1]
                    : COLOURS[index % (COLOURS.length - 1)];
            Color color = chart.getDisplay().getSystemColor(colour);
            bar.setBarColor(color);
            index++;
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }
}
