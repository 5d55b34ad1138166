package io.bulwark.test.driver;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * Runs code on the SWT UI thread from a test thread. Tests run off the UI thread so that user input, which the UI
 * thread must process, can be sent and waited for.
 */
public final class UiThread {

    private UiThread() {
    }

    /** The display of the application under test. */
    public static Display display() {
        Display display = Display.getDefault();
        if (display.isDisposed()) {
            throw new IllegalStateException("The application's display is gone");
        }
        return display;
    }

    /** Computes a value on the UI thread and returns it; exceptions reach the caller unchanged. */
    public static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicReference<Error> error = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (Error e) {
                error.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    /** Runs code on the UI thread and waits for it. */
    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
