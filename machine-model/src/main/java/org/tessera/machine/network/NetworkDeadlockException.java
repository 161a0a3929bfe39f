package org.tessera.machine.network;

/** The watchdog's verdict: flits are held in the network but none has moved for too long. */
public final class NetworkDeadlockException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NetworkDeadlockException(String message) {
        super(message);
    }
}
