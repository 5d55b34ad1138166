package io.bulwark.ui.internal.moves;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.moves.FollowedCampaign.WaveRow;

/**
 * The Moves part's migration campaigns: each campaign of the shared journal (the console's and the command line's) with
 * its pilot and waves below it, where each stands and how far its move came, and the commands on them: Confirm Wave,
 * Start Next Wave and Move Back ({@link WaveCommands}).
 */
final class CampaignsSection {

    private final CampaignFollower campaigns;
    private final WaveCommands commands;
    private final Composite section;
    private final TreeViewer tree;
    private final Button confirm;
    private final Button next;
    private final Button back;
    private final Runnable changed = this::refresh;

    /**
     * @param parent
     *            where the section goes
     * @param campaigns
     *            the campaigns
     * @param say
     *            shows the outcome of a command in the part
     */
    CampaignsSection(Composite parent, CampaignFollower campaigns, Consumer<String> say) {
        this.campaigns = campaigns;
        this.commands = new WaveCommands(campaigns, say);
        section = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(section);
        Composite buttons = new Composite(section, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        confirm = button(buttons, Messages.CampaignsSection_confirm, WidgetIds.MOVES_CONFIRM_WAVE, this::confirm);
        next = button(buttons, Messages.CampaignsSection_startNext, WidgetIds.MOVES_START_NEXT_WAVE, this::next);
        back = button(buttons, Messages.CampaignsSection_moveBack, WidgetIds.MOVES_MOVE_BACK, this::back);

        tree = new TreeViewer(section, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setData(WidgetIds.KEY, WidgetIds.MOVES_CAMPAIGNS);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        tree.setComparer(new SameCampaignOrWave());
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return campaigns.campaigns().toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof FollowedCampaign campaign ? campaign.rows().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof WaveRow row ? row.campaign() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof FollowedCampaign campaign && !campaign.waves().isEmpty();
            }
        });
        column(Messages.CampaignsSection_campaign, 300, WaveLabels::describe, row -> WaveLabels.name(row.status()
                .wave()));
        column(Messages.CampaignsSection_state, 220, WaveLabels::progress, row -> WaveLabels.state(row.status()));
        column(Messages.CampaignsSection_group, 140, campaign -> "", //$NON-NLS-1$
                row -> WaveLabels.group(row.status().wave()));
        column(Messages.CampaignsSection_agents, 60,
                campaign -> campaign.campaign() == null ? "" : Integer.toString(campaign.campaign().agentCount()), //$NON-NLS-1$
                row -> Integer.toString(row.status().wave().agents().size()));
        column(Messages.CampaignsSection_arrived, 200, campaign -> "", row -> WaveLabels.arrived(row.status())); //$NON-NLS-1$
        tree.setInput(campaigns);
        tree.expandAll();
        tree.addSelectionChangedListener(event -> enable());
        campaigns.addListener(changed);
        enable();
    }

    /** @return the section's control, to place it */
    Composite control() {
        return section;
    }

    /** A campaign is the same row whatever it last showed, and so is a wave of it. */
    private static final class SameCampaignOrWave implements IElementComparer {
        @Override
        public boolean equals(Object a, Object b) {
            if (a instanceof FollowedCampaign one && b instanceof FollowedCampaign other) {
                return one.campaignId().equals(other.campaignId());
            }
            if (a instanceof WaveRow one && b instanceof WaveRow other) {
                return one.sameWave(other);
            }
            return Objects.equals(a, b);
        }

        @Override
        public int hashCode(Object element) {
            if (element instanceof FollowedCampaign campaign) {
                return campaign.campaignId().hashCode();
            }
            if (element instanceof WaveRow row) {
                return Objects.hash(row.campaign().campaignId(), Integer.valueOf(row.status().wave().number()));
            }
            return Objects.hashCode(element);
        }
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private void column(String title, int width, Function<FollowedCampaign, String> ofCampaign,
            Function<WaveRow, String> ofWave) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String text = element instanceof WaveRow row
                        ? ofWave.apply(row)
                        : ofCampaign.apply((FollowedCampaign) element);
                return text == null ? "" : text; //$NON-NLS-1$
            }
        });
    }

    private void refresh() {
        if (tree.getControl().isDisposed()) {
            return;
        }
        tree.refresh();
        tree.expandAll();
        enable();
    }

    /** @return the selected wave as last read, or {@code null} */
    private WaveRow selectedWave() {
        if (!(tree.getStructuredSelection().getFirstElement() instanceof WaveRow chosen)) {
            return null;
        }
        return current(chosen.campaign()) == null
                ? null
                : current(chosen.campaign()).rows().stream()
                        .filter(chosen::sameWave).findFirst().orElse(null);
    }

    /** @return the campaign of the selected row as last read, or {@code null} */
    private FollowedCampaign selectedCampaign() {
        Object first = tree.getStructuredSelection().getFirstElement();
        if (first instanceof WaveRow row) {
            return current(row.campaign());
        }
        return first instanceof FollowedCampaign campaign ? current(campaign) : null;
    }

    private FollowedCampaign current(FollowedCampaign shown) {
        return campaigns.campaigns().stream().filter(each -> each.campaignId().equals(shown.campaignId()))
                .findFirst().orElse(null);
    }

    private void enable() {
        FollowedCampaign campaign = selectedCampaign();
        WaveRow wave = selectedWave();
        boolean mayChange = commands.mayChange(campaign);
        confirm.setEnabled(mayChange && WaveCommands.confirmable(wave));
        next.setEnabled(
                mayChange && campaign != null && campaign.campaign() != null && !campaign.campaign().complete());
        back.setEnabled(mayChange && WaveCommands.movableBack(wave));
    }

    private void confirm() {
        WaveRow wave = selectedWave();
        if (WaveCommands.confirmable(wave)) {
            commands.confirm(tree.getControl().getShell(), wave);
        }
    }

    private void next() {
        FollowedCampaign campaign = selectedCampaign();
        if (campaign != null && campaign.campaign() != null) {
            commands.startNext(campaign);
        }
    }

    private void back() {
        WaveRow wave = selectedWave();
        if (WaveCommands.movableBack(wave)) {
            commands.moveBack(tree.getControl().getShell(), wave);
        }
    }

    /** Stops listening to the campaigns; the part is closing. */
    void dispose() {
        campaigns.removeListener(changed);
    }
}
