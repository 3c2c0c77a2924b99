package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.eclipse.angus.mail.util.QPDecoderStream;
import org.junit.jupiter.api.Test;

/** {@link QuotedPrintable} decodes as Angus Mail's {@link QPDecoderStream}, byte for byte, read as the walk reads. */
class QuotedPrintableTest {
    /** What a stream gives to readNBytes(cap), or the exception's class. */
    private static String read(InputStream in, int cap) {
        try (in) {
            return Arrays.toString(in.readNBytes(cap));
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }

    private static void assertSameDecoding(byte[] b, int cap) {
        String expected = read(new QPDecoderStream(new ByteArrayInputStream(b)), cap);
        assertEquals(expected, read(new QuotedPrintable(b, 0, b.length), cap), () -> Arrays.toString(b) + " cap " + cap);
    }

    @Test
    void writtenCasesDecodeAsAngusMail() {
        String[] cases = {"", "plain", "caf=C3=A9", "soft =\nbreak", "soft =\r\nbreak", "lone =\rcr", "end =", "end =\r",
            "trailing   \nspaces  ", "spaces   in", "=4", "=zz", "=-1 after", "=-5", "==41", "= \r\nx", "a  =\n  b", "=\r\r\n"};
        for (String c : cases) {
            byte[] b = c.getBytes(StandardCharsets.ISO_8859_1);
            assertSameDecoding(b, Integer.MAX_VALUE);
            assertSameDecoding(b, 3);
        }
        assertEquals(Arrays.toString("café".getBytes(StandardCharsets.UTF_8)),
                read(new QuotedPrintable("caf=C3=A9".getBytes(StandardCharsets.ISO_8859_1), 0, 9), 100));
    }

    @Test
    void generatedBytesDecodeAsAngusMail() {
        byte[] alphabet = {'=', '=', ' ', ' ', '\r', '\n', 'A', 'f', '0', '9', '-', 'g', '\t', (byte) 0xFF, (byte) 0x80};
        Random random = new Random(4646);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[random.nextInt(n % 500 == 0 ? 9_000 : 30)];
            for (int i = 0; i < b.length; i++) {
                b[i] = alphabet[random.nextInt(alphabet.length)];
            }
            assertSameDecoding(b, Integer.MAX_VALUE);
            assertSameDecoding(b, 1 + random.nextInt(b.length + 1));
        }
    }

    @Test
    void aLongRunOfSoftLineBreaksIsReadWithoutRecursion() {
        byte[] b = "=\n".repeat(200_000).concat("x").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("[120]", read(new QuotedPrintable(b, 0, b.length), 10));
    }
}
