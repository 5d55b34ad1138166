package io.bulwark.ui.internal.accounts;

import io.bulwark.model.AccountRole;

/** Account roles in words. */
public final class RoleLabels {

    private RoleLabels() {
    }

    /**
     * @param role
     *            a role
     * @return it in words
     */
    public static String of(AccountRole role) {
        return switch (role) {
            case ROOT -> Messages.RoleLabels_root;
            case ADMINISTRATOR -> Messages.RoleLabels_administrator;
            case OPERATOR -> Messages.RoleLabels_operator;
        };
    }

    /**
     * @param role
     *            a role as the server names it, e.g. {@code operator}
     * @return it in words, or as the server names it when this console does not know it
     */
    public static String of(String role) {
        AccountRole known = role == null ? null : AccountRole.get(role);
        return known == null ? role : of(known);
    }
}
