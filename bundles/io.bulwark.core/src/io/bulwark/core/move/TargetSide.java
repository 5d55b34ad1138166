package io.bulwark.core.move;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.move.DomainPaths;
import io.bulwark.core.internal.move.Messages;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * What planning learns about the target: who it is, the domain, the settings in effect there; or why it cannot take the
 * agents.
 */
record TargetSide(ServerInfo info, Long domainId, String domainPath, long domainAgents, PolicySettings settings,
        TargetReadiness readiness) {

    static TargetSide read(ServerClient target, String wantedPath, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        ServerInfo info;
        DomainPaths domains;
        try {
            info = target.serverInfo(progress.split(1));
            domains = new DomainPaths(target.domains(progress.split(1)));
        } catch (ServerException e) {
            return unready(null, NLS.bind(Messages.MovePlanner_targetUnreachable, target.address(), e.getMessage()));
        }
        Long domainId;
        try {
            domainId = domains.find(wantedPath);
        } catch (IllegalArgumentException e) {
            return unready(info, NLS.bind(Messages.MovePlanner_targetDomainUnknown, e.getMessage(), info.name()));
        }
        SettingsScope scope = domainId == null ? SettingsScope.root() : SettingsScope.domain(domainId.longValue());
        try {
            PolicySettings settings = target.effectiveSettings(scope, progress.split(1)).settings();
            return new TargetSide(info, domainId, domains.path(domainId), domains.agentCount(domainId), settings,
                    new TargetReadiness(true, null, null));
        } catch (ServerException e) {
            return unready(info, NLS.bind(Messages.MovePlanner_targetUnreachable, target.address(), e.getMessage()));
        }
    }

    private static TargetSide unready(ServerInfo info, String problem) {
        return new TargetSide(info, null, "", 0, null, new TargetReadiness(false, problem, null)); //$NON-NLS-1$
    }

    MoveServer server(ServerClient target) {
        if (info == null) {
            return new MoveServer(target.address().toString(), null, null, MovePlanner.fingerprint(target), 0);
        }
        return new MoveServer(target.address().toString(), info.name(), info.serverId(),
                MovePlanner.fingerprint(target), info.listeningPort());
    }
}
