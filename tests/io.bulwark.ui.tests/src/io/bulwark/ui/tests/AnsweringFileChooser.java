package io.bulwark.ui.tests;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.bulwark.ui.FileChooser;

/**
 * A file chooser that answers with the paths a test gives it in advance, in place of the operating system's file
 * dialog, which a test cannot drive. Registered with a higher ranking than the console's own, so every command that
 * asks for a file asks this one; with no answer waiting it answers as a person who cancels.
 */
public final class AnsweringFileChooser implements FileChooser {

    private static final BlockingQueue<Path> ANSWERS = new LinkedBlockingQueue<>();
    private static final AtomicInteger QUESTIONS = new AtomicInteger();

    private AnsweringFileChooser() {
    }

    /** Registers the chooser in place of the console's; unregister it when the console stops. */
    static ServiceRegistration<FileChooser> register(BundleContext context) {
        return context.registerService(FileChooser.class, new AnsweringFileChooser(),
                FrameworkUtil.asDictionary(Map.of(Constants.SERVICE_RANKING, Integer.valueOf(100))));
    }

    /** Makes the next question for a file answered with {@code file}. */
    public static void answerNextWith(Path file) {
        ANSWERS.add(file);
    }

    /** @return how many times the console asked for a file so far */
    public static int questions() {
        return QUESTIONS.get();
    }

    @Override
    public Path chooseFileToRead(Shell parent, String title, String[] extensions) {
        return answer();
    }

    @Override
    public Path chooseFileToWrite(Shell parent, String title, String[] extensions, String suggestedName) {
        return answer();
    }

    private static Path answer() {
        QUESTIONS.incrementAndGet();
        return ANSWERS.poll();
    }
}
