package dev.bouncedoc.site;

import java.util.Map;

/** The site's own words, in the bundled catalog's languages; another language gets the English ones. */
final class Words {
    private Words() {
    }

    static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("siteName", "bouncedoc: mail errors explained"),
                    Map.entry("languageName", "English"),
                    Map.entry("indexTitle", "Mail errors and what to do"),
                    Map.entry("indexDescription", "What an error of a mail program or a returned message means,"
                            + " who must act, and the steps to fix it."),
                    Map.entry("searchLabel", "Search by code, error text or words"),
                    Map.entry("searchPlaceholder", "5.1.1, 0x800CCC0E, mailbox full"),
                    Map.entry("resultsCount", "{n} found"),
                    Map.entry("noResults", "Nothing found. Try a code such as 5.1.1, or fewer words."),
                    Map.entry("steps", "What to do"),
                    Map.entry("admin", "For the administrator or help desk"),
                    Map.entry("temporary", "When the code is temporary (4xx or 4.x.x)"),
                    Map.entry("temporaryNote", "A code that begins with 4 means the problem may clear by itself; the"
                            + " page then reads as follows."),
                    Map.entry("codes", "Codes this page covers"),
                    Map.entry("examples", "Examples of the error"),
                    Map.entry("examplesNote", "Error texts that mean this problem; names and addresses are examples."),
                    Map.entry("references", "References"),
                    Map.entry("facts", "About this page"),
                    Map.entry("id", "Catalog id"),
                    Map.entry("reason", "Reason (Sisimai)"),
                    Map.entry("hardBounce", "Hard bounce"),
                    Map.entry("hard.yes", "yes: stop sending to this address"),
                    Map.entry("hard.no", "no"),
                    Map.entry("aliases", "Former ids"),
                    Map.entry("catalog", "Catalog"),
                    Map.entry("moved", "The page {alias} has moved here:"),
                    Map.entry("footer", "Written by bouncedoc from the catalog {version}."),
                    Map.entry("kind.client", "Mail program problems: sending, receiving, signing in"),
                    Map.entry("kind.delivery", "Messages that could not be delivered"),
                    Map.entry("kind.notice", "Notices from the mail system"),
                    Map.entry("kind.status", "What a code means")),
            "ja", Map.ofEntries(
                    Map.entry("siteName", "bouncedoc メールエラーの説明"),
                    Map.entry("languageName", "日本語"),
                    Map.entry("indexTitle", "メールのエラーと対処方法"),
                    Map.entry("indexDescription", "メールソフトのエラーや戻ってきたメールの意味、対処が必要な方、"
                            + "解決までの手順をご案内します。"),
                    Map.entry("searchLabel", "コード・エラーの文言・キーワードで検索"),
                    Map.entry("searchPlaceholder", "5.1.1、0x800CCC0E、容量"),
                    Map.entry("resultsCount", "{n} 件見つかりました"),
                    Map.entry("noResults", "見つかりませんでした。5.1.1 のようなコードや、短いキーワードでお試しください。"),
                    Map.entry("steps", "対処方法"),
                    Map.entry("admin", "管理者・サポート担当の方へ"),
                    Map.entry("temporary", "一時的なエラー（4xx・4.x.x）の場合"),
                    Map.entry("temporaryNote", "4 で始まるコードは、時間がたつと解消することがある一時的なエラーです。"
                            + "その場合の内容は次のとおりです。"),
                    Map.entry("codes", "このページが扱うコード"),
                    Map.entry("examples", "エラーの例"),
                    Map.entry("examplesNote", "この問題を表すエラーの文言です（名前やアドレスは例です）。"),
                    Map.entry("references", "参考資料"),
                    Map.entry("facts", "このページについて"),
                    Map.entry("id", "カタログ ID"),
                    Map.entry("reason", "理由（Sisimai）"),
                    Map.entry("hardBounce", "ハードバウンス"),
                    Map.entry("hard.yes", "はい（このアドレスへの送信は停止してください）"),
                    Map.entry("hard.no", "いいえ"),
                    Map.entry("aliases", "以前の ID"),
                    Map.entry("catalog", "カタログ"),
                    Map.entry("moved", "「{alias}」のページは移動しました。次のページをご覧ください。"),
                    Map.entry("footer", "bouncedoc がカタログ「{version}」から作成したページです。"),
                    Map.entry("kind.client", "メールソフトの問題（送信・受信・ログイン）"),
                    Map.entry("kind.delivery", "配信できなかったメール"),
                    Map.entry("kind.notice", "メールシステムからのお知らせ"),
                    Map.entry("kind.status", "コードの意味")));

    static String get(String language, String key) {
        Map<String, String> words = WORDS.getOrDefault(language, WORDS.get("en"));
        return words.get(key);
    }
}
