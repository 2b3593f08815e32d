<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Commands</name>
    <message>
        <source>Change the title</source>
        <translation>表題の変更</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>シナリオの追加</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>シナリオの削除</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>シナリオ名の変更</translation>
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
    <name>QObject</name>
    <message>
        <source>an unsaved document</source>
        <translation>未保存の文書</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>未保存の作業の復元</translation>
    </message>
    <message>
        <source>ShienPlan was not closed normally. An automatic copy of %1 from %2 exists.
Open it? Your file itself has not been changed.</source>
        <translation>ShienPlan は前回正常に終了しませんでした。%1 の自動保存（%2）があります。
開きますか？元のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>復元できません</translation>
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
</context>
<context>
    <name>shienplan::CompareChart</name>
    <message>
        <source>thousand yen</source>
        <translation>千円</translation>
    </message>
    <message>
        <source>Scenarios compared (ranges drawn at their upper end)</source>
        <translation>シナリオの比較（範囲は上限で表示）</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>シナリオの比較</translation>
    </message>
</context>
<context>
    <name>shienplan::CompareModel</name>
    <message>
        <source>Programs</source>
        <translation>事業</translation>
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
        <source>Standard amount (基準額)</source>
        <translation>基準額</translation>
    </message>
    <message>
        <source>National subsidy</source>
        <translation>国庫補助額</translation>
    </message>
    <message>
        <source>Prefecture support</source>
        <translation>都道府県の支援</translation>
    </message>
    <message>
        <source>Local burden</source>
        <translation>実施主体の負担</translation>
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
        <source>Sources are the seed documents by file and line (e.g. 002:1148), rules.md sections for gaps, or your own citation.</source>
        <translation>出典は資料のファイル番号と行（例: 002:1148）、資料にない値は rules.md の該当節、またはユーザーが入力した出典です。</translation>
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
        <translation>事業</translation>
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
    <name>shienplan::FundingModel</name>
    <message>
        <source>Standard amount (基準額)</source>
        <translation>基準額</translation>
    </message>
    <message>
        <source>Net expenditure</source>
        <translation>実支出額（その他の収入を控除）</translation>
    </message>
    <message>
        <source>Adopted amount</source>
        <translation>補助対象額</translation>
    </message>
    <message>
        <source>National subsidy</source>
        <translation>国庫補助額</translation>
    </message>
    <message>
        <source>Prefecture support</source>
        <translation>都道府県の支援</translation>
    </message>
    <message>
        <source>Local burden</source>
        <translation>実施主体の負担</translation>
    </message>
    <message>
        <source>Scenario total: national</source>
        <translation>シナリオ合計: 国庫補助額</translation>
    </message>
    <message>
        <source>Scenario total: prefecture</source>
        <translation>シナリオ合計: 都道府県の支援</translation>
    </message>
    <message>
        <source>Scenario total: local</source>
        <translation>シナリオ合計: 実施主体の負担</translation>
    </message>
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
</context>
<context>
    <name>shienplan::MainWindow</name>
    <message>
        <source>Implementing body and fiscal year</source>
        <translation>実施主体と年度</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>事業</translation>
    </message>
    <message>
        <source>Funding (estimate)</source>
        <translation>補助額の試算</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>シナリオ(&amp;S)</translation>
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
        <source>&amp;Population</source>
        <translation>人口(&amp;P)</translation>
    </message>
    <message>
        <source>Fiscal &amp;year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>P&amp;rogram</source>
        <translation>事業(&amp;R)</translation>
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
        <source>&amp;Expenditure (yen)</source>
        <translation>実支出額（円）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Other income (yen)</source>
        <translation>寄付金その他の収入（円）(&amp;O)</translation>
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
        <translation>翌年度の事業</translation>
    </message>
    <message>
        <source>Joint program</source>
        <translation>共同実施</translation>
    </message>
    <message>
        <source>Runs 重層的支援体制整備事業</source>
        <translation>重層的支援体制整備事業を実施</translation>
    </message>
    <message>
        <source>With it the station's base amount is 7,500,000 yen instead of 10,000,000 yen (002:1148-1149).</source>
        <translation>実施している場合、ステーション事業の基本額は 10,000千円 ではなく 7,500千円 です（002:1148-1149）。</translation>
    </message>
    <message>
        <source>Has a welfare office</source>
        <translation>福祉事務所を設置</translation>
    </message>
    <message>
        <source>ひきこもり支援コーディネーター</source>
        <translation>ひきこもり支援コーディネーター</translation>
    </message>
    <message>
        <source>専門職の配置 (S09)</source>
        <translation>専門職の配置（⑨）</translation>
    </message>
    <message>
        <source>市町村等訪問支援員 (S14, from FY2025; column label unverified)</source>
        <translation>市町村等訪問支援員（令和7年度から。表の列名は未確認）</translation>
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
        <source>How was this computed?</source>
        <translation>計算の根拠を見る</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>シナリオ比較</translation>
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
        <source>New scenario (copy of this one)</source>
        <translation>新しいシナリオ（このシナリオを複製）</translation>
    </message>
    <message>
        <source>Rename scenario…</source>
        <translation>シナリオ名の変更…</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>シナリオの削除</translation>
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
        <source>Explain the amounts</source>
        <translation>金額の根拠</translation>
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
        <source>Name, reading or code of the town (e.g. 富山, とやま, 162019)</source>
        <translation>団体名・よみ・コード（例: 富山、とやま、162019）</translation>
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
        <source>Run alone</source>
        <translation>単独実施</translation>
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
        <source>%1 (copy)</source>
        <translation>%1（複製）</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>シナリオ名の変更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Recovered: </source>
        <translation>復元: </translation>
    </message>
    <message>
        <source>Sample: 高岡市 令和7年度</source>
        <translation>見本: 高岡市 令和7年度</translation>
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
        <source>ShienPlan documents (*.shienplan);;JSON plans (*.json *.jsonl);;All files (*)</source>
        <translation>ShienPlan 文書 (*.shienplan);;JSON の計画 (*.json *.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Scenario 1</source>
        <translation>シナリオ1</translation>
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
</context>
<context>
    <name>shienplan::MatrixModel</name>
    <message>
        <source>Sub-project</source>
        <translation>事業</translation>
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
        <source>The label of this column is not printed in the source (000:173); verify it against the original.</source>
        <translation>この列の見出しは資料に印字されていません（000:173）。原本で確認してください。</translation>
    </message>
</context>
</TS>