package io.bulwark.core;

/**
 * A change to the server registry was refused, or the registry could not be read or written. The message is fit to show
 * to a person: it names the entry or file and says why. When this is thrown, the registry is as it was before the call.
 */
public class ServerRegistryException extends Exception {

    private static final long serialVersionUID = 1L;

    public ServerRegistryException(String message) {
        super(message);
    }

    public ServerRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
