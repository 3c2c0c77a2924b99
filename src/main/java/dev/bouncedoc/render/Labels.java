package dev.bouncedoc.render;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import dev.bouncedoc.vocabulary.Retry;
import dev.bouncedoc.vocabulary.WhoActs;
import java.util.Locale;
import java.util.Map;

/** The renderers' own words, in every language the bundled catalog has. */
final class Labels {
    static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("reason.authfailure", "sender authentication (SPF, DKIM, DMARC) failed"),
                    Map.entry("reason.badreputation", "poor sender reputation"),
                    Map.entry("reason.blocked", "sending host blocked"),
                    Map.entry("reason.contenterror", "malformed message"),
                    Map.entry("reason.delivered", "delivered"),
                    Map.entry("reason.exceedlimit", "over a recipient's limit"),
                    Map.entry("reason.expired", "gave up after retrying"),
                    Map.entry("reason.failedstarttls", "encryption (STARTTLS) failed"),
                    Map.entry("reason.feedback", "complaint report"),
                    Map.entry("reason.filtered", "recipient's filter"),
                    Map.entry("reason.hasmoved", "address has moved"),
                    Map.entry("reason.hostunknown", "domain does not exist"),
                    Map.entry("reason.mailboxfull", "mailbox full"),
                    Map.entry("reason.mailererror", "delivery program error"),
                    Map.entry("reason.mesgtoobig", "message too large"),
                    Map.entry("reason.networkerror", "network or DNS error"),
                    Map.entry("reason.norelaying", "relaying denied"),
                    Map.entry("reason.notaccept", "domain accepts no mail"),
                    Map.entry("reason.notcompliantrfc", "message breaks the mail standard (RFC 5322)"),
                    Map.entry("reason.onhold", "reason undecided"),
                    Map.entry("reason.policyviolation", "recipient's policy"),
                    Map.entry("reason.rejected", "sender address refused"),
                    Map.entry("reason.requireptr", "no reverse DNS (PTR) record"),
                    Map.entry("reason.securityerror", "security reason"),
                    Map.entry("reason.spamdetected", "judged as spam"),
                    Map.entry("reason.speeding", "sending too fast"),
                    Map.entry("reason.suppressed", "on a suppression list"),
                    Map.entry("reason.suspend", "account suspended"),
                    Map.entry("reason.syntaxerror", "SMTP command error"),
                    Map.entry("reason.systemerror", "recipient's system error"),
                    Map.entry("reason.systemfull", "recipient's server full"),
                    Map.entry("reason.toomanyconn", "too many connections"),
                    Map.entry("reason.undefined", "reason not detected"),
                    Map.entry("reason.userunknown", "unknown user"),
                    Map.entry("reason.vacation", "out-of-office reply"),
                    Map.entry("reason.virusdetected", "virus detected"),
                    Map.entry("evidence.phrase", "phrase"),
                    Map.entry("evidence.hint", "hint"),
                    Map.entry("evidence.hresult", "error number"),
                    Map.entry("evidence.socket", "socket error"),
                    Map.entry("evidence.pop3", "POP3 answer"),
                    Map.entry("evidence.imap", "IMAP answer"),
                    Map.entry("evidence.status", "status code"),
                    Map.entry("evidence.reply", "reply code"),
                    Map.entry("evidence.ordered", "words in order"),
                    Map.entry("evidence.all", "words together"),
                    Map.entry("evidence.not", "excluded words"),
                    Map.entry("evidence.similar", "similar text"),
                    Map.entry("fact.status", "status"),
                    Map.entry("fact.reply", "reply code"),
                    Map.entry("fact.remote", "remote server"),
                    Map.entry("fact.diagnostic", "diagnostic"),
                    Map.entry("reasonFormat", "{0} ({1})"),
                    Map.entry("scan.hardFormat", " ({0})"),
                    Map.entry("hardBounceFormat", "; {0}: {1}"),
                    Map.entry("evidenceFormat", "{0} \"{1}\" ← \"{2}\" ({3})"),
                    Map.entry("scan.message", "Message"),
                    Map.entry("scan.notBounce", "not a bounce: no delivery problem reported"),
                    Map.entry("scan.error", "could not be read"),
                    Map.entry("scan.recipient", "Recipient"),
                    Map.entry("scan.original", "Original message"),
                    Map.entry("scan.problems", "Not read"),
                    Map.entry("scan.hard", "hard bounce"),
                    Map.entry("kind.failure", "delivery failed"),
                    Map.entry("kind.delay", "delivery delayed, still trying"),
                    Map.entry("kind.delivered", "delivered (a delivery report)"),
                    Map.entry("kind.feedback", "a complaint (feedback) report"),
                    Map.entry("kind.auto-reply", "an automatic reply"),
                    Map.entry("kind.not-bounce", "not a bounce"),
                    Map.entry("steps", "What to do"),
                    Map.entry("admin", "For the administrator"),
                    Map.entry("recognised", "Recognised"),
                    Map.entry("whoActs", "Who acts"),
                    Map.entry("retry", "Retry"),
                    Map.entry("reason", "Reason"),
                    Map.entry("hardBounce", "Hard bounce"),
                    Map.entry("yes", "yes"),
                    Map.entry("no", "no"),
                    Map.entry("why", "Why"),
                    Map.entry("confidence", "Confidence"),
                    Map.entry("catalog", "Catalog"),
                    Map.entry("input", "Your text"),
                    Map.entry("help", "More help on this error"),
                    Map.entry("truncated", "The text was very long: only the first {0} characters were read."),
                    Map.entry("nothing", "nothing"),
                    Map.entry("code.reply", "reply code"),
                    Map.entry("code.status", "status"),
                    Map.entry("code.hresult", "error number"),
                    Map.entry("code.socket", "socket error"),
                    Map.entry("sender", "the sender"),
                    Map.entry("sender-admin", "the sender's provider or mail administrator"),
                    Map.entry("recipient", "the recipient"),
                    Map.entry("recipient-admin", "the recipient's provider or mail administrator"),
                    Map.entry("nobody", "nobody: wait, it clears by itself"),
                    Map.entry("never", "never: the same attempt will not succeed"),
                    Map.entry("later", "later: it will probably work after a while"),
                    Map.entry("after-fixing", "after fixing: it works once the steps are done"),
                    Map.entry("not-needed", "not needed: nothing failed"),
                    Map.entry("nobody.notice", "nobody: nothing to do"),
                    Map.entry("user", "you (the user of the mail program)"),
                    Map.entry("user-provider", "your provider or mail administrator"),
                    Map.entry("unknown", "not known: the text was not recognised")),
            "ja", Map.ofEntries(
                    Map.entry("reason.authfailure", "送信ドメイン認証（SPF・DKIM・DMARC）の失敗"),
                    Map.entry("reason.badreputation", "送信元の評価が低い"),
                    Map.entry("reason.blocked", "送信元の IP アドレスやホスト名による拒否"),
                    Map.entry("reason.contenterror", "メールの形式の誤り"),
                    Map.entry("reason.delivered", "配信済み"),
                    Map.entry("reason.exceedlimit", "受信側の制限を超過"),
                    Map.entry("reason.expired", "再送の期限切れ"),
                    Map.entry("reason.failedstarttls", "暗号化（STARTTLS）の失敗"),
                    Map.entry("reason.feedback", "苦情の報告"),
                    Map.entry("reason.filtered", "受信側のフィルターによる拒否"),
                    Map.entry("reason.hasmoved", "アドレスの移転"),
                    Map.entry("reason.hostunknown", "宛先のドメインが存在しない"),
                    Map.entry("reason.mailboxfull", "メールボックスの容量超過"),
                    Map.entry("reason.mailererror", "配送プログラムのエラー"),
                    Map.entry("reason.mesgtoobig", "メールのサイズ超過"),
                    Map.entry("reason.networkerror", "ネットワークまたは DNS の障害"),
                    Map.entry("reason.norelaying", "中継の拒否"),
                    Map.entry("reason.notaccept", "メールを受け付けないドメイン"),
                    Map.entry("reason.notcompliantrfc", "メールの書式が規格（RFC 5322）に合わない"),
                    Map.entry("reason.onhold", "理由を判定できない"),
                    Map.entry("reason.policyviolation", "受信側のポリシーによる拒否"),
                    Map.entry("reason.rejected", "差出人アドレスによる拒否"),
                    Map.entry("reason.requireptr", "逆引き（PTR）レコードがない"),
                    Map.entry("reason.securityerror", "セキュリティ上の理由による拒否"),
                    Map.entry("reason.spamdetected", "迷惑メールと判定"),
                    Map.entry("reason.speeding", "送信速度の超過"),
                    Map.entry("reason.suppressed", "配信停止リストに登録済み"),
                    Map.entry("reason.suspend", "アカウントの停止"),
                    Map.entry("reason.syntaxerror", "SMTP コマンドの誤り"),
                    Map.entry("reason.systemerror", "受信側システムのエラー"),
                    Map.entry("reason.systemfull", "受信側サーバーの容量不足"),
                    Map.entry("reason.toomanyconn", "接続数や宛先数の超過"),
                    Map.entry("reason.undefined", "理由を検出できない"),
                    Map.entry("reason.userunknown", "宛先のユーザーが存在しない"),
                    Map.entry("reason.vacation", "不在通知"),
                    Map.entry("reason.virusdetected", "ウイルスを検出"),
                    Map.entry("evidence.phrase", "文言"),
                    Map.entry("evidence.hint", "手がかりの語"),
                    Map.entry("evidence.hresult", "エラー番号"),
                    Map.entry("evidence.socket", "ソケットエラー"),
                    Map.entry("evidence.pop3", "POP3 の応答"),
                    Map.entry("evidence.imap", "IMAP の応答"),
                    Map.entry("evidence.status", "拡張ステータスコード"),
                    Map.entry("evidence.reply", "応答コード"),
                    Map.entry("evidence.ordered", "順に並んだ語句"),
                    Map.entry("evidence.all", "語句の組み合わせ"),
                    Map.entry("evidence.not", "除外する語句"),
                    Map.entry("evidence.similar", "似た文面"),
                    Map.entry("fact.status", "拡張ステータスコード"),
                    Map.entry("fact.reply", "応答コード"),
                    Map.entry("fact.remote", "相手のサーバー"),
                    Map.entry("fact.diagnostic", "エラーの文面"),
                    Map.entry("reasonFormat", "{0}（{1}）"),
                    Map.entry("scan.hardFormat", "（{0}）"),
                    Map.entry("hardBounceFormat", "、{0}: {1}"),
                    Map.entry("evidenceFormat", "{0}「{1}」←「{2}」（位置 {3}）"),
                    Map.entry("scan.message", "メッセージ"),
                    Map.entry("scan.notBounce", "バウンスではありません（配信の問題は報告されていません）"),
                    Map.entry("scan.error", "読み取れませんでした"),
                    Map.entry("scan.recipient", "宛先"),
                    Map.entry("scan.original", "元のメール"),
                    Map.entry("scan.problems", "読み取れなかった部分"),
                    Map.entry("scan.hard", "恒久的な失敗"),
                    Map.entry("kind.failure", "配信できませんでした"),
                    Map.entry("kind.delay", "配信が遅れています（再送を続けています）"),
                    Map.entry("kind.delivered", "配信されました（配信確認）"),
                    Map.entry("kind.feedback", "苦情の報告（フィードバック）"),
                    Map.entry("kind.auto-reply", "自動応答"),
                    Map.entry("kind.not-bounce", "バウンスではありません"),
                    Map.entry("steps", "対処方法"),
                    Map.entry("admin", "管理者向けの情報"),
                    Map.entry("recognised", "読み取ったコード"),
                    Map.entry("whoActs", "対応する人"),
                    Map.entry("retry", "再試行"),
                    Map.entry("reason", "理由"),
                    Map.entry("hardBounce", "恒久的な失敗"),
                    Map.entry("yes", "はい"),
                    Map.entry("no", "いいえ"),
                    Map.entry("why", "判断の根拠"),
                    Map.entry("confidence", "確からしさ"),
                    Map.entry("catalog", "カタログ"),
                    Map.entry("input", "入力されたテキスト"),
                    Map.entry("help", "このエラーについて詳しく見る"),
                    Map.entry("truncated", "テキストが長すぎるため、最初の {0} 文字だけを読み取りました。"),
                    Map.entry("nothing", "なし"),
                    Map.entry("code.reply", "応答コード"),
                    Map.entry("code.status", "拡張ステータスコード"),
                    Map.entry("code.hresult", "エラー番号"),
                    Map.entry("code.socket", "ソケットエラー"),
                    Map.entry("sender", "送信した人"),
                    Map.entry("sender-admin", "送信側のプロバイダーまたはメール管理者"),
                    Map.entry("recipient", "受信する人"),
                    Map.entry("recipient-admin", "受信側のプロバイダーまたはメール管理者"),
                    Map.entry("nobody", "対応は不要です（時間がたてば解消します）"),
                    Map.entry("never", "同じ宛先に再送しても届きません"),
                    Map.entry("later", "しばらくしてから再送すれば届く見込みです"),
                    Map.entry("after-fixing", "対処方法を行ったあとで、もう一度お試しください"),
                    Map.entry("not-needed", "不要です（エラーではありません）"),
                    Map.entry("nobody.notice", "対応は不要です"),
                    Map.entry("user", "お客さま（メールソフトをお使いの方）"),
                    Map.entry("user-provider", "ご契約のプロバイダーまたはメール管理者"),
                    Map.entry("unknown", "判別できません（エラーを認識できませんでした）")));

    private Labels() {
    }

    static String get(Locale locale, String key) {
        Map<String, String> words = WORDS.getOrDefault(locale.getLanguage(), WORDS.get("en"));
        return words.getOrDefault(key, WORDS.get("en").get(key));
    }

    /**
     * The "truncated" label with the number of characters read, as {@code new MessageFormat(label, locale)}
     * writes it, without parsing the label each time.
     */
    static String truncated(Locale locale, int charsRead) {
        String label = get(locale, "truncated");
        int at = label.indexOf("{0}");
        LocalizedNumberFormatter number = Numbers.BY_LOCALE.get(locale);
        if (number == null) {
            number = NumberFormatter.withLocale(locale);
        }
        return label.substring(0, at) + number.format(charsRead) + label.substring(at + 3);
    }

    /** ICU's number formatters (immutable, thread-safe), made when a label first needs one. */
    private static final class Numbers {
        static final Map<Locale, LocalizedNumberFormatter> BY_LOCALE = Map.of(
                Locale.ENGLISH, NumberFormatter.withLocale(Locale.ENGLISH),
                Locale.JAPANESE, NumberFormatter.withLocale(Locale.JAPANESE));
    }

    /** Who acts, in words; "not known" when the diagnosis cannot say (nothing was recognised). */
    static String whoActs(Locale locale, WhoActs who) {
        return get(locale, who == null ? "unknown" : who.id());
    }

    /**
     * Who acts, for a diagnosis that also says whether to retry: "nobody" of a notice (nothing failed) has
     * nothing to wait for, unlike "nobody" of a temporary error, which clears by itself.
     */
    static String whoActs(Locale locale, WhoActs who, Retry retry) {
        return who == WhoActs.NOBODY && retry == Retry.NOT_NEEDED ? get(locale, "nobody.notice") : whoActs(locale, who);
    }

    /**
     * A Sisimai reason for people: its name in the language with Sisimai's name beside it ("宛先のユーザーが存在しない
     * （userunknown）", "unknown user (userunknown)"); Sisimai's name alone for a reason without a name.
     */
    static String reason(Locale locale, String reason) {
        String name = get(locale, "reason." + reason);
        return name == null ? reason : get(locale, "reasonFormat").replace("{0}", name).replace("{1}", reason);
    }

    /** An evidence kind (phrase, hint, reply, ...) in words; the kind itself when it has none. */
    static String evidence(Locale locale, String kind) {
        String name = get(locale, "evidence." + kind);
        return name == null ? kind : name;
    }

    static String retry(Locale locale, Retry retry) {
        return get(locale, retry == null ? "unknown" : retry.id());
    }
}
