package io.bulwark.ui.internal;

import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.bulwark.core.ModelExecutor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Gives core the console's model thread (DESIGN §1): while the workbench runs, an OSGi {@link ModelExecutor} service
 * runs model tasks on the UI thread. Core's live connections require that service, so they start only once the UI
 * thread exists and stop when the workbench closes. The addon is created by the workbench on its UI thread; no
 * declarative component ever creates or looks up a display.
 */
public class ModelThreadAddon {

    private ServiceRegistration<ModelExecutor> registration;

    @PostConstruct
    public void offerModelThread() {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("The model thread addon must be created on the UI thread"); //$NON-NLS-1$
        }
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        registration = context.registerService(ModelExecutor.class, new DisplayModelExecutor(display), null);
    }

    @PreDestroy
    public void withdrawModelThread() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
