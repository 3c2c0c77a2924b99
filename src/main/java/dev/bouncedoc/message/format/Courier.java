package dev.bouncedoc.message.format;

import dev.bouncedoc.message.DeliveryStatus;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The Courier mail server's "NOTICE: mail delivery status." reports. The text part begins
 * {@code This is a delivery status notification from host, running the Courier mail server, version ...},
 * and under {@code UNDELIVERABLE MAIL} (or {@code DELAYS IN DELIVERING YOUR MESSAGE}) lists each recipient
 * as {@code <address>:}, then the remote host indented ({@code     mx.example.org [192.0.2.1]:}), the
 * command sent ({@code >>> RCPT TO:<address>}) and the server's reply ({@code <<< 550 5.1.1 ...}), or a
 * local error line. The message/delivery-status part that follows has only a class status (5.0.0); the
 * reply in the text gives the precise code and the command.
 */
final class Courier extends FormatReader {
    @Override
    public String name() {
        return "courier";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        if (!lower.contains("running the courier mail server")) {
            return null;
        }
        List<Block> blocks = blocks(message.lines());
        List<Failure> failures = new ArrayList<>();
        String reportingMta = null;
        for (DeliveryStatus ds : message.ownDsnParts()) {
            reportingMta = DsnGroups.reportingMta(ds);
            for (Headers r : ds.recipients()) {
                Failure base = DsnGroups.failure(r);
                Block block = null;
                for (Block bl : blocks) {
                    if (bl.address() != null && bl.address().equalsIgnoreCase(base.address())) {
                        block = bl;
                    }
                }
                failures.add(merge(base, block));
            }
        }
        if (failures.isEmpty()) {
            for (Block bl : blocks) {
                failures.add(merge(Failure.builder().address(bl.address()).action("failed").build(), bl));
            }
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), reportingMta, failures);
    }

    private static Failure merge(Failure base, Block block) {
        if (block == null || block.diagnostic() == null) {
            return base;
        }
        String diagnostic = block.diagnostic();
        return base.toBuilder().diagnostic(diagnostic)
                .status(SmtpReply.preferStatus(base.status(), Text.status(diagnostic)))
                .replyCode(Text.replyCode(diagnostic))
                .remoteMta(base.remoteMta() != null ? base.remoteMta() : block.remoteMta())
                .command(block.command())
                .build();
    }

    /** What Courier says about one recipient: its address, the diagnostic, the remote host and the command answered. */
    private record Block(String address, String diagnostic, String remoteMta, String command) {
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("<") || !line.strip().endsWith(">:")) {
                continue;
            }
            String address = Text.cleanAddress(line.strip().substring(1, line.strip().length() - 2));
            String host = null;
            String command = null;
            List<String> replies = new ArrayList<>();
            List<String> own = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.size(); j++) {
                String t = lines.get(j).strip();
                if (t.startsWith("---") || lines.get(j).startsWith("<") && t.endsWith(">:")) {
                    break;
                }
                if (t.isEmpty()) {
                    if (!replies.isEmpty() || !own.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (t.startsWith(">>>")) {
                    command = SmtpCommand.named(t.substring(3));
                    replies.clear();
                } else if (t.startsWith("<<<")) {
                    replies.add(t.substring(3).strip());
                } else if (t.endsWith("]:") && t.indexOf(" [") > 0 && host == null && replies.isEmpty()) {
                    host = t.substring(0, t.indexOf(" ["));
                } else {
                    own.add(t);
                }
            }
            i = j - 1;
            String diagnostic = !replies.isEmpty() ? SmtpReply.join(replies)
                    : own.isEmpty() ? null : Text.oneLine(String.join(" ", own));
            out.add(new Block(address, diagnostic, host, replies.isEmpty() ? null : command));
        }
        return out;
    }
}
