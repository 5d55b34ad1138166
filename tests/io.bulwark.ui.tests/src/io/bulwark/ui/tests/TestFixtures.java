package io.bulwark.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The test bundle's activator, started before the workbench (start level 4) in the runs that need real servers: each
 * fixture starts only when its own system property is set, so every surefire execution gets the console set-up it names
 * and the others see none.
 */
public final class TestFixtures implements BundleActivator {

    private final LiveServersFixture liveServers = new LiveServersFixture();
    private final NewServersFixture newServers = new NewServersFixture();
    private final MovesFixture moves = new MovesFixture();
    private final List<AutoCloseable> settingsEditors = new ArrayList<>();
    private final List<AutoCloseable> offlinePolicies = new ArrayList<>();

    @Override
    public void start(BundleContext context) throws Exception {
        liveServers.start(context);
        newServers.start(context);
        if (SettingsEditorsFixture.isEnabled()) {
            settingsEditors.addAll(SettingsEditorsFixture.start());
        }
        AdministrationFixture.start();
        moves.start(context);
        if (OfflinePoliciesFixture.isEnabled()) {
            offlinePolicies.add(OfflinePoliciesFixture.start());
        }
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        for (AutoCloseable started : offlinePolicies) {
            started.close();
        }
        offlinePolicies.clear();
        moves.stop(context);
        AdministrationFixture.stop();
        for (int i = settingsEditors.size() - 1; i >= 0; i--) {
            settingsEditors.get(i).close();
        }
        settingsEditors.clear();
        newServers.stop(context);
        liveServers.stop(context);
    }
}
