package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Non-delivery reports of Microsoft Exchange Server 2007 and later, Exchange Online (Office 365) and
 * Outlook.com, in any of the languages Exchange writes them in.
 *
 * <p>The text part begins with a friendly paragraph ("Delivery has failed to these recipients or
 * groups:", 「次の受信者またはグループへの配信に失敗しました」, "Échec de la remise ...") and then a block
 * headed "Diagnostic information for administrators:" (「管理者向けの診断情報:」, ...). That block holds
 * "Generating server: host" (the reporting MTA), sometimes "Receiving server: host (ip)", then for each
 * recipient its address on a line of its own followed by the server's error: {@code #550 5.1.1
 * RESOLVER.ADR.RecipNotFound; not found ##}, {@code #< #5.0.0 smtp;550 ...> #SMTP#}, or {@code Remote
 * Server returned '550 5.1.10 ...'}, or one line per attempt {@code date - Remote Server at host (ip)
 * returned '...'}. "Original message headers:" ends the block. A message/delivery-status part, when
 * present, gives the recipients and their status; the text gives the server's words.
 */
final class Exchange2007 extends FormatReader {
    static final String[] ADMIN = {"diagnostic information for administrators", "informations de diagnostic pour les administrateurs",
        "informazioni di diagnostica per gli amministratori", "información de diagnóstico para administradores",
        "diagnoseinformationen für administratoren", "diagnostische informatie voor beheerders",
        "informações de diagnóstico para administradores", "管理者向けの診断情報", "管理员的诊断信息", "系統管理員的診斷資訊",
        "diagnostikinformation för administratörer", "diagnostiske oplysninger til administratorer"};
    private static final String[] GENERATING = {"generating server:", "serveur de génération", "server di generazione",
        "servidor de generación", "generierender server", "genererende server", "servidor de geração",
        "生成サーバー", "生成服务器", "產生伺服器", "genererande server"};
    private static final String[] RECEIVING = {"receiving server:", "serveur de réception", "server di ricezione",
        "servidor receptor", "empfangender server", "ontvangende server", "servidor de recebimento", "受信サーバー",
        "接收服务器", "接收伺服器", "mottagande server"};
    private static final String[] ORIGINAL = {"original message headers", "en-têtes de message d'origine",
        "intestazioni originali del messaggio", "encabezados del mensaje original", "ursprüngliche nachrichtenkopfzeilen",
        "oorspronkelijke berichtkoppen", "cabeçalhos da mensagem original", "元のメッセージ ヘッダー", "元のメッセージヘッダー",
        "原始邮件头", "原始郵件標頭", "ursprungliga meddelanderubriker"};

    /** The first paragraph of a delay notice (no DSN part read): the recipients are delayed, not failed. */
    private static final String[] DELAYED = {"delivery is delayed to these recipients or", "la remise est retardée pour ces destinataires",
        "la consegna ai seguenti destinatari o gruppi è stata ritardata", "die zustellung an folgende empfänger oder gruppen verzögert sich",
        "次の受信者またはグループへの配信が遅延しています", "次の受信者またはグループへの配信が遅れています"};
    /** A relay notice: delivered to a server that sends no notification back. */
    private static final String[] RELAYED = {"delivery to these recipients or groups is complete, but no delivery notification",
        "delivery to these recipients or distribution lists is complete, but"};

    @Override
    public String name() {
        return "exchange2007";
    }

    @Override
    boolean mayApply(ReportView message) {
        return message.headers().has("x-ms-exchange-message-is-ndr") || message.plainHas(ADMIN);
    }

    @Override
    Report read(ReportView message) {
        boolean byHeader = message.headers().has("x-ms-exchange-message-is-ndr");
        String text = message.plainText();
        List<String> lines = message.plainLines();
        int admin = ReportLines.find(lines, 0, ADMIN);
        if (admin < 0 && !byHeader) {
            return null;
        }
        String reporting = null;
        String receiving = null;
        List<Entry> entries = new ArrayList<>();
        if (admin >= 0) {
            Entry current = null;
            for (int i = admin + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                String lower = Text.lower(line).strip();
                if (Text.containsAny(lower, ORIGINAL) && lower.length() < 80) {
                    break;
                }
                String v = prefixed(line, GENERATING);
                if (v != null) {
                    reporting = firstWord(v);
                    continue;
                }
                v = prefixed(line, RECEIVING);
                if (v != null) {
                    receiving = firstWord(v);
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                String addr = ReportLines.onlyAddress(line);
                if (addr != null) {
                    current = new Entry(addr);
                    entries.add(current);
                    continue;
                }
                if (current != null) {
                    current.lines.add(line.strip());
                }
            }
            for (Entry e : entries) {
                e.read();
            }
        }
        List<Headers> dsn = message.dsnGroups();
        if (entries.isEmpty() && dsn.isEmpty()) {
            return null;
        }
        List<Failure> failures = new ArrayList<>();
        ByAddress<Entry> byAddress = new ByAddress<>(entries, e -> e.address);
        List<Failure> fromDsn = new ArrayList<>();
        List<Entry> matched = new ArrayList<>();
        for (Headers r : dsn) {
            Failure f = DsnGroups.failure(r); // the text is read below, once, not per recipient
            fromDsn.add(f);
            matched.add(byAddress.take(f.address()));
        }
        for (int k = 0; k < fromDsn.size(); k++) {
            // a recipient the text names differently (an X.500 or alias address in the DSN): pair in order
            if (matched.get(k) == null) {
                matched.set(k, byAddress.next());
            }
        }
        List<Entry> unused = byAddress.rest();
        for (int k = 0; k < fromDsn.size(); k++) {
            Failure f = fromDsn.get(k);
            Entry e = matched.get(k);
            Failure.Builder b = f.toBuilder();
            if (e != null && e.error != null) {
                b.diagnostic(e.error);
                b.replyCode(Text.replyCode(e.error) != null ? Text.replyCode(e.error) : f.replyCode());
                if (f.status() == null || f.status().endsWith(".0.0") && Text.status(e.error) != null) {
                    b.status(Text.status(e.error));
                }
                if (e.remote != null) {
                    b.remoteMta(e.remote);
                }
                if (f.lastAttempt() == null) {
                    b.lastAttempt(e.date);
                }
            }
            if (b.build().remoteMta() == null) {
                b.remoteMta(receiving);
            }
            if (GiveUp.saysExpired(b.diagnostic())) {
                b.stated(Stated.GAVE_UP);
            }
            failures.add(b.build());
        }
        String action = ReportLines.find(lines, 0, DELAYED) >= 0 ? "delayed" : ReportLines.find(lines, 0, RELAYED) >= 0 ? "relayed"
                : "failed";
        for (Entry e : unused) {
            Failure.Builder b = Failure.builder().address(e.address).action(action).diagnostic(e.error)
                    .status(Text.status(e.error)).replyCode(Text.replyCode(e.error))
                    .remoteMta(e.remote != null ? e.remote : receiving).lastAttempt(e.date);
            if (GiveUp.saysExpired(e.error) && !"delayed".equals(action)) {
                b.stated(Stated.GAVE_UP);
            }
            failures.add(b.build());
        }
        if (reporting == null) {
            reporting = message.dsnReportingMta();
        }
        return message.report(name(), reporting, failures);
    }

    private static String prefixed(String line, String[] prefixes) {
        String s = line.strip();
        String lower = Text.lower(s);
        for (String p : prefixes) {
            if (lower.startsWith(p)) {
                int colon = s.indexOf(':', p.length() - 1);
                int wide = s.indexOf('：', p.length() - 1);
                int at = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
                return at < 0 ? s.substring(p.length()).strip() : s.substring(at + 1).strip();
            }
        }
        return null;
    }

    private static String firstWord(String s) {
        String t = s.strip();
        int sp = t.indexOf(' ');
        return sp < 0 ? t : t.substring(0, sp);
    }

    /** One recipient of the administrators' block and the lines that follow its address. */
    private static final class Entry {
        final String address;
        final List<String> lines = new ArrayList<>();
        String error;
        String remote;
        String date;

        Entry(String address) {
            this.address = address;
        }

        void read() {
            for (int i = 0; i < lines.size() && error == null; i++) {
                String line = lines.get(i);
                String lower = Text.lower(line);
                if (remote == null && isHostName(line.strip())) {
                    remote = line.strip(); // Exchange Online names the remote host on a line of its own
                    continue;
                }
                int returned = lower.indexOf("returned '");
                if (line.indexOf('\'') >= 0 && ReportLines.quoted(line) == null) {
                    // the quoted reply runs over several lines
                    StringBuilder sb = new StringBuilder(line);
                    for (int j = i + 1; j < lines.size() && j < i + 12; j++) {
                        sb.append(' ').append(lines.get(j));
                        if (lines.get(j).indexOf('\'') >= 0) {
                            break;
                        }
                    }
                    line = sb.toString();
                    lower = Text.lower(line);
                }
                int at = lower.indexOf("remote server at ");
                if (at >= 0) {
                    String d = line.substring(0, at).strip();
                    if (d.endsWith("-")) {
                        d = d.substring(0, d.length() - 1).strip();
                    }
                    date = d.isEmpty() ? null : d;
                    String rest = line.substring(at + 17).strip();
                    int sp = rest.indexOf(' ');
                    remote = sp < 0 ? rest : rest.substring(0, sp);
                }
                String candidate = line.strip();
                String q = ReportLines.quoted(candidate);
                if (q != null && (returned >= 0 || Text.replyCode(q) != null || Text.status(q) != null)) {
                    candidate = q;
                }
                candidate = clean(candidate);
                if (Text.replyCode(candidate) != null || Text.status(candidate) != null || returned >= 0) {
                    error = candidate.isEmpty() ? null : candidate;
                }
            }
            if (error == null && !lines.isEmpty()) {
                String all = Text.oneLine(String.join(" ", lines));
                error = clean(all);
            }
        }

        private static boolean isHostName(String s) {
            if (s.length() < 4 || s.length() > 253 || s.indexOf('.') <= 0 || s.endsWith(".")) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
                    return false;
                }
            }
            return Character.isLetter(s.charAt(s.length() - 1));
        }

        /** Strips Exchange's decorations: {@code #...##}, {@code < #5.0.0 smtp;...> #SMTP#}, a trailing {@code ##rfc822;...}. */
        static String clean(String s) {
            String t = s.strip();
            if (t.startsWith("#")) {
                t = t.substring(1).strip();
            }
            int hh = t.indexOf("##");
            if (hh >= 0) {
                t = t.substring(0, hh).strip();
            }
            if (t.startsWith("<")) {
                int semi = t.indexOf(';');
                if (semi > 0 && semi < 30) {
                    t = t.substring(semi + 1).strip();
                    int end = t.lastIndexOf('>');
                    if (end >= 0 && t.substring(end).toLowerCase(java.util.Locale.ROOT).replace(" ", "").startsWith(">#smtp#")
                            || end == t.length() - 1) {
                        t = t.substring(0, end).strip();
                    }
                }
            }
            if (t.endsWith("#SMTP#")) {
                t = t.substring(0, t.length() - 6).strip();
            }
            return Text.oneLine(t);
        }
    }
}
