package io.bulwark.core.move;

/**
 * What applying a structure plan did to one target domain.
 *
 * @param targetPath
 *            the domain on the target as a path
 * @param domainId
 *            its id on the target, or {@code null} if it was not created
 * @param creation
 *            whether it was created or found
 * @param settings
 *            what happened to its settings
 * @param problem
 *            what went wrong and what to do, for a person; {@code null} if nothing did
 */
public record DomainOutcome(String targetPath, Long domainId, Creation creation, SettingsOutcome settings,
        String problem) {

    /** Whether a target domain was created. */
    public enum Creation {
        /** Created by this replication (or, for a repeated creation, by an earlier attempt of the same plan). */
        CREATED,
        /** Found on the target already. */
        EXISTED,
        /** The target refused to create it; see {@link DomainOutcome#problem()}. */
        FAILED,
        /** Not tried: an earlier step failed or the work was cancelled. */
        NOT_REACHED
    }

    /** What happened to a target domain's settings. */
    public enum SettingsOutcome {
        /** The copied groups were written. */
        WRITTEN,
        /** The domain already had the copied values: nothing was written. */
        ALREADY_AS_PLANNED,
        /** No group differed at planning: nothing to write. */
        NOTHING_TO_COPY,
        /**
         * Someone changed the copied groups on the target since planning, or while writing: nothing was overwritten.
         */
        CHANGED_ON_TARGET,
        /** The target refused the write; see {@link DomainOutcome#problem()}. */
        FAILED,
        /** Not tried. */
        NOT_REACHED
    }

    /** @return whether the domain exists on the target with the planned settings */
    public boolean done() {
        return (creation == Creation.CREATED || creation == Creation.EXISTED) && (settings == SettingsOutcome.WRITTEN
                || settings == SettingsOutcome.ALREADY_AS_PLANNED || settings == SettingsOutcome.NOTHING_TO_COPY);
    }
}
