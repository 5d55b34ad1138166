package io.bulwark.ui.internal.domains;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.Domain;

/**
 * The rules of a domain name, checked while it is typed: 1–64 characters, no '/' and no control characters, unique
 * among its siblings regardless of case (as the server enforces them).
 */
final class DomainNames implements IInputValidator {

    static final int MAX_LENGTH = 64;

    private final List<Domain> siblings;
    private final Domain renamed;

    /**
     * @param siblings
     *            the domains beside the new or renamed one
     * @param renamed
     *            the domain being renamed, or {@code null} for a new one
     */
    DomainNames(List<Domain> siblings, Domain renamed) {
        this.siblings = siblings;
        this.renamed = renamed;
    }

    @Override
    public String isValid(String text) {
        String name = text.strip();
        if (name.isEmpty()) {
            return Messages.DomainNames_empty;
        }
        if (name.length() > MAX_LENGTH) {
            return NLS.bind(Messages.DomainNames_tooLong, Integer.valueOf(MAX_LENGTH));
        }
        if (name.chars().anyMatch(c -> c == '/' || Character.isISOControl(c))) {
            return Messages.DomainNames_badCharacter;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (Domain sibling : siblings) {
            if (sibling != renamed && sibling.getName() != null
                    && sibling.getName().toLowerCase(Locale.ROOT).equals(lower)) {
                return NLS.bind(Messages.DomainNames_taken, sibling.getName());
            }
        }
        return null;
    }
}
