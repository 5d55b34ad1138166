package io.bulwark.model.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EReference;

/**
 * The settings groups of a {@link Policy}, as the model describes them: each group is one containment reference of
 * {@code Policy}, so that editors, inheritance and merging can walk the groups without naming them one by one. A group
 * is set or inherited as a whole; each scan type is a group of its own, as on the server.
 */
public final class PolicyGroups {

    /** The annotation on each group reference that gives the group's name on the wire. */
    public static final String ANNOTATION = "http://bulwark.io/model/settings/group"; //$NON-NLS-1$

    private static final String NAME = "name"; //$NON-NLS-1$

    private static final List<EReference> ALL;

    static {
        List<EReference> groups = new ArrayList<>();
        for (EReference reference : SettingsPackage.Literals.POLICY.getEAllContainments()) {
            if (reference.getEAnnotation(ANNOTATION) != null) {
                groups.add(reference);
            }
        }
        ALL = Collections.unmodifiableList(groups);
    }

    private PolicyGroups() {
    }

    /** @return every group of a policy, in the order of the server's settings document */
    public static List<EReference> all() {
        return ALL;
    }

    /**
     * @param group
     *            a group of {@link #all()}
     * @return its name on the wire, e.g. {@code scanSettings.manual}; the keys of the server's effective settings
     *         origins
     * @throws IllegalArgumentException
     *             if {@code group} is not a group of a policy
     */
    public static String name(EReference group) {
        EAnnotation annotation = group.getEAnnotation(ANNOTATION);
        if (annotation == null || !ALL.contains(group)) {
            throw new IllegalArgumentException(group.getName() + " is not a settings group of a policy"); //$NON-NLS-1$
        }
        return annotation.getDetails().get(NAME);
    }

    /**
     * @param name
     *            a group's name on the wire
     * @return the group, or {@code null} if no group has that name
     */
    public static EReference byName(String name) {
        for (EReference group : ALL) {
            if (group.getEAnnotation(ANNOTATION).getDetails().get(NAME).equals(name)) {
                return group;
            }
        }
        return null;
    }

    /**
     * @param group
     *            a group of {@link #all()}
     * @return whether only the root may set it (the global agent settings), so that every scope takes it from the root
     */
    public static boolean isRootOnly(EReference group) {
        return group == SettingsPackage.Literals.POLICY__GLOBAL_SETTINGS;
    }
}
