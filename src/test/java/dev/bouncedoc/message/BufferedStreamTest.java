package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.eclipse.angus.mail.util.QPDecoderStream;
import org.junit.jupiter.api.Test;

class BufferedStreamTest {
    @Test
    void quotedPrintableDecodesTheSameThroughTheBuffer() throws IOException {
        String qp = "caf=C3=A9 au lait  \r\nsoft=\r\nbreak=\nand =3D sign, bad =ZZ escape, tail =\r\n"
                + "=E3=81=82=E3=81=84 \t \r\nlast line without end=";
        byte[] raw = qp.getBytes(StandardCharsets.US_ASCII);
        byte[] direct = new QPDecoderStream(new ByteArrayInputStream(raw)).readAllBytes();
        byte[] buffered = new QPDecoderStream(new MailMessage.Buffered(new ByteArrayInputStream(raw))).readAllBytes();
        assertArrayEquals(direct, buffered);
        assertEquals("café au lait\r\nsoftbreakand = sign, bad =ZZ", new String(buffered, StandardCharsets.UTF_8).substring(0, 42));
    }

    @Test
    void anyBytesReadTheSameInAnyChunks() throws IOException {
        Random random = new Random(14);
        byte[] bytes = new byte[20_000];
        random.nextBytes(bytes);
        InputStream in = new MailMessage.Buffered(new ByteArrayInputStream(bytes));
        byte[] out = new byte[bytes.length];
        int n = 0;
        while (n < out.length) {
            if (random.nextBoolean()) {
                out[n++] = (byte) in.read();
            } else {
                int r = in.read(out, n, Math.min(out.length - n, random.nextInt(9000)));
                n += Math.max(r, 0);
            }
        }
        assertArrayEquals(bytes, out);
        assertEquals(-1, in.read());
        assertEquals(-1, in.read(out, 0, 10));
        assertEquals(0, in.read(out, 0, 0));
    }
}
