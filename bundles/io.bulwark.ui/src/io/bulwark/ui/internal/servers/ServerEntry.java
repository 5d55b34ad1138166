package io.bulwark.ui.internal.servers;

import io.bulwark.core.ServerDetails;
import io.bulwark.model.ServerFolder;

/**
 * What the server dialog collected.
 *
 * @param details
 *            name, address and user
 * @param password
 *            the password typed, or an empty array when none was (an edit then keeps the stored one)
 * @param folder
 *            the folder chosen for a new server, or {@code null} for the top level
 */
record ServerEntry(ServerDetails details, char[] password, ServerFolder folder) {
}
