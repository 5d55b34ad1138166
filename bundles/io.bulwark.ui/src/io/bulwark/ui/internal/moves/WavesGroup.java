package io.bulwark.ui.internal.moves;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.bulwark.core.migration.Grouping;
import io.bulwark.ui.WidgetIds;

/**
 * The first page's choice of moving in waves: a pilot, the wave size, the grouping (by domain, subnet or named site)
 * and the sites. What is typed goes into the {@link WaveChoice} at once; what is wrong with it shows under the fields,
 * in the words of the rules, and the page stays incomplete until it is corrected.
 */
final class WavesGroup {

    private final WaveChoice choice;
    private final Runnable changed;
    private final List<Control> options = new ArrayList<>();
    private Text sites;
    private Label problem;

    /**
     * @param parent
     *            the page
     * @param choice
     *            where the choices go
     * @param changed
     *            runs after every change, to check the page again
     */
    WavesGroup(Composite parent, WaveChoice choice, Runnable changed) {
        this.choice = choice;
        this.changed = changed;
        create(parent);
    }

    private void create(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.WavesGroup_title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        Button waves = new Button(group, SWT.CHECK);
        waves.setText(Messages.WavesGroup_enable);
        waves.setData(WidgetIds.KEY, WidgetIds.MOVE_WAVES);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(waves);

        Text pilot = field(group, Messages.WavesGroup_pilot, WidgetIds.MOVE_WAVES_PILOT, ""); //$NON-NLS-1$
        pilot.setMessage(Messages.WavesGroup_pilotHint);
        pilot.addListener(SWT.Modify, event -> update(() -> choice.pilot(pilot.getText())));
        Text size = field(group, Messages.WavesGroup_waveSize, WidgetIds.MOVE_WAVES_SIZE,
                WaveChoice.DEFAULT_WAVE_SIZE);
        size.addListener(SWT.Modify, event -> update(() -> choice.waveSize(size.getText())));

        options.add(label(group, Messages.WavesGroup_groupBy));
        Composite groupings = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(groupings);
        options.add(groupings);
        grouping(groupings, Messages.WavesGroup_byNone, Grouping.NONE, WidgetIds.MOVE_WAVES_BY_NONE);
        grouping(groupings, Messages.WavesGroup_byDomain, Grouping.DOMAIN, WidgetIds.MOVE_WAVES_BY_DOMAIN);
        grouping(groupings, Messages.WavesGroup_bySubnet, Grouping.SUBNET, WidgetIds.MOVE_WAVES_BY_SUBNET);
        grouping(groupings, Messages.WavesGroup_bySite, Grouping.SITE, WidgetIds.MOVE_WAVES_BY_SITE);

        Label sitesLabel = label(group, Messages.WavesGroup_sites);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(sitesLabel);
        options.add(sitesLabel);
        sites = new Text(group, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        sites.setData(WidgetIds.KEY, WidgetIds.MOVE_WAVES_SITES);
        sites.setToolTipText(Messages.WavesGroup_sitesHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 44).applyTo(sites);
        sites.addListener(SWT.Modify, event -> update(() -> choice.sites(sites.getText())));

        problem = new Label(group, SWT.WRAP);
        problem.setData(WidgetIds.KEY, WidgetIds.MOVE_WAVES_PROBLEM);
        problem.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(problem);

        waves.addListener(SWT.Selection, event -> update(() -> choice.enabled(waves.getSelection())));
        enable();
    }

    private Text field(Composite group, String title, String id, String value) {
        options.add(label(group, title));
        Text text = new Text(group, SWT.BORDER);
        text.setData(WidgetIds.KEY, id);
        text.setText(value);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(text);
        options.add(text);
        return text;
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private void grouping(Composite parent, String text, Grouping grouping, String id) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.setSelection(choice.grouping() == grouping);
        button.addListener(SWT.Selection, event -> {
            if (button.getSelection()) {
                update(() -> choice.grouping(grouping));
            }
        });
        options.add(button);
    }

    private void update(Runnable change) {
        change.run();
        enable();
        changed.run();
    }

    private void enable() {
        for (Control option : options) {
            option.setEnabled(choice.enabled());
        }
        sites.setEnabled(choice.enabled() && choice.grouping() == Grouping.SITE);
    }

    /**
     * Shows what is wrong with the waves, under the fields.
     *
     * @param text
     *            the problem, or {@code null}
     */
    void showProblem(String text) {
        if (!problem.isDisposed()) {
            problem.setText(text == null ? "" : text); //$NON-NLS-1$
            problem.getParent().layout(true);
        }
    }
}
