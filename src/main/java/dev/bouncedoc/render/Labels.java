package dev.bouncedoc.render;

import dev.bouncedoc.vocabulary.Retry;
import dev.bouncedoc.vocabulary.WhoActs;
import java.util.Locale;
import java.util.Map;

/** The renderers' own words, in every language the bundled catalog has. */
final class Labels {
    static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.ofEntries(
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
                    Map.entry("scan.message", "メッセージ"),
                    Map.entry("scan.notBounce", "バウンスではありません(配信の問題は報告されていません)"),
                    Map.entry("scan.error", "読み取れませんでした"),
                    Map.entry("scan.recipient", "宛先"),
                    Map.entry("scan.original", "元のメール"),
                    Map.entry("scan.problems", "読み取れなかった部分"),
                    Map.entry("scan.hard", "恒久的な失敗"),
                    Map.entry("kind.failure", "配信できませんでした"),
                    Map.entry("kind.delay", "配信が遅れています(再送を続けています)"),
                    Map.entry("kind.delivered", "配信されました(配信確認)"),
                    Map.entry("kind.feedback", "苦情の報告(フィードバック)"),
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

    static String retry(Locale locale, Retry retry) {
        return get(locale, retry == null ? "unknown" : retry.id());
    }
}
