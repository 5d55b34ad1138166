package io.bulwark.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The test bundle's activator, started before the workbench (start level 4) in the runs that need real servers: each
 * fixture starts only when its own system property is set, and lists its servers in the {@link StartupList}, so one
 * console run can serve the tests of several fixtures, each with its own servers, and a run that sets none gets the
 * start-up list its surefire execution names. Only {@link NewServersFixture}, whose console must know no server, cannot
 * be combined with a fixture that lists servers.
 */
public final class TestFixtures implements BundleActivator {

    private final NewServersFixture newServers = new NewServersFixture();
    private final MovesFixture moves = new MovesFixture();
    private final List<AutoCloseable> settingsEditors = new ArrayList<>();
    private final List<AutoCloseable> offlinePolicies = new ArrayList<>();

    @Override
    public void start(BundleContext context) throws Exception {
        try {
            startFixtures(context);
        } catch (Exception | Error e) {
            // OSGi calls stop only after a start that returned: stop what the fixtures before the failing one started.
            try {
                stop(context);
            } catch (Exception stopping) {
                e.addSuppressed(stopping);
            }
            throw e;
        }
    }

    private void startFixtures(BundleContext context) throws Exception {
        LiveServersFixture.SMALL.start();
        if (SettingsEditorsFixture.isEnabled()) {
            settingsEditors.addAll(SettingsEditorsFixture.start());
        }
        AdministrationFixture.start();
        moves.start(context);
        if (OfflinePoliciesFixture.isEnabled()) {
            offlinePolicies.add(OfflinePoliciesFixture.start());
        }
        // Last in the list: below its 800 agents a server's rows would be far down the agent tree.
        LiveServersFixture.LARGE.start();
        if (Boolean.getBoolean(NewServersFixture.ENABLE_PROPERTY) && !StartupList.isEmpty()) {
            throw new IllegalStateException("The console of " + NewServersFixture.class.getSimpleName()
                    + " must know no server, but other fixtures of this run list " + StartupList.names());
        }
        StartupList.handOver();
        newServers.start(context);
    }

    /** Stops every fixture, each even if one before it fails to stop; the first failure is thrown with the others. */
    @Override
    public void stop(BundleContext context) throws Exception {
        List<Exception> failures = new ArrayList<>();
        stopping(failures, () -> newServers.stop(context));
        stopping(failures, () -> closeAll(offlinePolicies));
        stopping(failures, () -> moves.stop(context));
        stopping(failures, AdministrationFixture::stop);
        stopping(failures, () -> closeAll(settingsEditors.reversed()));
        stopping(failures, LiveServersFixture.LARGE::stop);
        stopping(failures, LiveServersFixture.SMALL::stop);
        stopping(failures, StartupList::clear);
        if (!failures.isEmpty()) {
            Exception first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    private interface Stop {
        void run() throws Exception;
    }

    private static void stopping(List<Exception> failures, Stop stop) {
        try {
            stop.run();
        } catch (Exception e) {
            failures.add(e);
        }
    }

    private static void closeAll(List<AutoCloseable> started) throws Exception {
        try {
            for (AutoCloseable each : started) {
                each.close();
            }
        } finally {
            started.clear();
        }
    }
}
