package io.bulwark.core.move;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.move.Messages;
import io.bulwark.core.internal.move.MoveJson;

/**
 * A plan saved for review: a JSON document naming its format and version, written atomically, read strictly. A file
 * that is not a plan is refused with its name and the reason; nothing is guessed from it.
 */
public final class MovePlanFile {

    /** The value of the {@code format} member that marks a move plan. */
    public static final String FORMAT = "bulwark-move-plan"; //$NON-NLS-1$

    /** The version of the document written and read. */
    public static final int VERSION = 1;

    /** The saved document. */
    record Document(String format, int version, MovePlan plan) {
    }

    private MovePlanFile() {
    }

    /**
     * @param plan
     *            a plan
     * @param file
     *            where to save it; replaced atomically
     * @throws MoveException
     *             if it cannot be written, naming the file
     */
    public static void save(MovePlan plan, Path file) throws MoveException {
        try {
            MoveJson.writeFile(file, new Document(FORMAT, VERSION, plan));
        } catch (IOException e) {
            throw new MoveException(NLS.bind(Messages.MovePlanFile_writeFailed, file, e.getMessage()), e);
        }
    }

    /**
     * @param file
     *            a saved plan
     * @return the plan
     * @throws MoveException
     *             if the file is missing, unreadable or not a plan of this version, naming the file
     */
    public static MovePlan load(Path file) throws MoveException {
        Document document;
        try {
            document = MoveJson.read(Files.readAllBytes(file), Document.class);
        } catch (NoSuchFileException e) {
            throw new MoveException(NLS.bind(Messages.MovePlanFile_missing, file), e);
        } catch (IOException | RuntimeException e) {
            throw new MoveException(NLS.bind(Messages.MovePlanFile_unreadable, file, e.getMessage()), e);
        }
        if (!FORMAT.equals(document.format()) || document.version() != VERSION) {
            throw new MoveException(NLS.bind(Messages.MovePlanFile_notAPlan,
                    new Object[]{file, FORMAT, Integer.valueOf(VERSION)}));
        }
        String problem = MovePlans.problem(document.plan());
        if (problem != null) {
            throw new MoveException(NLS.bind(Messages.MovePlanFile_unreadable, file, problem));
        }
        return document.plan();
    }
}
