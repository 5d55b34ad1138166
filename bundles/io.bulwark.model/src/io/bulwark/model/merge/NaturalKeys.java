package io.bulwark.model.merge;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.bulwark.model.settings.FirewallPolicy;
import io.bulwark.model.settings.FirewallProfile;
import io.bulwark.model.settings.Gateway;
import io.bulwark.model.settings.ReferenceServer;
import io.bulwark.model.settings.SettingsPackage.Literals;
import io.bulwark.model.settings.UpdateSourceEntry;
import io.bulwark.protocol.settings.WindowsPaths;

/**
 * The natural key of each element of a settings list, under which two versions of the list are compared element by
 * element: a path or extension by itself (as the server tells duplicates apart: case does not matter, nor a folder's
 * trailing backslash), an update source by its IP range, a firewall policy or profile by its name, a reference server
 * by address and port, a gateway by IP and MAC address. An element whose key changed is one removed and one added.
 * <p>
 * A list without such a key is compared as one value: the firewall rules of a policy, whose order decides which rule
 * matches first. Order is not compared in keyed lists: the server treats them as sets (paths, names) or by their
 * ranges.
 */
public final class NaturalKeys {

    /**
     * An element's key.
     *
     * @param id
     *            what is compared; unique within one list (a repeated key gets its occurrence appended)
     * @param label
     *            the key as the element writes it, for a person
     */
    public record Key(String id, String label) {

        /** Equal when the ids are: the same element, whatever the case either side wrote it in. */
        @Override
        public boolean equals(Object obj) {
            return obj instanceof Key other && id.equals(other.id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    private static final Map<EStructuralFeature, Function<EObject, String>> OBJECT_KEYS = new HashMap<>();

    static {
        OBJECT_KEYS.put(Literals.UPDATE_SOURCES__CUSTOM, element -> ((UpdateSourceEntry) element).getIpRange());
        OBJECT_KEYS.put(Literals.FIREWALL__POLICIES, element -> ((FirewallPolicy) element).getName());
        OBJECT_KEYS.put(Literals.FIREWALL__PROFILES, element -> ((FirewallProfile) element).getName());
        OBJECT_KEYS.put(Literals.LOCATION_CRITERIA__REFERENCE_SERVERS, element -> {
            ReferenceServer server = (ReferenceServer) element;
            return server.getAddress() + ":" + server.getPort(); //$NON-NLS-1$
        });
        OBJECT_KEYS.put(Literals.LOCATION_CRITERIA__GATEWAYS, element -> {
            Gateway gateway = (Gateway) element;
            return gateway.getMac() == null ? gateway.getIp() : gateway.getIp() + " " + gateway.getMac(); //$NON-NLS-1$
        });
    }

    private NaturalKeys() {
    }

    /**
     * @param feature
     *            a feature of a settings object
     * @return whether it is a list compared element by element
     */
    public static boolean isKeyed(EStructuralFeature feature) {
        return feature.isMany() && (OBJECT_KEYS.containsKey(feature) || !(feature.getEType() instanceof EClass));
    }

    /**
     * @param feature
     *            a keyed list feature ({@link #isKeyed(EStructuralFeature)})
     * @param elements
     *            the list's elements
     * @return the elements by key, in the list's order
     */
    public static Map<Key, Object> index(EStructuralFeature feature, List<?> elements) {
        Map<Key, Object> byKey = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Object element : elements) {
            String label = label(feature, element);
            String id = id(feature, label);
            int occurrence = seen.merge(id, Integer.valueOf(1), Integer::sum).intValue();
            if (occurrence > 1) {
                id = id + "#" + occurrence; //$NON-NLS-1$
                label = label + " #" + occurrence; //$NON-NLS-1$
            }
            byKey.put(new Key(id, label), element);
        }
        return byKey;
    }

    private static String label(EStructuralFeature feature, Object element) {
        Function<EObject, String> key = OBJECT_KEYS.get(feature);
        if (key != null) {
            return String.valueOf(key.apply((EObject) element));
        }
        if (element instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        return String.valueOf(element);
    }

    private static String id(EStructuralFeature feature, String label) {
        if (feature == Literals.SCAN_EXCLUSIONS__FOLDERS || feature == Literals.SCAN_TARGETS__SPECIFIED_FOLDERS) {
            return WindowsPaths.key(label.strip());
        }
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
