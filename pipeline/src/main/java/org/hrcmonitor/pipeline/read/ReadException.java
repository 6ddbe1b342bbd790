package org.hrcmonitor.pipeline.read;

/**
 * A file could not be turned into a document. The message is the reason as a user should read it ("encrypted
 * (password-protected)", "no text layer (scanned PDF?): needs OCR"), without the file name, which the caller adds.
 */
public final class ReadException extends Exception {
    public ReadException(String reason) {
        super(reason);
    }

    public ReadException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
