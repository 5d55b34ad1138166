package io.bulwark.protocol.move;

/** A {@link MoveReceipt} that does not prove what it claims; the message says why. */
public class ReceiptRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message
     *            why the receipt is refused
     */
    public ReceiptRefusedException(String message) {
        super(message);
    }

    /**
     * @param message
     *            why the receipt is refused
     * @param cause
     *            what failed
     */
    public ReceiptRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
