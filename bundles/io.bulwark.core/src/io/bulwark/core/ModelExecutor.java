package io.bulwark.core;

import java.util.concurrent.Executor;

/**
 * Runs tasks on the one thread allowed to touch the console's EMF model, in the order given (DESIGN §1: EMF is not
 * thread-safe). The host provides it as an OSGi service: the console runs tasks on the UI thread, the command line on a
 * plain thread of its own.
 */
public interface ModelExecutor extends Executor {

    /**
     * @return whether the calling thread is the model thread, so that code already there can act directly
     */
    boolean isModelThread();
}
