package io.bulwark.ui.tests;

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

    @Override
    public void start(BundleContext context) throws Exception {
        liveServers.start(context);
        newServers.start(context);
        AdministrationFixture.start();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        AdministrationFixture.stop();
        newServers.stop(context);
        liveServers.stop(context);
    }
}
