package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Charsets#decode} guesses a charset as one run of all of ICU's recognisers did before its Japanese
 * recognisers were run alone first: the same text for Japanese, Chinese, Korean, Cyrillic, Greek and Latin
 * texts in their charsets, cut at any byte, with bytes changed, and for random bytes.
 */
class CharsetsTest {
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset ISO_2022_JP = Charset.forName("x-windows-iso2022jp");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");

    /** The detection as it was: every recogniser at once, then the first Japanese match taken, else ICU's best. */
    private static Charset detectedBefore(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            Charset c = Charsets.forLabel(match.getName());
            if (c != null && (c == WINDOWS_31J || c == EUC_JP || c == ISO_2022_JP)) {
                if (fits(bytes, c) || match.getConfidence() >= 30) {
                    return c;
                }
            }
        }
        return matches.length == 0 ? null : Charsets.forLabel(matches[0].getName());
    }

    private static boolean fits(byte[] bytes, Charset c) {
        try {
            c.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Bytes that reach the detector under an ASCII label: 8-bit, not UTF-8, no ISO-2022-JP escape. */
    private static boolean reachesDetector(byte[] b) {
        boolean eightBit = false;
        for (int i = 0; i < b.length; i++) {
            eightBit |= b[i] < 0;
            if (b[i] == 0x1B && i + 2 < b.length && b[i + 1] == '$' && (b[i + 2] == 'B' || b[i + 2] == '@')) {
                return false;
            }
        }
        return eightBit && !fits(b, StandardCharsets.UTF_8);
    }

    @Test
    void detectionGivesWhatOneRunOfEveryRecogniserGave() {
        String[][] texts = {
            {"windows-31j", "このメールは配信できませんでした。宛先のメールアドレスが見つかりません。① ㈱ ～ Mailbox unknown"},
            {"EUC-JP", "メールを送信できませんでした。受信者のメールボックスが一杯です。user unknown 550 5.1.1"},
            {"GB18030", "您的邮件无法投递。收件人地址不存在，请检查后重试。550 用户不存在"},
            {"EUC-KR", "메일을 전달할 수 없습니다. 받는 사람의 주소를 확인하십시오. 550 사용자 없음"},
            {"Big5", "您的郵件無法傳送。收件者地址不存在，請確認後再試。"},
            {"windows-1251", "Сообщение не может быть доставлено: почтовый ящик получателя не существует."},
            {"KOI8-R", "Сообщение не может быть доставлено: почтовый ящик получателя переполнен."},
            {"ISO-8859-7", "Το μήνυμα δεν μπόρεσε να παραδοθεί στον παραλήπτη. Η διεύθυνση δεν υπάρχει."},
            {"windows-1252", "Ihre Nachricht konnte nicht zugestellt werden: Empfänger unbekannt. Délai dépassé, réessayez."},
            {"ISO-8859-1", "No se pudo entregar el mensaje. La dirección de correo no existe. Ça n'a pas marché."},
            {"ISO-8859-2", "Wiadomość nie została dostarczona. Skrzynka odbiorcy jest pełna. Zpráva nebyla doručena."},
        };
        Random random = new Random(14);
        List<byte[]> inputs = new ArrayList<>();
        for (String[] t : texts) {
            byte[] whole = t[1].repeat(3).getBytes(Charset.forName(t[0]));
            inputs.add(whole);
            for (int k = 0; k < 40; k++) {
                byte[] b = Arrays.copyOf(whole, 1 + random.nextInt(whole.length)); // cut anywhere, even in a character
                for (int changes = random.nextInt(3); changes > 0; changes--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                inputs.add(b);
            }
        }
        for (int k = 0; k < 150; k++) {
            byte[] b = new byte[1 + random.nextInt(300)];
            random.nextBytes(b);
            inputs.add(b);
        }
        int compared = 0;
        for (byte[] b : inputs) {
            if (!reachesDetector(b)) {
                continue;
            }
            Charset before = detectedBefore(b);
            String expected = new String(b, before != null ? before : StandardCharsets.ISO_8859_1);
            assertEquals(expected, Charsets.decode(b, "us-ascii"), () -> Arrays.toString(b));
            compared++;
        }
        assertEquals(true, compared > 400, "inputs that reach the detector: " + compared);
    }
}
