package dev.bouncedoc.message;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a message's bytes into one array of the right length. */
public final class MessageBytes {
    private MessageBytes() {
    }

    /**
     * At most {@code max} bytes of a stream expected to hold {@code size} bytes (a file's size; 0 or less
     * when unknown), read into one array of the right length: {@code readNBytes(max)} gathers chunks and then
     * copies them, twice a 16 MiB message's size at once. A stream longer or shorter than expected (a file
     * that changed while it was read) is still read right.
     */
    public static byte[] read(InputStream in, long size, int max) throws IOException {
        if (size <= 0 || size > max) {
            return in.readNBytes(max);
        }
        byte[] b = new byte[(int) size];
        int n = in.readNBytes(b, 0, b.length);
        if (n < b.length) {
            return Arrays.copyOf(b, n);
        }
        byte[] more = in.readNBytes(max - n);
        if (more.length == 0) {
            return b;
        }
        byte[] all = Arrays.copyOf(b, n + more.length);
        System.arraycopy(more, 0, all, n, more.length);
        return all;
    }
}
