package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The last resort for a message that looks like a bounce but whose format no recogniser knows: every
 * address mentioned in the report's text (before the quoted original) that is not the report's own
 * sender or addressee is taken as failed, with the lines that follow it as its diagnostic text.
 */
final class Generic extends FormatReader {
    @Override
    public String name() {
        return "generic";
    }

    @Override
    Report read(ReportView message) {
        if (!message.looksLikeBounce()) {
            return null;
        }
        String text = message.beforeOriginal();
        Set<String> excluded = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        excluded.addAll(Text.addresses(message.from()));
        excluded.addAll(Text.addresses(message.headers().get("to")));
        excluded.addAll(Text.addresses(message.headers().get("return-path")));
        List<String> rcpts = new ArrayList<>();
        for (String v : message.headers().all("x-failed-recipients")) {
            rcpts.addAll(Text.addresses(v));
        }
        Headers original = message.original();
        if (rcpts.isEmpty()) {
            rcpts = addressees(candidates(text, excluded), original);
        }
        if (rcpts.isEmpty() && original.get("to") != null) {
            // the report names nobody: the returned message's own To is the best guess there is, unless
            // the returned message is a list's copy, whose To names the list, not the subscriber
            // (RFC 2369 List-Post, Mailman's X-BeenThere)
            Set<String> list = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            list.addAll(Text.addresses(original.get("list-post")));
            list.addAll(Text.addresses(original.get("x-beenthere")));
            for (String a : Text.addresses(original.get("to"))) {
                if (!excluded.contains(a) && !list.contains(a)) {
                    rcpts.add(a);
                }
            }
        }
        if (rcpts.size() > MAX_CANDIDATES) {
            rcpts = new ArrayList<>(rcpts.subList(0, MAX_CANDIDATES)); // the reader's own limit cuts further, and says so
        }
        Paragraphs paragraphs = new Paragraphs(text, rcpts);
        String body = message.lowerBody();
        // a warning: the MTA keeps trying (read past a "do not resend your original message" line, which
        // the quoted original's marker would end the report's text at)
        String action = Signals.stillTrying(body.length() > 3000 ? body.substring(0, 3000) : body) ? "delayed" : "failed";
        List<Failure> failures = new ArrayList<>();
        List<String[]> commands = rcptCommands(Lines.of(text));
        for (String r : rcpts) {
            String answer = rcptAnswer(commands, r);
            String about = answer != null ? answer : paragraphs.about(r);
            failures.add(Failure.builder().address(r).action(action).diagnostic(about).command(answer != null ? "RCPT" : null)
                    .diagnosticCut(answer == null && paragraphs.lastCut())
                    .status(Text.status(about)).replyCode(Text.replyCode(about)).build());
        }
        if (failures.isEmpty()) {
            String error = ReportLines.errorLines(text);
            if (Text.status(error) == null && Text.replyCode(error) == null && !Signals.fromMailSystem(message)) {
                return null; // no recipient, no code, and neither sender nor subject speaks for a mail system: a person's mail
            }
            if (error == null) {
                error = ownWords(text); // no code to quote: the report's own words say what it can
            }
            failures.add(Failure.builder().action(action).diagnostic(error).status(Text.status(error))
                    .replyCode(Text.replyCode(error)).build());
        }
        return ReportView.report(name(), null, groupWise(failures, Text.lower(text)), original);
    }

    /**
     * Of several addresses the report's text names, those the returned message was addressed to (its To or
     * Cc, or the "for &lt;...&gt;" of its Received lines), when some are and some are not: the others are the
     * report's help text (the site's standard address form, a directory's contact for the person, an
     * alternative to write to), not failed recipients. All of them when none or all are addressees (a list's
     * copy is addressed to the list, not to the subscriber the report names).
     */
    static List<String> addressees(List<String> named, Headers original) {
        if (named.size() < 2) {
            return named;
        }
        Set<String> to = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        to.addAll(Text.addresses(original.get("to")));
        to.addAll(Text.addresses(original.get("cc")));
        for (String received : original.all("received")) {
            String l = Text.lower(received);
            int at = l.indexOf(" for <");
            if (at >= 0) {
                int end = l.indexOf('>', at);
                if (end > at) {
                    to.addAll(Text.addresses(received.substring(at + 6, end)));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String a : named) {
            if (to.contains(a)) {
                out.add(a);
            }
        }
        return out.isEmpty() || out.size() == named.size() ? named : out;
    }

    /** The fixed sentence that opens the non-delivery notice of Novell GroupWise (its Internet Agent, GWIA). */
    static final String GROUPWISE_LEAD = "the message that you sent was undeliverable to the following:";

    /**
     * The failures, each stated {@link dev.bouncedoc.message.Stated#NO_SUCH_LOCAL_USER} whose line in a
     * GroupWise non-delivery notice is its address followed by GroupWise's own remark "(user not found)":
     * under its fixed opening sentence, each recipient on a line of its own with the system's verdict in
     * parentheses. GroupWise looked the recipient up in its own directory and found no such user; no
     * server's reply or filter is involved. Other remarks ("(host not found)") are left to their words.
     */
    static List<Failure> groupWise(List<Failure> failures, String lowerText) {
        int lead = lowerText.indexOf(GROUPWISE_LEAD);
        if (lead < 0) {
            return failures;
        }
        List<Failure> out = new ArrayList<>(failures.size());
        for (Failure f : failures) {
            out.add(f.stated() == null && f.address() != null && userNotFound(f.diagnostic(), f.address())
                    ? f.toBuilder().stated(dev.bouncedoc.message.Stated.NO_SUCH_LOCAL_USER).build() : f);
        }
        return out;
    }

    /** Whether a line is the address (bare or in angle brackets) and then "(user not found)", nothing else. */
    private static boolean userNotFound(String line, String address) {
        if (line == null) {
            return false;
        }
        String l = Text.lower(line).strip();
        String a = Text.lower(address);
        if (l.startsWith("<" + a + ">")) {
            l = l.substring(a.length() + 2);
        } else if (l.startsWith(a)) {
            l = l.substring(a.length());
        } else {
            return false;
        }
        return l.strip().equals("(user not found)");
    }

    /** The report's text before the returned message, in one line and cut at about 600 characters; null if blank. */
    static String ownWords(String text) {
        String one = Text.oneLine(text);
        if (one == null || one.isBlank()) {
            return null;
        }
        if (one.length() > 600) {
            int cut = one.lastIndexOf(' ', 600);
            one = one.substring(0, cut > 400 ? cut : 600);
        }
        return one.strip();
    }

    /**
     * The RCPT TO commands of a session transcript the report quotes, each with the line after it ("RCPT
     * To:&lt;bob@example.com&gt;" and on the next line "552 Message for &lt;bob@example.com&gt; would exceed
     * mailbox quota", as MDaemon and other MTAs log the session): one pass over the lines, however many
     * recipients are then looked up ({@link #rcptAnswer}).
     */
    static List<String[]> rcptCommands(List<String> lines) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(">>> ")) {
                line = line.substring(4).strip();
            }
            if (line.regionMatches(true, 0, "rcpt to:", 0, 8)) {
                out.add(new String[] {Text.lower(line), lines.get(i + 1)});
                if (out.size() >= MAX_RCPT_COMMANDS) {
                    break; // a transcript quotes a few; thousands are not a session log
                }
            }
        }
        return out;
    }

    /** The most RCPT TO commands of a quoted transcript that are looked at. */
    static final int MAX_RCPT_COMMANDS = 100;

    /** The error reply that answered the recipient's RCPT TO in the transcript's commands, or null. */
    static String rcptAnswer(List<String[]> commands, String address) {
        String a = Text.lower(address);
        for (String[] command : commands) {
            if (!command[0].contains(a)) {
                continue;
            }
            String next = command[1].strip();
            if (next.startsWith("<<< ")) {
                next = next.substring(4).strip();
            }
            String code = Text.replyCode(next);
            return code != null && next.startsWith(code) && (code.charAt(0) == '4' || code.charAt(0) == '5') ? next : null;
        }
        return null;
    }

    /**
     * Addresses in the text, in order, that are not the report's own, nor administrative mailboxes. The
     * lines that echo the returned message's header ("Your message  To: list@example.org  Subject: ...  did
     * not reach the following recipient(s):", as Exchange writes) name its addressees, not necessarily the
     * failed ones: their addresses count only when no other line names one.
     */
    static List<String> candidates(String text, Set<String> excluded) {
        Set<String> examples = examples(text);
        Map<String, String> found = new LinkedHashMap<>();
        Map<String, String> echoed = new LinkedHashMap<>();
        for (String line : Lines.of(text)) {
            String l = Text.lower(line).strip();
            if (l.startsWith("from:") || l.startsWith("reply-to:") || l.startsWith("return-path:")
                    || l.startsWith("sender:") || l.startsWith("message-id:") || l.startsWith("received:")
                    || l.startsWith("by ") || l.startsWith("(envelope-from") || l.startsWith("references:")
                    || l.startsWith("in-reply-to:")) {
                continue;
            }
            Map<String, String> into = l.startsWith("to:") || l.startsWith("cc:") ? echoed : found;
            for (String a : Text.addresses(line)) {
                String lower = a.toLowerCase(Locale.ROOT);
                String local = lower.substring(0, lower.indexOf('@'));
                if (excluded.contains(a) || examples.contains(lower) || placeholder(a.substring(0, a.indexOf('@')))
                        || local.equals("postmaster") || local.equals("mailer-daemon")
                        || local.equals("abuse") || lower.startsWith("mailer-daemon")) {
                    continue;
                }
                into.putIfAbsent(lower, a);
            }
            if (found.size() >= MAX_CANDIDATES) {
                break;
            }
        }
        return new ArrayList<>(found.isEmpty() ? echoed.values() : found.values());
    }

    /**
     * The addresses a help paragraph gives as examples, not recipients: those in a sentence that says it
     * gives an example ("e.g.", "for example", "for instance"), as a directory lookup's report explains
     * "if jane.doe@example.edu fails, try jane.q.doe@example.edu". Sentences end at a blank line or at '.',
     * '!' or '?' before white space (not the dots of "e.g." or "i.e."). One pass; lower case.
     */
    static Set<String> examples(String text) {
        Set<String> out = new HashSet<>();
        String lower = Text.lower(text);
        int start = 0;
        int n = lower.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            if (!end) {
                char c = lower.charAt(i);
                char next = i + 1 < n ? lower.charAt(i + 1) : ' ';
                if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(next)) {
                    end = !(c == '.' && i >= 3 && (lower.startsWith("e.g", i - 3) || lower.startsWith("i.e", i - 3)));
                } else if (c == '\n') {
                    int j = i + 1;
                    while (j < n && (lower.charAt(j) == ' ' || lower.charAt(j) == '\t' || lower.charAt(j) == '\r')) {
                        j++;
                    }
                    end = j < n && lower.charAt(j) == '\n';
                }
            }
            if (end) {
                String sentence = lower.substring(start, Math.min(n, i + 1));
                if (sentence.contains("@") && (sentence.contains("e.g.") || sentence.contains("for example")
                        || sentence.contains("for instance"))) {
                    out.addAll(Text.addresses(sentence));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * Whether a local part is a placeholder a help text writes in capitals for "your party's name"
     * ("finger NAME@directory.example.edu"): one of the words for it, all in upper case.
     */
    static boolean placeholder(String local) {
        switch (local) {
            case "NAME": case "USER": case "USERNAME": case "USERID": case "LOGIN": case "YOURNAME": case "SOMEONE":
            case "ADDRESS": case "MAILBOX": case "FIRST.LAST": case "FIRSTNAME.LASTNAME":
                return true;
            default:
                return false;
        }
    }

    /** More addresses than any real bounce lists; beyond this the text is not searched further. */
    static final int MAX_CANDIDATES = 10_000;

    /**
     * For each recipient, the line that first names it and the lines after it, up to a blank line or a line
     * naming another recipient. The lines and their addresses are read once, so the work is linear in the
     * text however many recipients it names.
     */
    static final class Paragraphs {
        private final List<String> lines;
        private final List<Set<String>> lineAddresses = new ArrayList<>();
        private final Map<String, Integer> firstLine = new HashMap<>();
        private final Map<String, Integer> firstAt = new HashMap<>(); // where on its first line: its '@'
        private final Set<String> recipients = new HashSet<>();
        private final String errors;
        private final int count;
        private boolean lastCut;

        Paragraphs(String text, List<String> all) {
            this.lines = Lines.of(text);
            for (String a : all) {
                recipients.add(a.toLowerCase(Locale.ROOT));
            }
            List<Integer> ats = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Set<String> here = new HashSet<>();
                ats.clear();
                List<String> named = Text.addresses(lines.get(i), ats);
                for (int k = 0; k < named.size(); k++) {
                    String l = named.get(k).toLowerCase(Locale.ROOT);
                    here.add(l);
                    if (firstLine.putIfAbsent(l, i) == null) {
                        firstAt.put(l, ats.get(k));
                    }
                }
                lineAddresses.add(here);
            }
            this.errors = all.size() == 1 ? ReportLines.errorLines(text) : null;
            this.count = all.size();
        }

        String about(String address) {
            lastCut = false;
            String a = address.toLowerCase(Locale.ROOT);
            Integer at = firstLine.get(a);
            if (at == null) {
                return null;
            }
            // a line naming many recipients is not each one's diagnostic: only the part around this one
            int max = Failure.MAX_DIAGNOSTIC_CHARS;
            lastCut = lines.get(at).length() > max;
            StringBuilder sb = new StringBuilder(Text.window(lines.get(at), firstAt.get(a), firstAt.get(a) + 1, max).strip());
            int blanks = 0;
            for (int j = at + 1; j < lines.size() && j <= at + 8; j++) {
                String next = lines.get(j);
                if (sb.length() + next.length() > max) {
                    lastCut = true;
                    break;
                }
                boolean other = false;
                for (String o : lineAddresses.get(j)) {
                    if (!o.equals(a) && recipients.contains(o)) {
                        other = true;
                        break;
                    }
                }
                if (other) {
                    break;
                }
                if (next.isBlank()) {
                    if (++blanks > 1 || Text.replyCode(sb.toString()) != null) {
                        break;
                    }
                    continue;
                }
                sb.append(' ').append(next.strip());
            }
            String p = Text.oneLine(sb.toString());
            if (Text.replyCode(p) == null && Text.status(p) == null && errors != null && count == 1) {
                p = p + " " + errors;
            }
            return p;
        }

        /** Whether the last {@link #about} answer was cut to a window of its lines. */
        boolean lastCut() {
            return lastCut;
        }
    }

}
