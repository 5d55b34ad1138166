package io.bulwark.ui.internal.moves;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.model.tree.AgentFilter;
import io.bulwark.ui.FileChooser;
import io.bulwark.ui.internal.agents.AgentsDroppedOnServer;
import io.bulwark.ui.internal.agents.AgentsPart;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The moves area while the workbench runs: a {@link MoveFollower} on the shared move journal (the command line's
 * {@code ~/.bulwark/moves}, or the folder the system property {@code bulwark.moves} names), offered to the area's parts
 * and handlers through the application context, which reads the journal at start and keeps following every unfinished
 * job, with a {@link CampaignFollower} on the migration campaigns beside it; and the Move to Server wizard for agents
 * dropped onto another server in the agent tree.
 */
public class MovesAddon {

    @Inject
    private MApplication application;

    private MoveServers servers;
    private FileChooser files;
    private UISynchronize sync;
    private MoveFollower follower;
    private CampaignFollower campaigns;

    /**
     * Starts following the journal. The services are taken once, here: they last as long as the workbench, and a field
     * that followed them would be emptied while the workbench closes.
     */
    @PostConstruct
    public void start(IEclipseContext context, @Service ServerRegistryService registry,
            @Service ServerConnections connections, @Service FileChooser chooser, UISynchronize uiSync) {
        servers = new MoveServers(registry, connections);
        files = chooser;
        sync = uiSync;
        follower = new MoveFollower(MoveJournal.defaultJournal(), servers, sync);
        campaigns = new CampaignFollower(follower, sync);
        context.set(MoveFollower.class, follower);
        context.set(CampaignFollower.class, campaigns);
        follower.readJournal();
        campaigns.read();
    }

    /** Agents were dropped onto another server: plan their move there. */
    @Inject
    @Optional
    void agentsDropped(@UIEventTopic(AgentsPart.AGENTS_DROPPED_ON_OTHER_SERVER) AgentsDroppedOnServer drop) {
        if (follower == null || drop == null || drop.shell().isDisposed()) {
            return;
        }
        Object filter = application.getContext().get(AgentsPart.APPLIED_FILTER);
        MoveProposal proposal = MoveProposal.ofDrop(drop, filter instanceof AgentFilter applied ? applied : null);
        if (proposal == null) {
            return;
        }
        EPartService parts = application.getContext().getActiveLeaf().get(EPartService.class);
        MoveWizards.open(drop.shell(), proposal,
                new MoveContext(servers, follower, campaigns, files, sync, () -> MovesPart.show(parts)));
    }

    @PreDestroy
    public void stop(IEclipseContext context) {
        context.remove(CampaignFollower.class);
        context.remove(MoveFollower.class);
        campaigns.stop();
        follower.stop();
    }
}
