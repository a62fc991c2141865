<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Attain</source>
      <translation>關於 Attain</translation>
    </message>
    <message>
      <source>Sales-target management: SMART targets, decomposition, KPIs, forecasts and reviews.</source>
      <translation>銷售目標管理：SMART 目標、目標分解、KPI、預測與複盤。</translation>
    </message>
    <message>
      <source>Licensed under the GNU General Public License, version 3 or later.</source>
      <translation>依據 GNU 通用公共許可證第 3 版或更高版本授權。</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>資料庫：</translation>
    </message>
    <message>
      <source>Log file:</source>
      <translation>日誌檔案：</translation>
    </message>
  </context>
  <context>
    <name>AchievablePage</name>
    <message>
      <source>Achievable</source>
      <translation>可實現（Achievable）</translation>
    </message>
    <message>
      <source>Is the number ambitious but reachable, judged against your own history?</source>
      <translation>對照您自己的歷史，這個數字是否既有挑戰又可實現？</translation>
    </message>
    <message>
      <source>Target &amp;value:</source>
      <translation>目標值(&amp;V)：</translation>
    </message>
    <message>
      <source>Same period last year:</source>
      <translation>去年同期：</translation>
    </message>
    <message>
      <source>At the recent run-rate:</source>
      <translation>按近期速度：</translation>
    </message>
    <message>
      <source>Past periods that grew less:</source>
      <translation>增長更低的歷史期間：</translation>
    </message>
    <message>
      <source>Chance of reaching it:</source>
      <translation>達成機率：</translation>
    </message>
    <message>
      <source>Forecast:</source>
      <translation>預測：</translation>
    </message>
    <message>
      <source>I &amp;understand and keep this target</source>
      <translation>我已瞭解，保留此目標(&amp;U)</translation>
    </message>
    <message>
      <source>Why is this target right? (required)</source>
      <translation>為什麼這個目標是合理的？（必填）</translation>
    </message>
  </context>
  <context>
    <name>MeasurablePage</name>
    <message>
      <source>Measurable</source>
      <translation>可衡量（Measurable）</translation>
    </message>
    <message>
      <source>How progress is counted, and where it stands today.</source>
      <translation>如何計算進度，以及目前的情況。</translation>
    </message>
    <message>
      <source>Computed as:</source>
      <translation>計算方式：</translation>
    </message>
    <message>
      <source>For:</source>
      <translation>範圍：</translation>
    </message>
    <message>
      <source>So far:</source>
      <translation>目前：</translation>
    </message>
    <message>
      <source>Same period last year:</source>
      <translation>去年同期：</translation>
    </message>
    <message>
      <source>Change:</source>
      <translation>變化：</translation>
    </message>
  </context>
  <context>
    <name>RelevantPage</name>
    <message>
      <source>Relevant</source>
      <translation>相關（Relevant）</translation>
    </message>
    <message>
      <source>Which bigger goal does this target serve?</source>
      <translation>這個目標服務於哪個更大的目標？</translation>
    </message>
    <message>
      <source>&amp;Contributes to:</source>
      <translation>服務於(&amp;C)：</translation>
    </message>
    <message>
      <source>Parent target:</source>
      <translation>上級目標：</translation>
    </message>
    <message>
      <source>Share of the parent:</source>
      <translation>佔上級目標：</translation>
    </message>
  </context>
  <context>
    <name>RevisionDialog</name>
    <message>
      <source>Revise Target</source>
      <translation>調整目標</translation>
    </message>
    <message>
      <source>Current value:</source>
      <translation>當前值：</translation>
    </message>
    <message>
      <source>&amp;New value:</source>
      <translation>新目標值(&amp;N)：</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>原因(&amp;R)：</translation>
    </message>
    <message>
      <source>&amp;Explanation:</source>
      <translation>說明(&amp;E)：</translation>
    </message>
    <message>
      <source>What changed, and why the new value is right</source>
      <translation>發生了什麼變化，為什麼新目標值是合理的</translation>
    </message>
    <message>
      <source>&amp;Approve directly (as manager)</source>
      <translation>直接批准（經理）(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>SpecificPage</name>
    <message>
      <source>Specific</source>
      <translation>明確（Specific）</translation>
    </message>
    <message>
      <source>What exactly should be reached, and by whom?</source>
      <translation>要達成什麼，由誰負責？</translation>
    </message>
    <message>
      <source>&amp;Measure:</source>
      <translation>衡量指標(&amp;M)：</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>範圍(&amp;F)：</translation>
    </message>
    <message>
      <source>&amp;Who:</source>
      <translation>對象(&amp;W)：</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>標題(&amp;T)：</translation>
    </message>
    <message>
      <source>The title follows your choices until you edit it.</source>
      <translation>在您修改之前，標題會隨您的選擇自動生成。</translation>
    </message>
  </context>
  <context>
    <name>TargetDetailDialog</name>
    <message>
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>基本資訊</translation>
    </message>
    <message>
      <source>Metric:</source>
      <translation>指標：</translation>
    </message>
    <message>
      <source>Scope:</source>
      <translation>範圍：</translation>
    </message>
    <message>
      <source>Owner:</source>
      <translation>負責人：</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>期間：</translation>
    </message>
    <message>
      <source>As of:</source>
      <translation>截至：</translation>
    </message>
    <message>
      <source>Decomposition:</source>
      <translation>分解：</translation>
    </message>
    <message>
      <source>&amp;Parent:</source>
      <translation>上級目標(&amp;P)：</translation>
    </message>
    <message>
      <source>Open the target this one is part of</source>
      <translation>開啟本目標所屬的上級目標</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>資料</translation>
    </message>
    <message>
      <source>Current target</source>
      <translation>當前目標</translation>
    </message>
    <message>
      <source>Original target</source>
      <translation>原始目標</translation>
    </message>
    <message>
      <source>Value:</source>
      <translation>目標值：</translation>
    </message>
    <message>
      <source>Attainment:</source>
      <translation>達成率：</translation>
    </message>
    <message>
      <source>Actual to date:</source>
      <translation>截至目前實際：</translation>
    </message>
    <message>
      <source>Expected by now:</source>
      <translation>目前應完成：</translation>
    </message>
    <message>
      <source>Gap:</source>
      <translation>差額：</translation>
    </message>
    <message>
      <source>Pace:</source>
      <translation>進度：</translation>
    </message>
    <message>
      <source>Projected:</source>
      <translation>預測：</translation>
    </message>
    <message>
      <source>Progress:</source>
      <translation>完成進度：</translation>
    </message>
    <message>
      <source>Progress toward the current target</source>
      <translation>當前目標的完成進度</translation>
    </message>
    <message>
      <source>&amp;Breakdown</source>
      <translation>分解明細(&amp;B)</translation>
    </message>
    <message>
      <source>Double-click a target or press Enter to open it.</source>
      <translation>雙擊目標或按回車鍵即可開啟。</translation>
    </message>
    <message>
      <source>Re&amp;visions</source>
      <translation>調整記錄(&amp;V)</translation>
    </message>
    <message>
      <source>The value has never been revised.</source>
      <translation>目標值從未調整過。</translation>
    </message>
    <message>
      <source>&amp;Revise…</source>
      <translation>調整(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Decompose…</source>
      <translation>分解(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;History…</source>
      <translation>歷史(&amp;H)…</translation>
    </message>
    <message>
      <source>&amp;Export CSV…</source>
      <translation>匯出 CSV(&amp;E)…</translation>
    </message>
  </context>
  <context>
    <name>TimeBoundPage</name>
    <message>
      <source>Time-bound</source>
      <translation>有時限（Time-bound）</translation>
    </message>
    <message>
      <source>By when, and how often progress is reviewed.</source>
      <translation>截止時間，以及多久複盤一次進度。</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>期間(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
      <source>&amp;Which:</source>
      <translation>哪一個(&amp;W)：</translation>
    </message>
    <message>
      <source>Fro&amp;m:</source>
      <translation>從(&amp;M)：</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>到(&amp;T)：</translation>
    </message>
    <message>
      <source>Runs:</source>
      <translation>時間：</translation>
    </message>
    <message>
      <source>&amp;Review:</source>
      <translation>複盤(&amp;R)：</translation>
    </message>
  </context>
  <context>
    <name>attain::storage::Backup</name>
    <message>
      <source>Cannot move %1 into place at %2: %3</source>
      <translation>無法將 %1 移動到 %2：%3</translation>
    </message>
    <message>
      <source>%1 already exists; choose another file name.</source>
      <translation>%1 已存在，請換一個檔名。</translation>
    </message>
    <message>
      <source>The backup %1 does not exist.</source>
      <translation>備份 %1 不存在。</translation>
    </message>
    <message>
      <source>Cannot copy %1 to %2.</source>
      <translation>無法將 %1 複製到 %2。</translation>
    </message>
    <message>
      <source>%1 cannot be restored: %2</source>
      <translation>無法恢復 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>attain::storage::Database</name>
    <message>
      <source>The file %1 does not exist.</source>
      <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
      <source>%1 is not a file.</source>
      <translation>%1 不是檔案。</translation>
    </message>
    <message>
      <source>%1 is not an Attain database. It was not changed.</source>
      <translation>%1 不是 Attain 資料庫，檔案未作任何更改。</translation>
    </message>
    <message>
      <source>Cannot open %1: %2</source>
      <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
      <source>%1 is damaged or not a database (%2). It was not changed.</source>
      <translation>%1 已損壞或不是資料庫（%2），檔案未作任何更改。</translation>
    </message>
    <message>
      <source>%1 is an SQLite database, but not an Attain database. It was not changed.</source>
      <translation>%1 是 SQLite 資料庫，但不是 Attain 資料庫，檔案未作任何更改。</translation>
    </message>
    <message>
      <source>%1 was written by a newer version of Attain (schema %2; this version reads up to %3). Please update Attain. The file was not changed.</source>
      <translation>%1 由更新版本的 Attain 寫入（結構版本 %2；本版本最高支援 %3）。請升級 Attain。檔案未作任何更改。</translation>
    </message>
    <message>
      <source>Cannot upgrade %1: the safety copy %2 could not be written (%3). The file was not changed.</source>
      <translation>無法升級 %1：無法寫入安全副本 %2（%3）。檔案未作任何更改。</translation>
    </message>
    <message>
      <source>Cannot upgrade %1 to the current format: %2</source>
      <translation>無法將 %1 升級到當前格式：%2</translation>
    </message>
  </context>
  <context>
    <name>attain::storage::DemoDatabase</name>
    <message>
      <source>Cannot move the new database into place at %1: %2</source>
      <translation>無法將新資料庫移動到 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>attain::storage::DemoReviews</name>
    <message>
      <source>Pipeline coverage for December is thin; two large proposals are waiting for the customer's budget.</source>
      <translation>12 月的銷售管道覆蓋不足；兩個大額方案在等客戶的預算。</translation>
    </message>
    <message>
      <source>Every rep calls back their stalled proposals before Friday.</source>
      <translation>每位銷售在週五前回訪自己停滯的方案。</translation>
    </message>
    <message>
      <source>Call back the three stalled proposals</source>
      <translation>回訪三個停滯的方案</translation>
    </message>
    <message>
      <source>Update the December forecast in the pipeline</source>
      <translation>更新銷售管道中的 12 月預測</translation>
    </message>
    <message>
      <source>Book demos with two key accounts</source>
      <translation>與兩個重點客戶約定示範</translation>
    </message>
    <message>
      <source>Two proposals moved to negotiation; one key account postponed its demo.</source>
      <translation>兩個方案進入談判階段；一個重點客戶推遲了示範。</translation>
    </message>
    <message>
      <source>Prepare the year-end push before the next review.</source>
      <translation>在下次複盤前準備好年底衝刺計畫。</translation>
    </message>
    <message>
      <source>Draft the year-end push plan</source>
      <translation>起草年底衝刺計畫</translation>
    </message>
    <message>
      <source>Strong month on new customers; visits are below the team's average.</source>
      <translation>本月新客戶表現突出；拜訪次數低於團隊平均。</translation>
    </message>
    <message>
      <source>Two customer visits a week until the end of the year.</source>
      <translation>年底前每週拜訪兩位客戶。</translation>
    </message>
    <message>
      <source>Plan two customer visits a week</source>
      <translation>安排每週兩次客戶拜訪</translation>
    </message>
    <message>
      <source>Share the renewal checklist with the team</source>
      <translation>與團隊分享續約檢查清單</translation>
    </message>
    <message>
      <source>Revenue is behind the yearly pace in two regions; the online channel grows fastest.</source>
      <translation>兩個區域的銷售額落後於全年進度；線上渠道增長最快。</translation>
    </message>
    <message>
      <source>Move one presales engineer to the team furthest behind for the rest of the quarter.</source>
      <translation>本季度剩餘時間調一名售前工程師支援最落後的團隊。</translation>
    </message>
    <message>
      <source>Review discount exceptions above 15%</source>
      <translation>審查超過 15% 的折扣例外</translation>
    </message>
  </context>
  <context>
    <name>attain::storage::ReviewTemplates</name>
    <message>
      <source>Weekly team review</source>
      <translation>每週團隊複盤</translation>
    </message>
    <message>
      <source>Pipeline and forecast</source>
      <translation>銷售管道與預測</translation>
    </message>
    <message>
      <source>Targets at risk</source>
      <translation>風險預警</translation>
    </message>
    <message>
      <source>Last week's action items</source>
      <translation>上週行動項目</translation>
    </message>
    <message>
      <source>Next week's focus</source>
      <translation>下週重點</translation>
    </message>
    <message>
      <source>Monthly business review</source>
      <translation>月度經營複盤</translation>
    </message>
    <message>
      <source>Results against targets</source>
      <translation>業績與目標對比</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>預測</translation>
    </message>
    <message>
      <source>Risks</source>
      <translation>風險</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>決策</translation>
    </message>
    <message>
      <source>Adjustments</source>
      <translation>調整</translation>
    </message>
    <message>
      <source>One-on-one</source>
      <translation>一對一溝通</translation>
    </message>
    <message>
      <source>Own targets and pace</source>
      <translation>個人目標與進度</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>銷售活動</translation>
    </message>
    <message>
      <source>Blockers</source>
      <translation>障礙</translation>
    </message>
    <message>
      <source>Coaching</source>
      <translation>輔導</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>行動項目</translation>
    </message>
    <message>
      <source>%1 — %2 — %3</source>
      <translation>%1 — %2 — %3</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::AboutDialog</name>
    <message>
      <source>&lt;h2&gt;Attain %1&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Attain %1&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>none</source>
      <translation>無</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::AchievabilityChart</name>
    <message>
      <source>10,000 yuan</source>
      <translation>萬元</translation>
    </message>
    <message>
      <source>million yuan</source>
      <translation>百萬元</translation>
    </message>
    <message>
      <source>10,000 %1</source>
      <translation>萬%1</translation>
    </message>
    <message>
      <source>million %1</source>
      <translation>百萬 %1</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>實際</translation>
    </message>
    <message>
      <source>80% range</source>
      <translation>80% 區間</translation>
    </message>
    <message>
      <source>95% range</source>
      <translation>95% 區間</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>預測</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>%1 per month</source>
      <translation>%1/月</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::AchievablePage</name>
    <message>
      <source>under 1%</source>
      <translation>不到 1%</translation>
    </message>
    <message>
      <source>over 99%</source>
      <translation>超過 99%</translation>
    </message>
    <message>
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>e.g. 12,000,000 or 1200万</source>
      <translation>例如 12,000,000 或 1200萬</translation>
    </message>
    <message>
      <source>Enter a value to see how it compares with your history.</source>
      <translation>輸入目標值，檢視與歷史的對比。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Not judged&lt;/b&gt;: the check looks for growth, and here lower is better.</source>
      <translation>&lt;b&gt;不評估&lt;/b&gt;：該檢查衡量增長，而此指標越低越好。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Not judged&lt;/b&gt;: no complete month of history before the period starts.</source>
      <translation>&lt;b&gt;不評估&lt;/b&gt;：期間開始前沒有完整月份的歷史。</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>%1: the target asks for %2</source>
      <comment>base value, growth</comment>
      <translation>%1：目標要求 %2</translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n comparable period(s)</source>
      <translation>
        <numerusform>%n 個可比期間中的 %1</numerusform>
      </translation>
    </message>
    <message>
      <source>%1, 80% range %2 – %3</source>
      <comment>forecast median, low, high</comment>
      <translation>%1，80% 區間 %2 – %3</translation>
    </message>
    <message numerus="yes">
      <source>History ends with %1; the %n month(s) until the target starts are assumed to repeat the year before.</source>
      <translation>
        <numerusform>歷史截至 %1；到目標開始前的 %n 個月假定與上年相同。</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 does not add up over months, so the target is compared with single months.</source>
      <translation>%1 不能按月累加，因此目標與單月比較。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;▼&lt;/span&gt; &lt;b&gt;Too low&lt;/b&gt;: asks for no real growth, or less than almost every past period achieved.</source>
      <translation>&lt;span style='color:#b00020'&gt;▼&lt;/span&gt; &lt;b&gt;過低&lt;/b&gt;：幾乎不要求增長，或低於幾乎所有歷史期間的增長。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#1b7f3b'&gt;✔&lt;/span&gt; &lt;b&gt;Comfortable&lt;/b&gt;: at or below the growth of a typical past period.</source>
      <translation>&lt;span style='color:#1b7f3b'&gt;✔&lt;/span&gt; &lt;b&gt;輕鬆&lt;/b&gt;：不高於典型歷史期間的增長。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b26a00'&gt;▲&lt;/span&gt; &lt;b&gt;Stretch&lt;/b&gt;: above a typical past period, but the better ones reached it.</source>
      <translation>&lt;span style='color:#b26a00'&gt;▲&lt;/span&gt; &lt;b&gt;有挑戰&lt;/b&gt;：高於典型歷史期間，但較好的期間曾達到。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;⚠&lt;/span&gt; &lt;b&gt;Unrealistic&lt;/b&gt;: above what nearly every past period achieved.</source>
      <translation>&lt;span style='color:#b00020'&gt;⚠&lt;/span&gt; &lt;b&gt;不現實&lt;/b&gt;：高於幾乎所有歷史期間的水平。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Not enough history&lt;/b&gt; to judge: too few comparable past periods.</source>
      <translation>&lt;b&gt;歷史不足&lt;/b&gt;，無法評估：可比的歷史期間太少。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;▼&lt;/span&gt; &lt;b&gt;Too low&lt;/b&gt;: the forecast makes it near-certain (a chance of %1).</source>
      <translation>&lt;span style='color:#b00020'&gt;▼&lt;/span&gt; &lt;b&gt;過低&lt;/b&gt;：預測顯示幾乎必然達成（達成機率 %1）。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#1b7f3b'&gt;✔&lt;/span&gt; &lt;b&gt;Comfortable&lt;/b&gt;: the forecast gives it a chance of %1.</source>
      <translation>&lt;span style='color:#1b7f3b'&gt;✔&lt;/span&gt; &lt;b&gt;輕鬆&lt;/b&gt;：按預測，達成機率 %1。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b26a00'&gt;▲&lt;/span&gt; &lt;b&gt;Stretch&lt;/b&gt;: the forecast gives it a chance of %1, less than even.</source>
      <translation>&lt;span style='color:#b26a00'&gt;▲&lt;/span&gt; &lt;b&gt;有挑戰&lt;/b&gt;：按預測，達成機率 %1，不到一半。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;⚠&lt;/span&gt; &lt;b&gt;Unrealistic&lt;/b&gt;: the forecast gives it a chance of %1.</source>
      <translation>&lt;span style='color:#b00020'&gt;⚠&lt;/span&gt; &lt;b&gt;不現實&lt;/b&gt;：按預測，達成機率 %1。</translation>
    </message>
    <message>
      <source>By past growth alone it would be too low.</source>
      <translation>僅按歷史增長判斷則為過低。</translation>
    </message>
    <message>
      <source>By past growth alone it would be comfortable: a typical past period grew %1.</source>
      <translation>僅按歷史增長判斷則為輕鬆：典型歷史期間增長了 %1。</translation>
    </message>
    <message>
      <source>By past growth alone it would be a stretch.</source>
      <translation>僅按歷史增長判斷則為有挑戰。</translation>
    </message>
    <message>
      <source>By past growth alone it would be unrealistic.</source>
      <translation>僅按歷史增長判斷則為不現實。</translation>
    </message>
    <message>
      <source>There are too few comparable past periods to judge it by past growth.</source>
      <translation>可比的歷史期間太少，無法按歷史增長判斷。</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <comment>the verdict, then what past growth alone says</comment>
      <translation>%1%2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActionItemDelegate</name>
    <message>
      <source>(nobody)</source>
      <translation>（無人）</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（無）</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActionItemsModel</name>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>%1
Linked target: %2</source>
      <translation>%1
關聯目標：%2</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>行動項目</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>負責人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>From review</source>
      <translation>來自複盤</translation>
    </message>
    <message>
      <source>Linked target</source>
      <translation>關聯目標</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivitiesModel</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>銷售代表</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>型別</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>分鐘數</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客戶</translation>
    </message>
    <message>
      <source>Deal</source>
      <translation>商機</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>記錄</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivitiesPage</name>
    <message>
      <source>&amp;Add</source>
      <translation>新增(&amp;A)</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>編輯…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>Log an activity</source>
      <translation>記錄活動</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在載入…</translation>
    </message>
    <message>
      <source>Could not load the activities: %1</source>
      <translation>無法載入活動：%1</translation>
    </message>
    <message>
      <source>No activities match these filters.</source>
      <translation>沒有符合篩選條件的活動。</translation>
    </message>
    <message numerus="yes">
      <source>%n activities, %1 minutes</source>
      <translation>
        <numerusform>%n 條活動，共 %1 分鐘</numerusform>
      </translation>
    </message>
    <message>
      <source>Log Activity</source>
      <translation>記錄活動</translation>
    </message>
    <message>
      <source>&amp;Log</source>
      <translation>記錄(&amp;L)</translation>
    </message>
    <message>
      <source>Edit Activity</source>
      <translation>編輯活動</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>儲存(&amp;S)</translation>
    </message>
    <message>
      <source>%1 with %2 on %3</source>
      <translation>%3 與%2的%1</translation>
    </message>
    <message>
      <source>no customer</source>
      <translation>無客戶</translation>
    </message>
    <message>
      <source>Delete Activity</source>
      <translation>刪除活動</translation>
    </message>
    <message>
      <source>Delete the activity “%1”?</source>
      <translation>刪除活動「%1」嗎？</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityCommands</name>
    <message>
      <source>%1 with %2</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>新增%1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>編輯%1</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>刪除%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityEntryForm</name>
    <message>
      <source>Re&amp;p:</source>
      <translation>銷售代表(&amp;P)：</translation>
    </message>
    <message>
      <source>Keys 1–5 or the first letter choose the type.</source>
      <translation>按數字鍵 1–5（或英文首字母）選擇型別。</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分鐘</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>未記錄</translation>
    </message>
    <message>
      <source>What happened, next step</source>
      <translation>發生了什麼，下一步</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>日期(&amp;D)：</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>型別(&amp;T)：</translation>
    </message>
    <message>
      <source>D&amp;uration:</source>
      <translation>時長(&amp;U)：</translation>
    </message>
    <message>
      <source>%1′</source>
      <translation>%1′</translation>
    </message>
    <message>
      <source>%1 minutes</source>
      <translation>%1 分鐘</translation>
    </message>
    <message>
      <source>&amp;Customer:</source>
      <translation>客戶(&amp;C)：</translation>
    </message>
    <message>
      <source>D&amp;eal:</source>
      <translation>商機(&amp;E)：</translation>
    </message>
    <message>
      <source>&amp;Outcome:</source>
      <translation>結果(&amp;O)：</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>備註(&amp;N)：</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>請選擇…</translation>
    </message>
    <message>
      <source>Choose the rep who did the activity.</source>
      <translation>請選擇進行此活動的銷售代表。</translation>
    </message>
    <message>
      <source>No customer is named “%1”; pick one from the list.</source>
      <translation>沒有名為「%1」的客戶，請從清單中選擇。</translation>
    </message>
    <message>
      <source>No deal</source>
      <translation>無商機</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityFilterBar</name>
    <message>
      <source>&amp;Rep:</source>
      <translation>銷售代表(&amp;R)：</translation>
    </message>
    <message>
      <source>All reps</source>
      <translation>全部銷售代表</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>全部型別</translation>
    </message>
    <message>
      <source>Search notes and customers</source>
      <translation>搜尋備註和客戶</translation>
    </message>
    <message>
      <source>T&amp;ype:</source>
      <translation>型別(&amp;Y)：</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>從(&amp;F)：</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>至：</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityScatterWidget</name>
    <message>
      <source>No activities or revenue to show.</source>
      <translation>沒有可顯示的活動或銷售額。</translation>
    </message>
    <message>
      <source>Activities against revenue by rep</source>
      <translation>各銷售代表的活動量與銷售額</translation>
    </message>
    <message>
      <source>The arrow keys step from rep to rep; Enter opens the selected rep.</source>
      <translation>方向鍵逐個切換銷售代表；回車開啟所選代表。</translation>
    </message>
    <message>
      <source>Revenue (10,000 yuan)</source>
      <translation>銷售額（萬元）</translation>
    </message>
    <message>
      <source>Revenue (10,000 %1)</source>
      <translation>收入（萬%1）</translation>
    </message>
    <message>
      <source>Revenue (million yuan)</source>
      <translation>銷售額（百萬元）</translation>
    </message>
    <message>
      <source>Revenue (million %1)</source>
      <translation>銷售額（百萬 %1）</translation>
    </message>
    <message>
      <source>Revenue (thousand yuan)</source>
      <translation>銷售額（千元）</translation>
    </message>
    <message>
      <source>Revenue (thousand %1)</source>
      <translation>銷售額（千 %1）</translation>
    </message>
    <message>
      <source>Reps</source>
      <translation>銷售代表</translation>
    </message>
    <message>
      <source>Selected</source>
      <translation>已選</translation>
    </message>
    <message>
      <source>Activities logged (count)</source>
      <translation>已記錄活動（次）</translation>
    </message>
    <message>
      <source>Average: %1 per activity</source>
      <translation>平均：每次活動 %1</translation>
    </message>
    <message>
      <source>No rep logged an activity in this period.</source>
      <translation>本期間沒有銷售代表記錄活動。</translation>
    </message>
    <message>
      <source>Revenue per activity: %1, %2 (the only rep with activities).</source>
      <translation>每次活動銷售額：%1，%2（唯一有活動記錄的代表）。</translation>
    </message>
    <message>
      <source>Most revenue per activity: %1 (%2); least: %3 (%4).</source>
      <translation>每次活動銷售額最高：%1（%2）；最低：%3（%4）。</translation>
    </message>
    <message>
      <source>%1
Activities: %2
Revenue: %3
Deals won: %4</source>
      <translation>%1
活動：%2
銷售額：%3
成交：%4</translation>
    </message>
    <message>
      <source>Revenue per activity: %1</source>
      <translation>每次活動銷售額：%1</translation>
    </message>
    <message>
      <source>Click a point, or use the arrow keys and Enter on the chart, to open a rep.</source>
      <translation>點選資料點，或在圖表上用方向鍵和回車，開啟銷售代表。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityText</name>
    <message>
      <source>Positive</source>
      <translation>積極</translation>
    </message>
    <message>
      <source>Neutral</source>
      <translation>中性</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>消極</translation>
    </message>
    <message>
      <source>Prospecting</source>
      <translation>線索</translation>
    </message>
    <message>
      <source>Qualification</source>
      <translation>需求確認</translation>
    </message>
    <message>
      <source>Proposal</source>
      <translation>方案報價</translation>
    </message>
    <message>
      <source>Negotiation</source>
      <translation>談判</translation>
    </message>
    <message>
      <source>Won</source>
      <translation>贏單</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>輸單</translation>
    </message>
    <message>
      <source>%1 · %2 · closed %3</source>
      <translation>%1 · %2 · %3 結束</translation>
    </message>
    <message>
      <source>%1 · %2 · expected %3</source>
      <translation>%1 · %2 · 預計 %3</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityType</name>
    <message>
      <source>Call</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>拜訪</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>會議</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>示範</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>電子郵件</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::AddActionItemCommand</name>
    <message>
      <source>Delete action item</source>
      <translation>刪除行動項目</translation>
    </message>
    <message>
      <source>Add action item</source>
      <translation>新增行動項目</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::BreakdownChart</name>
    <message>
      <source>Breakdown</source>
      <translation>分解明細</translation>
    </message>
    <message>
      <source>Click a bar, or choose one with the arrow keys and press Enter, to drill into it.</source>
      <translation>點選柱形，或用方向鍵選中後按回車，即可下鑽。</translation>
    </message>
    <message>
      <source>%1 (top %2 of %3)</source>
      <translation>%1（%3 個中的前 %2 個）</translation>
    </message>
    <message>
      <source>Attainment</source>
      <translation>達成率</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>銷售額</translation>
    </message>
    <message>
      <source>Attainment of revenue target (%)</source>
      <translation>銷售額目標達成率（%）</translation>
    </message>
    <message>
      <source>Revenue (%1)</source>
      <translation>銷售額（%1）</translation>
    </message>
    <message>
      <source>no target</source>
      <translation>無目標</translation>
    </message>
    <message>
      <source>target</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>expected by now %1</source>
      <translation>截至目前應完成 %1</translation>
    </message>
    <message>
      <source>Revenue: %1</source>
      <translation>銷售額：%1</translation>
    </message>
    <message>
      <source>Previous period, same days: %1</source>
      <translation>上期同樣天數：%1</translation>
    </message>
    <message>
      <source>Target: %1</source>
      <translation>目標：%1</translation>
    </message>
    <message>
      <source>Attainment: %1</source>
      <translation>達成率：%1</translation>
    </message>
    <message>
      <source>No revenue target of its own for this period.</source>
      <translation>本期間沒有單獨的銷售額目標。</translation>
    </message>
    <message>
      <source>Deals won: %1</source>
      <translation>成交數：%1</translation>
    </message>
    <message>
      <source>Conversion rate: %1</source>
      <translation>轉化率：%1</translation>
    </message>
    <message>
      <source>Click or press Enter to drill down.</source>
      <translation>點選或按回車下鑽。</translation>
    </message>
    <message>
      <source>Attainment by team</source>
      <translation>各團隊達成率</translation>
    </message>
    <message>
      <source>Revenue by team</source>
      <translation>各團隊銷售額</translation>
    </message>
    <message>
      <source>Attainment by rep</source>
      <translation>各銷售代表達成率</translation>
    </message>
    <message>
      <source>Revenue by rep</source>
      <translation>各銷售代表銷售額</translation>
    </message>
    <message>
      <source>Attainment by channel</source>
      <translation>各渠道達成率</translation>
    </message>
    <message>
      <source>Revenue by channel</source>
      <translation>各渠道銷售額</translation>
    </message>
    <message>
      <source>Attainment by product line</source>
      <translation>各產品線達成率</translation>
    </message>
    <message>
      <source>Revenue by product line</source>
      <translation>各產品線銷售額</translation>
    </message>
    <message>
      <source>Attainment by region</source>
      <translation>各區域達成率</translation>
    </message>
    <message>
      <source>Revenue by region</source>
      <translation>各區域銷售額</translation>
    </message>
    <message>
      <source>(not assigned)</source>
      <translation>（未分配）</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>團隊</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>銷售代表</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Product line</source>
      <translation>產品線</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>區域</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::CsatSummaryWidget</name>
    <message>
      <source>Customer satisfaction (CSAT)</source>
      <translation>客戶滿意度（CSAT）</translation>
    </message>
    <message>
      <source>Open complaints</source>
      <translation>未結投訴</translation>
    </message>
    <message>
      <source>Mean time to resolve</source>
      <translation>平均解決用時</translation>
    </message>
    <message>
      <source>%1 / 5</source>
      <translation>%1 / 5</translation>
    </message>
    <message>
      <source>Responses: %1</source>
      <translation>回饋數：%1</translation>
    </message>
    <message>
      <source>No feedback in this period</source>
      <translation>本期間沒有回饋</translation>
    </message>
    <message>
      <source>Complaints received: %1</source>
      <translation>收到投訴：%1</translation>
    </message>
    <message>
      <source>Resolved complaints: %1</source>
      <translation>已解決投訴：%1</translation>
    </message>
    <message>
      <source>No complaint resolved with a date yet</source>
      <translation>尚無註明日期的已解決投訴</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::CsatTableModel</name>
    <message>
      <source>No rep</source>
      <translation>無銷售代表</translation>
    </message>
    <message>
      <source>Mean score %1 of 5: %2 points from %3 responses</source>
      <translation>平均分 %1（滿分 5）：%3 條回饋共 %2 分</translation>
    </message>
    <message>
      <source>Open complaints: not resolved yet (open or in progress)</source>
      <translation>未結投訴：尚未解決（待處理或處理中）</translation>
    </message>
    <message>
      <source>CSAT</source>
      <translation>客戶滿意度</translation>
    </message>
    <message>
      <source>Responses</source>
      <translation>回饋數</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未完成</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::CustomerComboBox</name>
    <message>
      <source>Type part of the name</source>
      <translation>輸入客戶名稱的一部分</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DashboardPage</name>
    <message>
      <source>Break down &amp;by:</source>
      <translation>分解維度(&amp;B)：</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>返回</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>儀表板</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期間</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>起始日</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>截止日</translation>
    </message>
    <message>
      <source>Fro&amp;m:</source>
      <translation>從(&amp;M)：</translation>
    </message>
    <message>
      <source>T&amp;o:</source>
      <translation>至(&amp;O)：</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>團隊</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>銷售代表</translation>
    </message>
    <message>
      <source>Product line</source>
      <translation>產品線</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>期間(&amp;P)：</translation>
    </message>
    <message>
      <source>T&amp;eam:</source>
      <translation>團隊(&amp;E)：</translation>
    </message>
    <message>
      <source>&amp;Rep:</source>
      <translation>銷售代表(&amp;R)：</translation>
    </message>
    <message>
      <source>Pro&amp;duct line:</source>
      <translation>產品線(&amp;D)：</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
      <source>Reg&amp;ion:</source>
      <translation>區域(&amp;I)：</translation>
    </message>
    <message>
      <source>Scope:</source>
      <translation>範圍：</translation>
    </message>
    <message>
      <source>Break down by</source>
      <translation>分解維度</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <source>This fiscal quarter</source>
      <translation>本財季</translation>
    </message>
    <message>
      <source>This quarter</source>
      <translation>本季度</translation>
    </message>
    <message>
      <source>This fiscal year</source>
      <translation>本財年</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>今年</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>上月</translation>
    </message>
    <message>
      <source>Last fiscal quarter</source>
      <translation>上財季</translation>
    </message>
    <message>
      <source>Last quarter</source>
      <translation>上季度</translation>
    </message>
    <message>
      <source>Last fiscal year</source>
      <translation>上財年</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>去年</translation>
    </message>
    <message>
      <source>Custom range</source>
      <translation>自定義區間</translation>
    </message>
    <message>
      <source>As of %1</source>
      <translation>截至 %1</translation>
    </message>
    <message>
      <source>The last day is before the first.</source>
      <translation>截止日早於起始日。</translation>
    </message>
    <message>
      <source>%1 (%2 – %3)</source>
      <comment>period, first day, last day</comment>
      <translation>%1（%2 – %3）</translation>
    </message>
    <message>
      <source>All teams</source>
      <translation>全部團隊</translation>
    </message>
    <message>
      <source>All reps</source>
      <translation>全部銷售代表</translation>
    </message>
    <message>
      <source>All channels</source>
      <translation>全部渠道</translation>
    </message>
    <message>
      <source>All product lines</source>
      <translation>全部產品線</translation>
    </message>
    <message>
      <source>All regions</source>
      <translation>全部區域</translation>
    </message>
    <message>
      <source>%1 (default)</source>
      <translation>%1（預設）</translation>
    </message>
    <message>
      <source>Nothing left</source>
      <translation>無可分解維度</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在載入…</translation>
    </message>
    <message>
      <source>Could not load the dashboard: %1</source>
      <translation>無法載入儀表板：%1</translation>
    </message>
    <message>
      <source>Every dimension is chosen: nothing left to break down.</source>
      <translation>所有維度都已選定：沒有可再分解的維度。</translation>
    </message>
    <message numerus="yes">
      <source>Figures to date: %n day(s) of the period, compared with the same days of the previous period (%1 – %2).</source>
      <translation>
        <numerusform>截至今日的資料：本期已過 %n 天，與上期同樣天數（%1 – %2）對比。</numerusform>
      </translation>
    </message>
    <message>
      <source>The period has not started yet.</source>
      <translation>期間尚未開始。</translation>
    </message>
    <message numerus="yes">
      <source>%n month(s) of amounts in other currencies have no exchange rate and are left out.</source>
      <translation>
        <numerusform>有 %n 個月的外幣金額沒有匯率，未計入。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n market figure(s) in another currency are left out of the market share.</source>
      <translation>
        <numerusform>有 %n 條其他幣種的市場資料未計入市場份額。</numerusform>
      </translation>
    </message>
    <message>
      <source>Some records changed since the dashboard's figures were last brought up to date; reopen the file to refresh them.</source>
      <translation>自儀表板資料上次更新以來有記錄變動；請重新開啟檔案以重新整理。</translation>
    </message>
    <message>
      <source>&amp;Leaderboard</source>
      <translation>排行榜(&amp;L)</translation>
    </message>
    <message>
      <source>Ris&amp;ks</source>
      <translation>風險預警(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Activity vs results</source>
      <translation>活動與業績(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DashboardTileText</name>
    <message>
      <source>Attainment</source>
      <translation>達成率</translation>
    </message>
    <message>
      <source>Pace</source>
      <translation>進度</translation>
    </message>
    <message>
      <source>Gap to target</source>
      <translation>目標差額</translation>
    </message>
    <message>
      <source>CSAT</source>
      <translation>客戶滿意度</translation>
    </message>
    <message>
      <source>Revenue to date as a share of the period's revenue target.</source>
      <translation>截至今日的銷售額佔本期銷售額目標的比例。</translation>
    </message>
    <message>
      <source>Revenue to date as a share of what the target expects by now (by working days); 100% means on schedule.</source>
      <translation>截至今日的銷售額佔按工作日計算的應完成額的比例；100% 表示進度正常。</translation>
    </message>
    <message>
      <source>How much revenue is still needed to reach the target; negative once it is exceeded.</source>
      <translation>達成目標還需的銷售額；超額完成後為負數。</translation>
    </message>
    <message>
      <source>%1 pp</source>
      <comment>percentage points</comment>
      <translation>%1 個百分點</translation>
    </message>
    <message>
      <source>better</source>
      <translation>更好</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>更差</translation>
    </message>
    <message>
      <source>no change</source>
      <translation>持平</translation>
    </message>
    <message>
      <source>No target</source>
      <translation>無目標</translation>
    </message>
    <message>
      <source>Target %1</source>
      <translation>目標 %1</translation>
    </message>
    <message>
      <source>Expected by now %1</source>
      <translation>截至目前應完成 %1</translation>
    </message>
    <message>
      <source>Needs %1 a working day</source>
      <translation>每個工作日需 %1</translation>
    </message>
    <message>
      <source>Needs %1 a day</source>
      <translation>每天需 %1</translation>
    </message>
    <message>
      <source>No target is set for this metric, scope and period.</source>
      <translation>該指標、範圍和期間沒有設定目標。</translation>
    </message>
    <message>
      <source>The period has not started yet.</source>
      <translation>期間尚未開始。</translation>
    </message>
    <message>
      <source>Nothing was expected by this date yet.</source>
      <translation>截至今日尚無預期進度。</translation>
    </message>
    <message>
      <source>The target is already reached.</source>
      <translation>目標已達成。</translation>
    </message>
    <message>
      <source>No ratio can be computed for this target; it is judged by whether it is met.</source>
      <translation>此目標無法計算比例，按是否達成來判斷。</translation>
    </message>
    <message>
      <source>Actual is %1 of what was expected by now.</source>
      <translation>實際為截至目前應完成額的 %1。</translation>
    </message>
    <message>
      <source>The period is over: %1 of the target was reached.</source>
      <translation>期間已結束：達成目標的 %1。</translation>
    </message>
    <message>
      <source>The current value is %1 of the target.</source>
      <translation>當前值為目標的 %1。</translation>
    </message>
    <message>
      <source>%1 needs %2.</source>
      <translation>%1 需要 %2。</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>not defined</source>
      <translation>無定義</translation>
    </message>
    <message>
      <source>%1 – %2</source>
      <comment>first day, last day</comment>
      <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
      <source>Previous period (%1, the same %n day(s)): %2</source>
      <translation>
        <numerusform>上期（%1，同樣 %n 天）：%2</numerusform>
      </translation>
    </message>
    <message>
      <source>Change: %1</source>
      <translation>變化：%1</translation>
    </message>
    <message>
      <source>(the sum of the targets of its parts)</source>
      <translation>（各組成部分目標之和）</translation>
    </message>
    <message>
      <source>(pro-rated from a target for a longer period)</source>
      <translation>（按更長期間的目標折算）</translation>
    </message>
    <message>
      <source>Target: %1</source>
      <translation>目標：%1</translation>
    </message>
    <message>
      <source>Status: %1. %2</source>
      <translation>狀態：%1。%2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DatabaseOpener</name>
    <message>
      <source>Opening the database (an older file is brought up to date)…</source>
      <translation>正在開啟資料庫（較舊的檔案會先升級）…</translation>
    </message>
    <message>
      <source>Open Database</source>
      <translation>開啟資料庫</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DealCommands</name>
    <message>
      <source>Add %1 deal with %2</source>
      <translation>新增%2的%1商機</translation>
    </message>
    <message>
      <source>Edit %1 deal with %2</source>
      <translation>編輯%2的%1商機</translation>
    </message>
    <message>
      <source>Delete %1 deal with %2</source>
      <translation>刪除%2的%1商機</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DealDialog</name>
    <message>
      <source>E&amp;xpected close:</source>
      <translation>預計成交(&amp;X)：</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>請選擇…</translation>
    </message>
    <message>
      <source>Price, timing, chose a competitor …</source>
      <translation>價格、時機、選擇了競爭對手…</translation>
    </message>
    <message>
      <source>None</source>
      <translation>無</translation>
    </message>
    <message>
      <source>The customer's</source>
      <translation>與客戶相同</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
      <source>&amp;Customer:</source>
      <translation>客戶(&amp;C)：</translation>
    </message>
    <message>
      <source>S&amp;tage:</source>
      <translation>階段(&amp;T)：</translation>
    </message>
    <message>
      <source>&amp;Amount:</source>
      <translation>金額(&amp;A)：</translation>
    </message>
    <message>
      <source>C&amp;losed on:</source>
      <translation>關閉日期(&amp;L)：</translation>
    </message>
    <message>
      <source>Lost &amp;reason:</source>
      <translation>丟單原因(&amp;R)：</translation>
    </message>
    <message>
      <source>Com&amp;petitor:</source>
      <translation>競爭對手(&amp;P)：</translation>
    </message>
    <message>
      <source>C&amp;hannel:</source>
      <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
      <source>Product l&amp;ine:</source>
      <translation>產品線(&amp;I)：</translation>
    </message>
    <message>
      <source>Re&amp;gion:</source>
      <translation>區域(&amp;G)：</translation>
    </message>
    <message>
      <source>Choose the rep who owns the deal.</source>
      <translation>請選擇該商機的負責銷售代表。</translation>
    </message>
    <message>
      <source>Choose the deal's customer.</source>
      <translation>請選擇該商機的客戶。</translation>
    </message>
    <message>
      <source>No customer is named “%1”; pick one from the list.</source>
      <translation>沒有名為「%1」的客戶，請從清單中選擇。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DealFilterBar</name>
    <message>
      <source>O&amp;wner:</source>
      <translation>負責人(&amp;W)：</translation>
    </message>
    <message>
      <source>All stages</source>
      <translation>全部階段</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>Won</source>
      <translation>贏單</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>輸單</translation>
    </message>
    <message>
      <source>All reps</source>
      <translation>全部銷售代表</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>不限時間</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>最近 30 天</translation>
    </message>
    <message>
      <source>Last 90 days</source>
      <translation>最近 90 天</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>最近 12 個月</translation>
    </message>
    <message>
      <source>Deals created or closed in this period</source>
      <translation>在此期間建立或關閉的商機</translation>
    </message>
    <message>
      <source>Search customers, competitors and lost reasons</source>
      <translation>搜尋客戶、競爭對手和丟單原因</translation>
    </message>
    <message>
      <source>S&amp;tage:</source>
      <translation>階段(&amp;T)：</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>期間(&amp;P)：</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DealsModel</name>
    <message>
      <source>closed %1</source>
      <translation>%1 已關閉</translation>
    </message>
    <message>
      <source>expected %1</source>
      <translation>預計 %1</translation>
    </message>
    <message>
      <source>Shared with you; only its owner, %1, or a manager can change it.</source>
      <translation>與你共享的商機；只有負責人 %1 或經理可以修改。</translation>
    </message>
    <message>
      <source>Lost: %1</source>
      <translation>丟單原因：%1</translation>
    </message>
    <message>
      <source>Competitor: %1</source>
      <translation>競爭對手：%1</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客戶</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>階段</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金額</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>建立日期</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>關閉日期</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>負責人</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Product line</source>
      <translation>產品線</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DealsPage</name>
    <message numerus="yes">
      <source>%n open deals</source>
      <translation>
        <numerusform>%n 個進行中的商機</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n open deals worth %1</source>
      <translation>
        <numerusform>%n 個進行中的商機，金額 %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n deals, %1 open</source>
      <translation>
        <numerusform>%n 個商機，其中 %1 個進行中</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n deals, %1 open worth %2</source>
      <translation>
        <numerusform>%n 個商機，其中 %1 個進行中，金額 %2</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;New Deal…</source>
      <translation>新增商機(&amp;N)…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>編輯…</translation>
    </message>
    <message>
      <source>Mark Won</source>
      <translation>標記贏單</translation>
    </message>
    <message>
      <source>Mark Lost…</source>
      <translation>標記丟單…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>Deals</source>
      <translation>商機</translation>
    </message>
    <message>
      <source>New deal (Ctrl+Shift+D)</source>
      <translation>新增商機（Ctrl+Shift+D）</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在載入…</translation>
    </message>
    <message>
      <source>Could not load the deals: %1</source>
      <translation>無法載入商機：%1</translation>
    </message>
    <message>
      <source>No deals match these filters.</source>
      <translation>沒有符合篩選條件的商機。</translation>
    </message>
    <message>
      <source>None of your deals match these filters.</source>
      <translation>你的商機中沒有符合篩選條件的。</translation>
    </message>
    <message>
      <source>This deal is shared with you; only its owner, %1, or a manager can change it.</source>
      <translation>此商機與你共享；只有負責人 %1 或經理可以修改。</translation>
    </message>
    <message>
      <source>New Deal</source>
      <translation>新增商機</translation>
    </message>
    <message>
      <source>Edit Deal</source>
      <translation>編輯商機</translation>
    </message>
    <message>
      <source>The deal with %1 is now %2. Ctrl+Z undoes it.</source>
      <translation>與%1的商機現為「%2」。按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
      <source>Mark Lost</source>
      <translation>標記丟單</translation>
    </message>
    <message>
      <source>Why was the deal with %1 lost?</source>
      <translation>與%1的商機為何丟單？</translation>
    </message>
    <message>
      <source>Delete Deal</source>
      <translation>刪除商機</translation>
    </message>
    <message>
      <source>Delete the deal with %1?</source>
      <translation>刪除與%1的商機？</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionCommands</name>
    <message>
      <source>Equal</source>
      <translation>平均分配</translation>
    </message>
    <message>
      <source>Last year's share</source>
      <translation>按去年佔比</translation>
    </message>
    <message>
      <source>Seasonality</source>
      <translation>按季節性</translation>
    </message>
    <message>
      <source>Manual</source>
      <translation>手動</translation>
    </message>
    <message>
      <source>Edit %1, %2</source>
      <translation>編輯 %1，%2</translation>
    </message>
    <message numerus="yes">
      <source>Lock %n cell(s)</source>
      <translation>
        <numerusform>鎖定 %n 個單元格</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Unlock %n cell(s)</source>
      <translation>
        <numerusform>解鎖 %n 個單元格</numerusform>
      </translation>
    </message>
    <message>
      <source>Split: %1</source>
      <translation>分解：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionDialog</name>
    <message>
      <source>Break Down Target</source>
      <translation>分解目標</translation>
    </message>
    <message>
      <source>Split the company target over:</source>
      <translation>將公司目標分解到：</translation>
    </message>
    <message>
      <source>Only targets that add up (revenue, units, deals, customers, activities) can be split.</source>
      <translation>只有可累加的目標（銷售額、銷量、成交單數、客戶數、活動數）才能分解。</translation>
    </message>
    <message>
      <source>The sales data has problems (for example a missing exchange rate); fix them first.</source>
      <translation>銷售資料有問題（例如缺少匯率），請先修正。</translation>
    </message>
    <message>
      <source>Company targets split over teams and team targets over reps; this target's scope has no level below it here.</source>
      <translation>公司目標分解到團隊，團隊目標分解到銷售代表；此目標的範圍在這裡沒有下一級。</translation>
    </message>
    <message>
      <source>There is nobody to split this target over yet.</source>
      <translation>還沒有可以分解到的對象。</translation>
    </message>
    <message>
      <source>Teams</source>
      <translation>團隊</translation>
    </message>
    <message>
      <source>Sales channels</source>
      <translation>銷售渠道</translation>
    </message>
    <message>
      <source>Product lines</source>
      <translation>產品線</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>區域</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionEditor</name>
    <message>
      <source>&amp;Undo</source>
      <translation>復原(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Lock Cells</source>
      <translation>鎖定單元格(&amp;L)</translation>
    </message>
    <message numerus="yes">
      <source>Split %1 (%2) into %n child target(s)</source>
      <translation>
        <numerusform>將 %1（%2）分解為 %n 個子目標</numerusform>
      </translation>
    </message>
    <message>
      <source>the target</source>
      <translation>該目標</translation>
    </message>
    <message>
      <source>Lock or unlock the selected cells (Ctrl+L): locked cells keep their values</source>
      <translation>鎖定或解鎖所選單元格（Ctrl+L）：鎖定的單元格保持其值</translation>
    </message>
    <message>
      <source>&amp;Method:</source>
      <translation>方法(&amp;M)：</translation>
    </message>
    <message>
      <source>Split method</source>
      <translation>分解方法</translation>
    </message>
    <message>
      <source>No history was given for these rows and periods</source>
      <translation>這些行和期間沒有歷史資料</translation>
    </message>
    <message>
      <source>Edit a cell to set it: it is locked and the rest of its row adjusts, so the total stays exact. Ctrl+L locks or unlocks the selected cells. Values in %1.</source>
      <translation>編輯單元格即設定其值：該單元格被鎖定，同一行其餘單元格自動調整，合計始終精確。Ctrl+L 鎖定或解鎖所選單元格。單位：%1。</translation>
    </message>
    <message>
      <source>units</source>
      <translation>件</translation>
    </message>
    <message>
      <source>Child targets by row and period</source>
      <translation>按行和期間的子目標</translation>
    </message>
    <message>
      <source>Difference to parent: %1 — reconciled, the children add up to %2.</source>
      <translation>與上級目標的差額：%1 — 已平衡，子目標合計為 %2。</translation>
    </message>
    <message>
      <source>Difference to parent: %1 — not reconciled: the children add up to %2, the parent is %3. Apply a method to reconcile.</source>
      <translation>與上級目標的差額：%1 — 未平衡：子目標合計 %2，上級目標為 %3。請應用一種方法使其平衡。</translation>
    </message>
    <message>
      <source>Every unlocked cell gets the same share.</source>
      <translation>每個未鎖定單元格分得相同份額。</translation>
    </message>
    <message>
      <source>Unlocked cells follow last year's values.</source>
      <translation>未鎖定單元格按去年的數值分配。</translation>
    </message>
    <message>
      <source>Periods weighted by last year's seasonality; rows share equally.</source>
      <translation>各期間按去年的季節性加權；各行平均分配。</translation>
    </message>
    <message>
      <source>Periods weighted by a seasonality profile (flat without monthly history); rows share equally.</source>
      <translation>各期間按季節性曲線加權（無月度歷史時為平均）；各行平均分配。</translation>
    </message>
    <message>
      <source>Values set by hand.</source>
      <translation>手工設定數值。</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
      <source>Un&amp;lock</source>
      <translation>解鎖(&amp;L)</translation>
    </message>
    <message>
      <source>Not changed: %1</source>
      <translation>未更改：%1</translation>
    </message>
    <message>
      <source>Preview by period</source>
      <translation>按期間預覽</translation>
    </message>
    <message>
      <source>Stacked bars of the child targets per period</source>
      <translation>各期間子目標的堆疊柱狀圖</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionModel</name>
    <message>
      <source>Total (read only)</source>
      <translation>合計（只讀）</translation>
    </message>
    <message>
      <source>Locked: kept when the grid is re-spread. Ctrl+L unlocks it.</source>
      <translation>已鎖定：重新分配時保持不變。Ctrl+L 解鎖。</translation>
    </message>
    <message>
      <source>Edit to set this value; the unlocked cells of its row adjust. Ctrl+L locks it.</source>
      <translation>編輯以設定該值；同一行未鎖定的單元格自動調整。Ctrl+L 鎖定。</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合計</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
      <source>“%1” is not a number with at most %n decimal(s).</source>
      <translation>
        <numerusform>「%1」不是最多 %n 位小數的數字。</numerusform>
      </translation>
    </message>
    <message>
      <source>Q%1</source>
      <translation>第%1季度</translation>
    </message>
    <message>
      <source>W%1</source>
      <translation>第%1週</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>No history was given for these rows and periods: choose another method.</source>
      <translation>這些行和期間沒有歷史資料：請選擇其他分解方式。</translation>
    </message>
    <message>
      <source>The locked cells and the value entered add up to %1, more than the %2 they share. Enter a smaller value or unlock a cell (Ctrl+L).</source>
      <translation>鎖定的單元格與輸入的值合計 %1，超過了可分配的 %2。請輸入更小的值，或解鎖一個單元格（Ctrl+L）。</translation>
    </message>
    <message>
      <source>Every other cell involved is locked, so nothing can absorb the change. Unlock a cell first (Ctrl+L).</source>
      <translation>其他相關單元格都已鎖定，沒有單元格能承接這次調整。請先解鎖一個單元格（Ctrl+L）。</translation>
    </message>
    <message>
      <source>Last year's values for the unlocked cells are all zero: choose another method.</source>
      <translation>未鎖定單元格的去年同期值全為零：請選擇其他分解方式。</translation>
    </message>
    <message>
      <source>There is nothing to split into: the decomposition has no rows or periods.</source>
      <translation>沒有可分解的對象：該分解既無行也無期間。</translation>
    </message>
    <message>
      <source>This split cannot be made with the values given.</source>
      <translation>按給定的數值無法完成這次分解。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DemoDatabaseTask</name>
    <message>
      <source>Generating a demo company with %1 reps and %2 years of sales…</source>
      <translation>正在生成示範公司：%1 名銷售代表、%2 年銷售資料…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>New demo database</source>
      <translation>新增示範資料庫</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::EditActionItemCommand</name>
    <message>
      <source>Change action item status</source>
      <translation>更改行動項目狀態</translation>
    </message>
    <message>
      <source>Edit action item</source>
      <translation>編輯行動項目</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackCommand</name>
    <message>
      <source>Record Feedback</source>
      <translation>記錄回饋</translation>
    </message>
    <message>
      <source>Edit Feedback</source>
      <translation>編輯回饋</translation>
    </message>
    <message>
      <source>Resolve Complaint</source>
      <translation>處理投訴</translation>
    </message>
    <message>
      <source>Reopen Complaint</source>
      <translation>重新開啟投訴</translation>
    </message>
    <message>
      <source>Delete Feedback</source>
      <translation>刪除回饋</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackDialog</name>
    <message>
      <source>This is a &amp;complaint</source>
      <translation>這是一條投訴(&amp;C)</translation>
    </message>
    <message>
      <source>Edit Feedback</source>
      <translation>編輯回饋</translation>
    </message>
    <message>
      <source>Record Feedback</source>
      <translation>記錄回饋</translation>
    </message>
    <message>
      <source>Type to search customers</source>
      <translation>輸入以搜尋客戶</translation>
    </message>
    <message>
      <source>No rep</source>
      <translation>無銷售代表</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation>請選擇</translation>
    </message>
    <message>
      <source>Score from 1 to 5</source>
      <translation>評分 1 至 5</translation>
    </message>
    <message>
      <source>What the customer said</source>
      <translation>客戶的原話</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>儲存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Record</source>
      <translation>記錄(&amp;R)</translation>
    </message>
    <message>
      <source>C&amp;ustomer:</source>
      <translation>客戶(&amp;U)：</translation>
    </message>
    <message>
      <source>R&amp;ep:</source>
      <translation>銷售代表(&amp;E)：</translation>
    </message>
    <message>
      <source>Recei&amp;ved on:</source>
      <translation>收到日期(&amp;V)：</translation>
    </message>
    <message>
      <source>&amp;Score (1–5):</source>
      <translation>評分（1–5）(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>備註(&amp;N)：</translation>
    </message>
    <message>
      <source>Choose the customer.</source>
      <translation>請選擇客戶。</translation>
    </message>
    <message>
      <source>No customer has this name.</source>
      <translation>沒有這個名稱的客戶。</translation>
    </message>
    <message>
      <source>Type a score from 1 (very unhappy) to 5 (very happy).</source>
      <translation>輸入 1（非常不滿意）到 5（非常滿意）的評分。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackModel</name>
    <message>
      <source>No rep</source>
      <translation>無銷售代表</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Score %1 of 5</source>
      <translation>評分 %1（滿分 5）</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>收到日期</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客戶</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>銷售代表</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>評分</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>記錄</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>處理結果</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackPage</name>
    <message>
      <source>Customer feedback</source>
      <translation>客戶回饋</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期間</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <source>This quarter</source>
      <translation>本季度</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>今年</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>上月</translation>
    </message>
    <message>
      <source>Last quarter</source>
      <translation>上季度</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>去年</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>最近 12 個月</translation>
    </message>
    <message>
      <source>All dates</source>
      <translation>全部日期</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>期間(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>復原(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>Record &amp;Feedback…</source>
      <translation>記錄回饋(&amp;F)…</translation>
    </message>
    <message>
      <source>Ctrl+Shift+F</source>
      <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客戶</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>銷售代表</translation>
    </message>
    <message>
      <source>By customer</source>
      <translation>按客戶</translation>
    </message>
    <message>
      <source>By rep</source>
      <translation>按銷售代表</translation>
    </message>
    <message>
      <source>Search customer, rep, notes…</source>
      <translation>搜尋客戶、銷售代表、備註…</translation>
    </message>
    <message>
      <source>&amp;Complaints only</source>
      <translation>僅投訴(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Open complaints only</source>
      <translation>僅未結投訴(&amp;O)</translation>
    </message>
    <message>
      <source>Show &amp;All</source>
      <translation>顯示全部(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Resolve…</source>
      <translation>處理投訴(&amp;R)…</translation>
    </message>
    <message>
      <source>Ctrl+R</source>
      <translation>Ctrl+R</translation>
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation>重新開啟(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>刪除(&amp;D)</translation>
    </message>
    <message>
      <source>Could not load the feedback: %1</source>
      <translation>無法載入回饋：%1</translation>
    </message>
    <message>
      <source>customer %1</source>
      <translation>客戶 %1</translation>
    </message>
    <message>
      <source>rep %1</source>
      <translation>銷售代表 %1</translation>
    </message>
    <message>
      <source>No feedback received in this period.</source>
      <translation>本期間沒有收到回饋。</translation>
    </message>
    <message>
      <source>Showing %1 of %2 feedback records</source>
      <translation>顯示 %2 條回饋中的 %1 條</translation>
    </message>
    <message>
      <source>Showing %1 of %2 feedback records: %3</source>
      <translation>顯示 %2 條回饋中的 %1 條：%3</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>備註：%1</translation>
    </message>
    <message>
      <source>Resolution (%1): %2</source>
      <translation>處理結果（%1）：%2</translation>
    </message>
    <message>
      <source>Resolution: %1</source>
      <translation>處理結果：%1</translation>
    </message>
    <message>
      <source>Could not save the change: %1</source>
      <translation>無法儲存更改：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackText</name>
    <message>
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已解決</translation>
    </message>
    <message>
      <source>%1 days</source>
      <translation>%1 天</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::KpiTile</name>
    <message>
      <source>no data</source>
      <translation>無資料</translation>
    </message>
    <message>
      <source>no previous figure</source>
      <translation>無上期資料</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <comment>change, better or worse</comment>
      <translation>%1 · %2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::LeaderboardModel</name>
    <message>
      <source>Rank %1, %2 medal</source>
      <translation>第 %1 名，%2</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>%1 medal: rank %2 by attainment</source>
      <translation>%1：按達成率排名第 %2</translation>
    </message>
    <message>
      <source>No revenue target for this rep and period</source>
      <translation>該代表本期間沒有銷售額目標</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <source>Previous period over the same number of days: %1
This period: %2</source>
      <translation>上期同樣天數：%1
本期：%2</translation>
    </message>
    <message>
      <source>No monthly revenue</source>
      <translation>沒有月度銷售額</translation>
    </message>
    <message>
      <source>Monthly revenue, oldest first (the last month is to date):
%1</source>
      <translation>月度銷售額，由遠及近（最後一個月截至今日）：
%1</translation>
    </message>
    <message>
      <source>By attainment of the revenue target; reps without a target follow, by revenue</source>
      <translation>按銷售額目標達成率排名；沒有目標的代表按銷售額排在其後</translation>
    </message>
    <message>
      <source>Revenue against the previous period over the same number of days</source>
      <translation>銷售額與上期同樣天數相比</translation>
    </message>
    <message>
      <source>Monthly revenue; the last month is to date (dotted)</source>
      <translation>月度銷售額；最後一個月截至今日（虛線）</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>銷售代表</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>團隊</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>銷售額</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>Attainment</source>
      <translation>達成率</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>變化</translation>
    </message>
    <message>
      <source>Trend</source>
      <translation>趨勢</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::LeaderboardWidget</name>
    <message>
      <source>No reps to rank.</source>
      <translation>沒有可排名的銷售代表。</translation>
    </message>
    <message>
      <source>Leaderboard</source>
      <translation>排行榜</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::MainWindow</name>
    <message>
      <source>Break Down Target</source>
      <translation>分解目標</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>儀表板</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>概覽</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>複盤</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>銷售活動</translation>
    </message>
    <message>
      <source>Workload</source>
      <translation>工作量</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>客戶回饋</translation>
    </message>
    <message>
      <source>Deals</source>
      <translation>商機</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>頁面</translation>
    </message>
    <message>
      <source>This is %1's rep database: it always works as %1.</source>
      <translation>這是 %1 的個人資料庫:始終以 %1 的身份工作。</translation>
    </message>
    <message>
      <source>Rep database: %1</source>
      <translation>銷售代表資料庫:%1</translation>
    </message>
    <message>
      <source>Manager: %1</source>
      <translation>經理：%1</translation>
    </message>
    <message>
      <source>Rep: %1</source>
      <translation>銷售代表：%1</translation>
    </message>
    <message>
      <source>Work As</source>
      <translation>使用身份</translation>
    </message>
    <message>
      <source>New Target</source>
      <translation>新增目標</translation>
    </message>
    <message numerus="yes">
      <source>The sales data has %n problem(s) (for example a missing exchange rate); fix them before setting targets.</source>
      <translation>
        <numerusform>銷售資料有 %n 個問題（例如缺少匯率），請先修正再設定目標。</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>檔案(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;New Database…</source>
      <translation>新增資料庫(&amp;N)…</translation>
    </message>
    <message>
      <source>New &amp;Demo Database…</source>
      <translation>新增示範資料庫(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Log Activity…</source>
      <translation>記錄活動(&amp;L)…</translation>
    </message>
    <message>
      <source>Export &amp;Table…</source>
      <translation>匯出表格(&amp;T)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Targets</source>
      <translation>目標(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;New Target…</source>
      <translation>新增目標(&amp;N)…</translation>
    </message>
    <message>
      <source>Ctrl+Shift+T</source>
      <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
      <source>&amp;Work As…</source>
      <translation>使用身份(&amp;W)…</translation>
    </message>
    <message>
      <source>&amp;Reviews</source>
      <translation>複盤(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;New Review…</source>
      <translation>新增複盤(&amp;N)…</translation>
    </message>
    <message>
      <source>Ctrl+Shift+R</source>
      <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>轉到(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Dashboard</source>
      <translation>儀表板(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>概覽(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Activities</source>
      <translation>活動(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Workload</source>
      <translation>工作量(&amp;W)</translation>
    </message>
    <message>
      <source>&amp;Feedback</source>
      <translation>客戶回饋(&amp;F)</translation>
    </message>
    <message>
      <source>D&amp;eals</source>
      <translation>商機(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>說明(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About Attain</source>
      <translation>關於 Attain(&amp;A)</translation>
    </message>
    <message>
      <source>About &amp;Qt</source>
      <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>開啟資料庫</translation>
    </message>
    <message>
      <source>New database</source>
      <translation>新增資料庫</translation>
    </message>
    <message>
      <source>%1 already exists. Choose a new file name, or open it with File ▸ Open.</source>
      <translation>%1 已存在。請換一個檔名，或透過「檔案 ▸ 開啟」開啟它。</translation>
    </message>
    <message>
      <source>New demo database</source>
      <translation>新增示範資料庫</translation>
    </message>
    <message>
      <source>That database is open; choose another file.</source>
      <translation>該資料庫已開啟，請選擇其他檔案。</translation>
    </message>
    <message>
      <source>&amp;Clear List</source>
      <translation>清空清單(&amp;C)</translation>
    </message>
    <message>
      <source>Attain</source>
      <translation>Attain</translation>
    </message>
    <message>
      <source>No database open</source>
      <translation>未開啟資料庫</translation>
    </message>
    <message>
      <source>%1 — Attain</source>
      <translation>%1 — Attain</translation>
    </message>
    <message>
      <source>Local file: %1</source>
      <translation>本地檔案：%1</translation>
    </message>
    <message>
      <source>Attain databases (*.attain);;All files (*)</source>
      <translation>Attain 資料庫 (*.attain);;所有檔案 (*)</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::MeasurablePage</name>
    <message>
      <source>%1, %2</source>
      <comment>scope, period</comment>
      <translation>%1，%2</translation>
    </message>
    <message>
      <source>no value (nothing to count)</source>
      <translation>無數值（無可統計的資料）</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <comment>value (date range)</comment>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Not started: the period begins on %1.</source>
      <translation>未開始：期間從 %1 開始。</translation>
    </message>
    <message>
      <source>No comparable period a year earlier.</source>
      <translation>一年前沒有可比期間。</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>%1 points</source>
      <comment>change of a percentage</comment>
      <translation>%1 分</translation>
    </message>
    <message>
      <source>Shown once the period has started.</source>
      <translation>期間開始後顯示。</translation>
    </message>
    <message>
      <source>As of %1. The period is chosen on the Time-bound page.</source>
      <translation>截至 %1。期間在「有時限」頁面選擇。</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <comment>first day, last day</comment>
      <translation>%1 至 %2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::MergeConflictDialog</name>
    <message numerus="yes">
      <source>&amp;Apply to all remaining conflicts (%n more)</source>
      <translation>
        <numerusform>全部剩餘衝突都這樣處理(&amp;A)(還有 %n 個)</numerusform>
      </translation>
    </message>
    <message>
      <source>Conflicting Edits</source>
      <translation>編輯衝突</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1 of %2 (%3)&lt;/b&gt; was changed both in this database and by %4.</source>
      <translation>&lt;b&gt;%2 的%1(%3)&lt;/b&gt;在本資料庫和 %4 處都被修改過。</translation>
    </message>
    <message>
      <source>Choose which version to keep. Both versions are saved in the merge history whichever you choose. Fields marked ≠ differ.</source>
      <translation>請選擇保留哪個版本。無論選擇哪個,兩個版本都會儲存在合併歷史中。標有 ≠ 的欄位不同。</translation>
    </message>
    <message>
      <source>Keep &amp;Mine</source>
      <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
      <source>Keep this database's version</source>
      <translation>保留本資料庫中的版本</translation>
    </message>
    <message>
      <source>Take &amp;Theirs</source>
      <translation>採用對方的(&amp;T)</translation>
    </message>
    <message>
      <source>Replace it with %1's version</source>
      <translation>用 %1 的版本替換</translation>
    </message>
    <message>
      <source>Cancel Import</source>
      <translation>取消匯入</translation>
    </message>
    <message>
      <source>Import nothing from this pack</source>
      <translation>不從此資料包匯入任何內容</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>欄位</translation>
    </message>
    <message>
      <source>Yours (this database)</source>
      <translation>您的(本資料庫)</translation>
    </message>
    <message>
      <source>Theirs (%1's pack)</source>
      <translation>對方的(%1 的資料包)</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客戶</translation>
    </message>
    <message>
      <source>Deal</source>
      <translation>商機</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>活動</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>客戶回饋</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>銷售代表</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>負責人</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>團隊</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Product line</source>
      <translation>產品線</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>型別</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>分鐘數</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>記錄</translation>
    </message>
    <message>
      <source>Last edited (UTC)</source>
      <translation>最後編輯時間(UTC)</translation>
    </message>
    <message>
      <source>Amount (minor units)</source>
      <translation>金額(最小貨幣單位)</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>幣種</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>階段</translation>
    </message>
    <message>
      <source>Created on</source>
      <translation>建立日期</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>成交/關閉日期</translation>
    </message>
    <message>
      <source>Expected close</source>
      <translation>預計成交日期</translation>
    </message>
    <message>
      <source>Lost reason</source>
      <translation>丟單原因</translation>
    </message>
    <message>
      <source>Competitor</source>
      <translation>競爭對手</translation>
    </message>
    <message>
      <source>Credit split</source>
      <translation>業績分配</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>收到日期</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>評分</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投訴</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已解決</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>處理結果</translation>
    </message>
    <message>
      <source>Resolved on</source>
      <translation>解決日期</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::MetricFormat</name>
    <message>
      <source>Ahead</source>
      <translation>領先</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>正常</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>有風險</translation>
    </message>
    <message>
      <source>Off track</source>
      <translation>落後</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>未開始</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>已結束</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>無資料</translation>
    </message>
    <message>
      <source>Market change</source>
      <translation>市場變化</translation>
    </message>
    <message>
      <source>Resource change</source>
      <translation>資源調整</translation>
    </message>
    <message>
      <source>Difficulty</source>
      <translation>實現難度</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>已提議</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>已駁回</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>團隊</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>銷售代表</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Product line</source>
      <translation>產品線</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>區域</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客戶</translation>
    </message>
    <message>
      <source>Customer group</source>
      <translation>客戶分組</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::MetricText</name>
    <message>
      <source>Revenue</source>
      <translation>銷售額</translation>
    </message>
    <message>
      <source>Units sold</source>
      <translation>銷量</translation>
    </message>
    <message>
      <source>Deals won</source>
      <translation>成交單數</translation>
    </message>
    <message>
      <source>New customers</source>
      <translation>新客戶數</translation>
    </message>
    <message>
      <source>Conversion rate</source>
      <translation>客戶轉化率</translation>
    </message>
    <message>
      <source>Retention rate</source>
      <translation>客戶保留率</translation>
    </message>
    <message>
      <source>Average deal size</source>
      <translation>平均成交金額</translation>
    </message>
    <message>
      <source>Sales cycle</source>
      <translation>銷售週期</translation>
    </message>
    <message>
      <source>Customer satisfaction</source>
      <translation>客戶滿意度</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>銷售活動</translation>
    </message>
    <message>
      <source>Market share</source>
      <translation>市場份額</translation>
    </message>
    <message>
      <source>Revenue growth</source>
      <translation>銷售增長率</translation>
    </message>
    <message>
      <source>Open pipeline</source>
      <translation>在途商機</translation>
    </message>
    <message>
      <source>The net amount of the deals won in the period, converted at each month's exchange rate; returns and refunds count as negative amounts.</source>
      <translation>期間內成交訂單的淨額，按各月匯率折算；退貨和退款計為負數。</translation>
    </message>
    <message>
      <source>The units sold on the deals won in the period.</source>
      <translation>期間內成交訂單售出的數量。</translation>
    </message>
    <message>
      <source>The number of deals won in the period; a rep's share of a shared deal counts as a fraction.</source>
      <translation>期間內成交的訂單數；合作訂單按銷售代表的分成比例計入。</translation>
    </message>
    <message>
      <source>Customers whose first ever won deal closed in the period.</source>
      <translation>首筆成交發生在本期間的客戶。</translation>
    </message>
    <message>
      <source>Deals won divided by deals closed (won or lost) in the period.</source>
      <translation>期間內成交訂單數除以已關閉（贏單或輸單）訂單數。</translation>
    </message>
    <message>
      <source>The share of the customers who bought in the previous period who bought again in this one.</source>
      <translation>上一期間購買過的客戶中，本期間再次購買的比例。</translation>
    </message>
    <message>
      <source>The amount of the deals won divided by their number (returns left out).</source>
      <translation>成交金額除以成交單數（不含退貨）。</translation>
    </message>
    <message>
      <source>The average number of days from a deal's creation to its close, over the deals won in the period; lower is better.</source>
      <translation>期間內成交訂單從建立到成交的平均天數，越低越好。</translation>
    </message>
    <message>
      <source>The mean score (1 to 5) of the customer feedback received in the period.</source>
      <translation>期間內收到的客戶回饋的平均分（1 至 5）。</translation>
    </message>
    <message>
      <source>Calls, visits and meetings logged in the period.</source>
      <translation>期間內記錄的電話、拜訪和會議。</translation>
    </message>
    <message>
      <source>Revenue divided by the market size of the scope's region and product line.</source>
      <translation>銷售額除以該範圍所在區域和產品線的市場規模。</translation>
    </message>
    <message>
      <source>Revenue growth over the same period one year earlier.</source>
      <translation>與上年同期相比的銷售額增長。</translation>
    </message>
    <message>
      <source>The amount of the deals still open at the end of the period.</source>
      <translation>期末仍未關閉的商機金額。</translation>
    </message>
    <message>
      <source>yuan</source>
      <translation>元</translation>
    </message>
    <message>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <source>points (1–5)</source>
      <translation>分（1–5）</translation>
    </message>
    <message>
      <source>deals</source>
      <translation>單</translation>
    </message>
    <message>
      <source>customers</source>
      <translation>個客戶</translation>
    </message>
    <message>
      <source>activities</source>
      <translation>次活動</translation>
    </message>
    <message>
      <source>units</source>
      <translation>件</translation>
    </message>
    <message>
      <source>%1 days</source>
      <translation>%1 天</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::NewReviewDialog</name>
    <message>
      <source>New Review</source>
      <translation>新增複盤</translation>
    </message>
    <message>
      <source>&amp;Template:</source>
      <translation>範本(&amp;T)：</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>範圍(&amp;F)：</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>日期(&amp;D)：</translation>
    </message>
    <message>
      <source>T&amp;itle:</source>
      <translation>標題(&amp;I)：</translation>
    </message>
    <message>
      <source>&amp;Agenda:</source>
      <translation>議程(&amp;A)：</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>安排</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Team %1</source>
      <translation>團隊 %1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::OverviewPage</name>
    <message>
      <source>Revenue against target by team</source>
      <translation>各團隊收入與目標對比</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在載入…</translation>
    </message>
    <message>
      <source>Could not load the overview: %1</source>
      <translation>無法載入概覽：%1</translation>
    </message>
    <message>
      <source>This database has no teams yet.</source>
      <translation>該資料庫還沒有團隊。</translation>
    </message>
    <message>
      <source>%1 company total: %2 won of %3 target (%4), gap %5</source>
      <translation>%1 年公司合計：已成交 %2，目標 %3（%4），差距 %5</translation>
    </message>
    <message>
      <source>%1 company total: %2 won; no revenue targets are set for this year.</source>
      <translation>%1 年公司合計：已成交 %2；本年尚未設定收入目標。</translation>
    </message>
    <message numerus="yes">
      <source>%n won deal(s) in other currencies are not included: exchange rates are not set up yet.</source>
      <translation>
        <numerusform>有 %n 筆其他幣種的成交未計入：尚未設定匯率。</numerusform>
      </translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>Won revenue</source>
      <translation>成交收入</translation>
    </message>
    <message>
      <source>Target and won revenue, %1</source>
      <translation>%1 年目標與成交收入</translation>
    </message>
    <message>
      <source>Revenue (10,000 %1)</source>
      <translation>收入（萬%1）</translation>
    </message>
    <message>
      <source>Revenue (%1 millions)</source>
      <translation>收入（百萬 %1）</translation>
    </message>
    <message>
      <source>%1
%2: %3</source>
      <translation>%1
%2：%3</translation>
    </message>
    <message>
      <source>Attainment: %1</source>
      <translation>達成率：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::PackImportTask</name>
    <message>
      <source>Checking and merging the data pack…</source>
      <translation>正在檢查並合併資料包…</translation>
    </message>
    <message>
      <source>Import Rep Data Pack</source>
      <translation>匯入銷售代表資料包</translation>
    </message>
    <message>
      <source>This pack from %1 was already imported on %2. Nothing was changed.</source>
      <translation>%1 的這個資料包已於 %2 匯入過,未做任何更改。</translation>
    </message>
    <message>
      <source>The import was cancelled. Nothing was changed.</source>
      <translation>匯入已取消,未做任何更改。</translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>新增 %n 條</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated</source>
      <translation>
        <numerusform>更新 %n 條</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>未變 %n 條</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n kept as edited here</source>
      <translation>
        <numerusform>保留本地修改 %n 條</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s) kept yours</source>
      <translation>
        <numerusform>%n 個衝突保留了您的版本</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s) took theirs</source>
      <translation>
        <numerusform>%n 個衝突採用了對方的版本</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RankMedal</name>
    <message>
      <source>Gold</source>
      <translation>金牌</translation>
    </message>
    <message>
      <source>Silver</source>
      <translation>銀牌</translation>
    </message>
    <message>
      <source>Bronze</source>
      <translation>銅牌</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RecordStore</name>
    <message>
      <source>No database is open.</source>
      <translation>沒有開啟的資料庫。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RelevantPage</name>
    <message>
      <source>Nothing: a top-level target</source>
      <translation>無：頂層目標</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <comment>title (period)</comment>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>%1 of %2 in %3</source>
      <comment>value of metric in period</comment>
      <translation>%3 的 %2 中的 %1</translation>
    </message>
    <message>
      <source>None. Linking a target to a bigger one shows how each part serves the whole.</source>
      <translation>無。將目標關聯到更大的目標，可以看出每個部分如何服務於整體。</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Not a share: %1 does not add up across targets.</source>
      <translation>不是份額：%1 不能在目標之間累加。</translation>
    </message>
    <message>
      <source>%1 of the parent's %2</source>
      <translation>上級目標 %2 的 %1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RepPackActions</name>
    <message>
      <source>Create Re&amp;p Database…</source>
      <translation>建立銷售代表資料庫(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Export Data Pack…</source>
      <translation>匯出資料包(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Import Rep Data Pack…</source>
      <translation>匯入銷售代表資料包(&amp;I)…</translation>
    </message>
    <message>
      <source>Open a database first.</source>
      <translation>請先開啟一個數據庫。</translation>
    </message>
    <message>
      <source>This is a rep's database; only the manager's database hands out and merges data.</source>
      <translation>這是銷售代表的個人資料庫;只有經理的資料庫才能分發和合併資料。</translation>
    </message>
    <message>
      <source>Only a manager can do this (Targets ▸ Work As…).</source>
      <translation>只有經理可以執行此操作(目標 ▸ 使用身份…)。</translation>
    </message>
    <message>
      <source>Write a rep's personal database to take on a laptop</source>
      <translation>為銷售代表生成可帶到膝上型電腦上的個人資料庫</translation>
    </message>
    <message>
      <source>Merge the activities, deals and feedback a rep exported</source>
      <translation>合併銷售代表匯出的活動、商機和客戶回饋</translation>
    </message>
    <message>
      <source>Write your activities, deals and feedback to a file for your manager</source>
      <translation>將您的活動、商機和客戶回饋寫入檔案,交給經理</translation>
    </message>
    <message>
      <source>Only a rep database exports a data pack.</source>
      <translation>只有銷售代表資料庫才能匯出資料包。</translation>
    </message>
    <message>
      <source>Create Rep Database</source>
      <translation>建立銷售代表資料庫</translation>
    </message>
    <message>
      <source>This database has no reps yet.</source>
      <translation>此資料庫中還沒有銷售代表。</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Create a personal database for:</source>
      <translation>為以下銷售代表建立個人資料庫:</translation>
    </message>
    <message>
      <source>Writing %1's database…</source>
      <translation>正在寫入 %1 的資料庫…</translation>
    </message>
    <message>
      <source>Created %1 for %2 with %3 deals, %4 activities and %5 feedback entries.

Copy it to the rep's laptop; the rep opens it with File ▸ Open and sends back a data pack with File ▸ Export Data Pack.</source>
      <translation>已為 %2 建立 %1,包含 %3 個商機、%4 條活動和 %5 條客戶回饋。

請將其複製到銷售代表的膝上型電腦上;銷售代表用「檔案 ▸ 開啟」開啟它,並用「檔案 ▸ 匯出資料包」交回資料包。</translation>
    </message>
    <message>
      <source>Export Data Pack</source>
      <translation>匯出資料包</translation>
    </message>
    <message>
      <source>Writing the data pack…</source>
      <translation>正在寫入資料包…</translation>
    </message>
    <message>
      <source>Wrote %1 deals, %2 activities and %3 feedback entries to %4.

Send this file to your manager, who imports it with File ▸ Import Rep Data Pack.</source>
      <translation>已將 %1 個商機、%2 條活動和 %3 條客戶回饋寫入 %4。

請把此檔案發給經理,經理用「檔案 ▸ 匯入銷售代表資料包」匯入。</translation>
    </message>
    <message>
      <source>Import Rep Data Pack</source>
      <translation>匯入銷售代表資料包</translation>
    </message>
    <message>
      <source>Nothing was imported.

%1</source>
      <translation>未匯入任何內容。

%1</translation>
    </message>
    <message>
      <source>Attain data packs (*.attainpack);;All files (*)</source>
      <translation>Attain 資料包 (*.attainpack);;所有檔案 (*)</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ResolveComplaintDialog</name>
    <message>
      <source>The complaint is &amp;resolved</source>
      <translation>投訴已解決(&amp;R)</translation>
    </message>
    <message>
      <source>Resolve Complaint</source>
      <translation>處理投訴</translation>
    </message>
    <message>
      <source>%1, rep %2</source>
      <translation>%1，銷售代表 %2</translation>
    </message>
    <message>
      <source>%1 — received %2, score %3</source>
      <translation>%1 — %2 收到，評分 %3</translation>
    </message>
    <message>
      <source>What was done: called back, replaced, refunded …</source>
      <translation>採取的措施：回電、換貨、退款…</translation>
    </message>
    <message>
      <source>Re&amp;solution:</source>
      <translation>處理結果(&amp;S)：</translation>
    </message>
    <message>
      <source>Resolved &amp;on:</source>
      <translation>解決日期(&amp;O)：</translation>
    </message>
    <message>
      <source>Say what was done before closing the complaint.</source>
      <translation>關閉投訴前請說明採取了哪些措施。</translation>
    </message>
    <message>
      <source>Not resolved yet: the complaint stays in progress.</source>
      <translation>尚未解決：投訴保持「處理中」。</translation>
    </message>
    <message>
      <source>Without a resolution the complaint stays open.</source>
      <translation>沒有處理結果，投訴保持「待處理」。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RevenueLineChart</name>
    <message>
      <source>Cumulative revenue against target</source>
      <translation>累計銷售額與目標對比</translation>
    </message>
    <message>
      <source>80% range</source>
      <translation>80% 區間</translation>
    </message>
    <message>
      <source>95% range</source>
      <translation>95% 區間</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>實際</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>應完成</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>預測</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>%1% chance of reaching the target</source>
      <translation>達成目標的機率為 %1%</translation>
    </message>
    <message>
      <source>target reached</source>
      <translation>目標已達成</translation>
    </message>
    <message>
      <source>target missed</source>
      <translation>目標未達成</translation>
    </message>
    <message>
      <source>Revenue to %1: %2</source>
      <translation>截至 %1 的銷售額：%2</translation>
    </message>
    <message>
      <source>Target: %1</source>
      <translation>目標：%1</translation>
    </message>
    <message>
      <source>Forecast for the period: %1 (80%: %2 – %3)</source>
      <translation>本期預測：%1（80%：%2 – %3）</translation>
    </message>
    <message>
      <source>Cumulative revenue, %1 – %2</source>
      <translation>累計銷售額，%1 – %2</translation>
    </message>
    <message>
      <source>%1 (no revenue target)</source>
      <translation>%1（無銷售額目標）</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <comment>chart, probability</comment>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>Revenue to date: %1</source>
      <translation>截至今日銷售額：%1</translation>
    </message>
    <message>
      <source>Expected by the target: %1</source>
      <translation>按目標應完成：%1</translation>
    </message>
    <message>
      <source>Forecast to %1: %2 (80%: %3 – %4; 95%: %5 – %6)</source>
      <translation>預測至 %1：%2（80%：%3 – %4；95%：%5 – %6）</translation>
    </message>
    <message>
      <source>100 million yuan</source>
      <translation>億元</translation>
    </message>
    <message>
      <source>100 million %1</source>
      <translation>億 %1</translation>
    </message>
    <message>
      <source>thousand yuan</source>
      <translation>千元</translation>
    </message>
    <message>
      <source>thousand %1</source>
      <translation>千 %1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewBriefingWidget</name>
    <message>
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>For</source>
      <translation>對象</translation>
    </message>
    <message>
      <source>Actual / target</source>
      <translation>實際 / 目標</translation>
    </message>
    <message>
      <source>Attainment</source>
      <translation>達成率</translation>
    </message>
    <message>
      <source>Pace</source>
      <translation>進度</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>起始</translation>
    </message>
    <message>
      <source>In trouble (at risk or off track) since</source>
      <translation>自何時起有風險或偏離</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>銷售代表</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合計</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>小時</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>銷售活動</translation>
    </message>
    <message>
      <source>Targets (loading…)</source>
      <translation>目標（載入中…）</translation>
    </message>
    <message>
      <source>Targets on %1 — figures as of %2</source>
      <translation>%1 的目標 — 資料截至 %2</translation>
    </message>
    <message>
      <source>%1 / %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>No targets of this scope cover %1.</source>
      <translation>此範圍沒有覆蓋 %1 的目標。</translation>
    </message>
    <message>
      <source>Risks: none — every target is on track or ahead.</source>
      <translation>風險：無 — 所有目標均按計畫或領先。</translation>
    </message>
    <message>
      <source>⚠ &lt;b&gt;Risks — at risk or off track: %1 of %2.&lt;/b&gt; First: %3 — %4</source>
      <translation>⚠ &lt;b&gt;風險 — 有風險或偏離：%1 / %2。&lt;/b&gt;首要：%3 — %4</translation>
    </message>
    <message>
      <source>(Point at a status for why.)</source>
      <translation>（將滑鼠指向狀態可檢視原因。）</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>團隊</translation>
    </message>
    <message>
      <source>none yet since %1</source>
      <translation>自 %1 起暫無</translation>
    </message>
    <message>
      <source>%1 – %2</source>
      <translation>%1 – %2</translation>
    </message>
    <message>
      <source>since the previous review</source>
      <translation>自上次複盤以來</translation>
    </message>
    <message>
      <source>in the last cycle (no earlier review)</source>
      <translation>最近一個週期（無更早的複盤）</translation>
    </message>
    <message numerus="yes">
      <source>Activities %1 (%2): %n logged, %3 h</source>
      <translation>
        <numerusform>銷售活動%1（%2）：共 %n 次，%3 小時</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewDetailWidget</name>
    <message>
      <source>&amp;Mark as Held</source>
      <translation>標記為已召開(&amp;M)</translation>
    </message>
    <message>
      <source>Schedule &amp;Next</source>
      <translation>安排下一次(&amp;N)</translation>
    </message>
    <message>
      <source>Delete Review</source>
      <translation>刪除複盤</translation>
    </message>
    <message>
      <source>Mark &amp;Done</source>
      <translation>標記完成(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Add Item</source>
      <translation>新增行動項目(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Close Item</source>
      <translation>關閉行動項目(&amp;C)</translation>
    </message>
    <message>
      <source>De&amp;lete Item</source>
      <translation>刪除行動項目(&amp;L)</translation>
    </message>
    <message>
      <source>Select a review on the left, or schedule one with Reviews ▸ New Review… (Ctrl+Shift+R).</source>
      <translation>在左側選擇一次複盤，或透過「複盤 ▸ 新增複盤…」（Ctrl+Shift+R）安排一次。</translation>
    </message>
    <message>
      <source>What was discussed</source>
      <translation>討論了什麼</translation>
    </message>
    <message>
      <source>What was decided</source>
      <translation>決定了什麼</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>記錄</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>決策</translation>
    </message>
    <message>
      <source>N&amp;otes</source>
      <translation>記錄(&amp;O)</translation>
    </message>
    <message>
      <source>D&amp;ecisions</source>
      <translation>決策(&amp;E)</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewListModel</name>
    <message>
      <source>Weekly</source>
      <translation>每週</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <source>1:1</source>
      <translation>一對一</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>複盤</translation>
    </message>
    <message>
      <source>For</source>
      <translation>對象</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewText</name>
    <message>
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>已放棄</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>已召開</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>已安排</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message numerus="yes">
      <source>%1 — overdue %n day(s)</source>
      <translation>
        <numerusform>%1 — 已逾期 %n 天</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewsPage</name>
    <message>
      <source>Show reviews for</source>
      <translation>顯示以下對象的複盤</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>複盤</translation>
    </message>
    <message>
      <source>New Review…</source>
      <translation>新增複盤…</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>復原(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>Could not load the reviews: %1</source>
      <translation>無法載入複盤：%1</translation>
    </message>
    <message>
      <source>All reviews</source>
      <translation>全部複盤</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Team %1</source>
      <translation>團隊 %1</translation>
    </message>
    <message>
      <source>One-on-ones with %1</source>
      <translation>與 %1 的一對一溝通</translation>
    </message>
    <message>
      <source>Edit notes</source>
      <translation>編輯記錄</translation>
    </message>
    <message>
      <source>Edit decisions</source>
      <translation>編輯決策</translation>
    </message>
    <message numerus="yes">
      <source>Carried over from earlier reviews (%n)</source>
      <translation>
        <numerusform>從以前複盤延續的行動項目（%n）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>⚠ %n overdue</source>
      <translation>
        <numerusform>⚠ %n 項已逾期</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Action items of this review (%n)</source>
      <translation>
        <numerusform>本次複盤的行動項目（%n）</numerusform>
      </translation>
    </message>
    <message>
      <source>Only a manager can schedule a review.</source>
      <translation>只有經理可以安排複盤。</translation>
    </message>
    <message>
      <source>Mark as held</source>
      <translation>標記為已召開</translation>
    </message>
    <message>
      <source>Delete Review</source>
      <translation>刪除複盤</translation>
    </message>
    <message>
      <source>Delete “%1” and its action items? This cannot be undone.</source>
      <translation>刪除「%1」及其行動項目？此操作無法復原。</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>新行動項目</translation>
    </message>
    <message>
      <source>%1 on %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>previous review %1</source>
      <translation>上次複盤 %1</translation>
    </message>
    <message>
      <source>first review of %1</source>
      <translation>%1 的首次複盤</translation>
    </message>
    <message>
      <source>the company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>scheduled by %1</source>
      <translation>安排人 %1</translation>
    </message>
    <message>
      <source>Agenda: %1</source>
      <translation>議程：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RevisionDialog</name>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2，%3</translation>
    </message>
    <message>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>新目標值</translation>
    </message>
    <message>
      <source>Choose a reason…</source>
      <translation>請選擇原因…</translation>
    </message>
    <message>
      <source>Without approval the change is proposed and waits in the target's history; the value stays as it is until then.</source>
      <translation>未經批准時，調整作為提議記錄在目標歷史中，目標值在批准前保持不變。</translation>
    </message>
    <message>
      <source>The change is proposed and waits for a manager's approval.</source>
      <translation>調整已提議，等待經理批准。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RevisionHistoryDialog</name>
    <message>
      <source>&amp;Approve</source>
      <translation>批准(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation>駁回(&amp;R)</translation>
    </message>
    <message>
      <source>Target History</source>
      <translation>目標歷史</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Could not read the history: %1</source>
      <translation>無法讀取歷史：%1</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Actual to date: %1.</source>
      <translation>截至目前實際：%1。</translation>
    </message>
    <message>
      <source>No actual to date.</source>
      <translation>截至目前無實際資料。</translation>
    </message>
    <message>
      <source>Original value %1 (attainment %2); current value %3 (attainment %4).</source>
      <translation>原目標值 %1（達成率 %2）；當前目標值 %3（達成率 %4）。</translation>
    </message>
    <message>
      <source>The value has never been revised.</source>
      <translation>目標值從未調整過。</translation>
    </message>
    <message>
      <source>Could not save the decision: %1</source>
      <translation>無法儲存審批結果：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RevisionTable</name>
    <message>
      <source>Proposed</source>
      <translation>已提議</translation>
    </message>
    <message>
      <source>By</source>
      <translation>提議人</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>原目標值</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>新目標值</translation>
    </message>
    <message>
      <source>Attainment at new value</source>
      <translation>按新目標值的達成率</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Explanation</source>
      <translation>說明</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>審批人</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>%1, %2</source>
      <translation>%1，%2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RiskModel</name>
    <message numerus="yes">
      <source>%1 (%n day(s))</source>
      <translation>
        <numerusform>%1（%n 天）</numerusform>
      </translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>範圍</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>起始</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>差距</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RiskPanel</name>
    <message>
      <source>Targets at risk</source>
      <translation>風險預警</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在載入…</translation>
    </message>
    <message>
      <source>The targets could not be loaded: %1</source>
      <translation>無法載入目標：%1</translation>
    </message>
    <message>
      <source>No target is at risk or off track.</source>
      <translation>沒有處於風險或落後狀態的目標。</translation>
    </message>
    <message>
      <source>1 target at risk or off track</source>
      <translation>1 個目標處於風險或落後狀態</translation>
    </message>
    <message numerus="yes">
      <source>%n targets at risk or off track</source>
      <translation>
        <numerusform>%n 個目標處於風險或落後狀態</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::SalesSnapshot</name>
    <message>
      <source>Loading the sales data…</source>
      <translation>正在載入銷售資料…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ScopeBreadcrumb</name>
    <message>
      <source>Scope path</source>
      <translation>範圍路徑</translation>
    </message>
    <message>
      <source>Back to %1</source>
      <translation>返回 %1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::SmartTargetWizard</name>
    <message>
      <source>New SMART Target</source>
      <translation>新增 SMART 目標</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::SpecificPage</name>
    <message>
      <source>Choose a measure…</source>
      <translation>請選擇指標…</translation>
    </message>
    <message>
      <source>The whole company</source>
      <translation>整個公司</translation>
    </message>
    <message>
      <source>A team</source>
      <translation>一個團隊</translation>
    </message>
    <message>
      <source>A rep</source>
      <translation>一位銷售代表</translation>
    </message>
    <message>
      <source>A sales channel</source>
      <translation>一個銷售渠道</translation>
    </message>
    <message>
      <source>A product line</source>
      <translation>一條產品線</translation>
    </message>
    <message>
      <source>A region</source>
      <translation>一個區域</translation>
    </message>
    <message>
      <source>Filled in from your choices</source>
      <translation>根據您的選擇自動填寫</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>所有人</translation>
    </message>
    <message>
      <source>Choose a team…</source>
      <translation>請選擇團隊…</translation>
    </message>
    <message>
      <source>Choose a rep…</source>
      <translation>請選擇銷售代表…</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <comment>rep (team)</comment>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Choose a sales channel…</source>
      <translation>請選擇銷售渠道…</translation>
    </message>
    <message>
      <source>Choose a region…</source>
      <translation>請選擇區域…</translation>
    </message>
    <message>
      <source>Choose a product line…</source>
      <translation>請選擇產品線…</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TableViewCsv</name>
    <message>
      <source>Export to CSV</source>
      <translation>匯出為 CSV</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
      <source>The table has no data.</source>
      <translation>該表格沒有資料。</translation>
    </message>
    <message>
      <source>Export to CSV…</source>
      <translation>匯出為 CSV…</translation>
    </message>
    <message>
      <source>The table could not be written to %1:
%2</source>
      <translation>無法將表格寫入 %1：
%2</translation>
    </message>
    <message>
      <source>This page has no table to export.</source>
      <translation>此頁面沒有可匯出的表格。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetDetailDialog</name>
    <message>
      <source>Breakdown</source>
      <translation>分解明細</translation>
    </message>
    <message>
      <source>Revisions</source>
      <translation>調整記錄</translation>
    </message>
    <message>
      <source>Propose a new value</source>
      <translation>提出新的目標值</translation>
    </message>
    <message>
      <source>Split this target over teams or reps and periods</source>
      <translation>將此目標分解到團隊或銷售代表及各期間</translation>
    </message>
    <message>
      <source>Every revision, with approval</source>
      <translation>全部調整記錄及審批</translation>
    </message>
    <message>
      <source>This target and its breakdown as CSV</source>
      <translation>將此目標及其分解明細匯出為 CSV</translation>
    </message>
    <message>
      <source>Could not read the revisions: %1</source>
      <translation>無法讀取調整記錄：%1</translation>
    </message>
    <message>
      <source>%1 — Target</source>
      <translation>%1 — 目標</translation>
    </message>
    <message>
      <source>No owner set</source>
      <translation>未設負責人</translation>
    </message>
    <message>
      <source>%1 (%2 to %3)</source>
      <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
      <source>In trouble since %1.</source>
      <translation>自 %1 起處於風險狀態。</translation>
    </message>
    <message>
      <source>Locked by %1 on %2: its value cannot change until a manager unlocks it.</source>
      <translation>%1 於 %2 鎖定：經理解鎖前目標值不能更改。</translation>
    </message>
    <message numerus="yes">
      <source>%n revision(s) waiting for a decision: History… (Ctrl+H) approves or rejects them.</source>
      <translation>
        <numerusform>%n 項調整待審批：在「歷史…」（Ctrl+H）中批准或駁回。</numerusform>
      </translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>The value before its first approved revision.</source>
      <translation>首次批准調整之前的目標值。</translation>
    </message>
    <message>
      <source>%1 to go</source>
      <translation>還差 %1</translation>
    </message>
    <message>
      <source>Exceeded by %1</source>
      <translation>已超出 %1</translation>
    </message>
    <message>
      <source>Met, %1 below</source>
      <translation>已達成，低於目標 %1</translation>
    </message>
    <message>
      <source>%1 above the target</source>
      <translation>高於目標 %1</translation>
    </message>
    <message>
      <source>The period's total if the pace so far holds to its end.</source>
      <translation>按目前進度保持到期末時的預測值。</translation>
    </message>
    <message>
      <source>The share of the current target due by the as-of date, by working days.</source>
      <translation>按工作日計算，截至統計日應完成的當前目標部分。</translation>
    </message>
    <message>
      <source>Actual against what was expected by now.</source>
      <translation>實際值與目前應完成值之比。</translation>
    </message>
    <message>
      <source>%1 of the current target</source>
      <translation>當前目標的 %1</translation>
    </message>
    <message>
      <source>No attainment yet</source>
      <translation>暫無達成率</translation>
    </message>
    <message>
      <source>&amp;Breakdown (%1)</source>
      <translation>分解明細(&amp;B)（%1）</translation>
    </message>
    <message>
      <source>Not broken down</source>
      <translation>未分解</translation>
    </message>
    <message numerus="yes">
      <source>Split into %n target(s) (%1)</source>
      <translation>
        <numerusform>分解為 %n 個目標（%1）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Split into %n target(s)</source>
      <translation>
        <numerusform>分解為 %n 個目標</numerusform>
      </translation>
    </message>
    <message>
      <source>Its value came from its parent (%1)</source>
      <translation>本目標值由上級目標分解而來（%1）</translation>
    </message>
    <message>
      <source>None: a top-level target</source>
      <translation>無（頂級目標）</translation>
    </message>
    <message>
      <source>Not in the list</source>
      <translation>不在清單中</translation>
    </message>
    <message>
      <source>Re&amp;visions (%1)</source>
      <translation>調整記錄(&amp;V)（%1）</translation>
    </message>
    <message>
      <source>This target is no longer in the list (the database changed or it was removed).</source>
      <translation>此目標已不在清單中（資料庫已更換或目標已被刪除）。</translation>
    </message>
    <message>
      <source>Could not export: %1</source>
      <translation>無法匯出：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetDraft</name>
    <message>
      <source>FY%1</source>
      <comment>fiscal year named by the year it starts in</comment>
      <translation>%1 財年</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <comment>month name, year</comment>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>%1 Q%2</source>
      <comment>year, quarter number</comment>
      <translation>%1 年第 %2 季度</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetRights</name>
    <message>
      <source>Only a manager locks or unlocks targets.</source>
      <translation>只有經理可以鎖定或解鎖目標。</translation>
    </message>
    <message>
      <source>Locked by %1: a manager must unlock it first.</source>
      <translation>已被 %1 鎖定：需經理先解鎖。</translation>
    </message>
    <message>
      <source>A rep proposes changes to their own targets only.</source>
      <translation>銷售代表只能對自己的目標提出調整。</translation>
    </message>
    <message>
      <source>Only targets that add up (revenue, deals, customers …) can be split.</source>
      <translation>只有可累加的目標（銷售額、成交數、客戶數……）才能分解。</translation>
    </message>
    <message>
      <source>Company targets split over teams and team targets over reps.</source>
      <translation>公司目標分解到團隊，團隊目標分解到銷售代表。</translation>
    </message>
    <message>
      <source>Only a manager breaks targets down.</source>
      <translation>只有經理可以分解目標。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetWizardState</name>
    <message>
      <source>company</source>
      <comment>as in: grow company revenue</comment>
      <translation>公司</translation>
    </message>
    <message>
      <source>…</source>
      <translation>…</translation>
    </message>
    <message>
      <source>Cut %1 %2 in %3</source>
      <comment>scope, metric, period</comment>
      <translation>%3 將%1%2降低</translation>
    </message>
    <message>
      <source>Grow %1 %2 in %3</source>
      <comment>scope, metric, period</comment>
      <translation>%3 提升%1%2</translation>
    </message>
    <message>
      <source>Cut %1 %2 to %3 in %4</source>
      <comment>scope, metric, value, period</comment>
      <translation>%4 將%1%2降至 %3</translation>
    </message>
    <message>
      <source>Raise %1 %2 to %3 in %4</source>
      <comment>scope, metric, value, period</comment>
      <translation>%4 將%1%2提高到 %3</translation>
    </message>
    <message>
      <source>Grow %1 %2 to %3 in %4</source>
      <comment>scope, metric, value, period</comment>
      <translation>%4 將%1%2提升到 %3</translation>
    </message>
    <message>
      <source>Choose what the target measures.</source>
      <translation>請選擇目標衡量的指標。</translation>
    </message>
    <message>
      <source>Choose the team this target is for.</source>
      <translation>請選擇此目標所屬的團隊。</translation>
    </message>
    <message>
      <source>Choose the rep this target is for.</source>
      <translation>請選擇此目標所屬的銷售代表。</translation>
    </message>
    <message>
      <source>Choose the sales channel this target is for.</source>
      <translation>請選擇此目標對應的銷售渠道。</translation>
    </message>
    <message>
      <source>Choose the product line this target is for.</source>
      <translation>請選擇此目標對應的產品線。</translation>
    </message>
    <message>
      <source>Choose the region this target is for.</source>
      <translation>請選擇此目標對應的區域。</translation>
    </message>
    <message>
      <source>Give the target a title.</source>
      <translation>請為目標填寫標題。</translation>
    </message>
    <message>
      <source>Enter the target value: a target without a number cannot be measured.</source>
      <translation>請輸入目標值：沒有數字的目標無法衡量。</translation>
    </message>
    <message>
      <source>“%1” is not a number.</source>
      <translation>「%1」不是數字。</translation>
    </message>
    <message>
      <source>A rate lies between 0% and 100%.</source>
      <translation>比率應在 0% 到 100% 之間。</translation>
    </message>
    <message>
      <source>Satisfaction scores run from 1 to 5.</source>
      <translation>滿意度評分為 1 到 5。</translation>
    </message>
    <message>
      <source>The target cannot be negative.</source>
      <translation>目標不能為負數。</translation>
    </message>
    <message>
      <source>A target of zero asks for nothing: enter the value to reach.</source>
      <translation>目標為零等於沒有要求：請輸入要達成的數值。</translation>
    </message>
    <message>
      <source>The forecast gives this target little chance: tick the acknowledgement and say why it is right, or lower it.</source>
      <translation>預測顯示此目標達成機率很低：請勾選確認並說明理由，或調低目標。</translation>
    </message>
    <message>
      <source>Above what nearly every past period achieved: tick the acknowledgement and say why this target is right, or lower it.</source>
      <translation>高於幾乎所有歷史期間的水平：請勾選確認並說明理由，或降低目標。</translation>
    </message>
    <message>
      <source>The forecast makes this target near-certain: tick the acknowledgement and say why it is right, or raise it.</source>
      <translation>預測顯示此目標幾乎必然達成：請勾選確認並說明理由，或調高目標。</translation>
    </message>
    <message>
      <source>This asks for no real growth: tick the acknowledgement and say why this target is right, or raise it.</source>
      <translation>此目標幾乎不要求增長：請勾選確認並說明理由，或提高目標。</translation>
    </message>
    <message>
      <source>The parent target no longer exists: choose another or none.</source>
      <translation>上級目標已不存在：請選擇其他上級目標或不選。</translation>
    </message>
    <message>
      <source>The parent target measures %1: a target that contributes to it must measure the same.</source>
      <translation>上級目標考核的是%1：支撐它的目標必須考核同一指標。</translation>
    </message>
    <message>
      <source>%1 is not part of the parent target's scope.</source>
      <translation>%1 不在上級目標的範圍內。</translation>
    </message>
    <message>
      <source>%1 is not inside the parent target's period (%2).</source>
      <translation>%1 不在上級目標的期間（%2）之內。</translation>
    </message>
    <message>
      <source>The target has the parent's scope and period, so it narrows nothing: choose a narrower scope or a shorter period.</source>
      <translation>該目標與上級目標的範圍和期間完全相同，沒有做任何細分：請選擇更小的範圍或更短的期間。</translation>
    </message>
    <message>
      <source>This target cannot sit under the chosen parent.</source>
      <translation>該目標不能歸屬於所選的上級目標。</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>期間的結束早於開始。</translation>
    </message>
    <message>
      <source>This period ended on %1: a target must still lie ahead.</source>
      <translation>該期間已於 %1 結束：目標必須面向未來。</translation>
    </message>
    <message>
      <source>With this period the value is judged %1: go back to Achievable and acknowledge it, or change the value.</source>
      <translation>按這個期間，該目標值被評為「%1」：請回到「可實現」頁確認，或修改目標值。</translation>
    </message>
    <message>
      <source>unrealistic</source>
      <translation>不現實</translation>
    </message>
    <message>
      <source>too low</source>
      <translation>過低</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetsCsv</name>
    <message>
      <source>Export Targets</source>
      <translation>匯出目標</translation>
    </message>
    <message>
      <source>The file could not be written.</source>
      <translation>無法寫入檔案。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetsModel</name>
    <message>
      <source>In trouble since %1.</source>
      <translation>自 %1 起處於風險狀態。</translation>
    </message>
    <message>
      <source>Locked by %1 on %2.</source>
      <translation>%1 於 %2 鎖定。</translation>
    </message>
    <message numerus="yes">
      <source>%n revision(s) waiting for a decision</source>
      <translation>
        <numerusform>%n 個調整待審批</numerusform>
      </translation>
    </message>
    <message>
      <source>Against the original target of %1: %2</source>
      <translation>對照原始目標 %1：%2</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>Metric</source>
      <translation>指標</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>範圍</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期間</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>目標值</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>實際</translation>
    </message>
    <message>
      <source>Attainment</source>
      <translation>達成率</translation>
    </message>
    <message>
      <source>Pace</source>
      <translation>進度</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Nothing to measure yet.</source>
      <translation>暫無可衡量的資料。</translation>
    </message>
    <message>
      <source>The period has not started yet.</source>
      <translation>期間尚未開始。</translation>
    </message>
    <message>
      <source>Nothing was expected by this date yet.</source>
      <translation>截至今日尚無預期進度。</translation>
    </message>
    <message>
      <source>The target is already reached.</source>
      <translation>目標已達成。</translation>
    </message>
    <message>
      <source>No ratio can be computed for this target; it is judged by whether it is met.</source>
      <translation>此目標無法計算比例，按是否達成來判斷。</translation>
    </message>
    <message>
      <source>Actual is %1 of what was expected by now (%2 of %3).</source>
      <translation>實際為截至目前預期的 %1（%2 / %3）。</translation>
    </message>
    <message>
      <source>The period is over: %1 of the target was reached.</source>
      <translation>期間已結束：達成目標的 %1。</translation>
    </message>
    <message>
      <source>The current value is %1 of the target.</source>
      <translation>當前值為目標的 %1。</translation>
    </message>
    <message>
      <source>%1 needs %2.</source>
      <translation>%1 需要 %2。</translation>
    </message>
    <message>
      <source>Needs %1 more per working day than the last %2 days (%3 a day against %4).</source>
      <translation>每個工作日需要比最近 %2 天多 %1（每天 %3，最近為 %4）。</translation>
    </message>
    <message>
      <source>Needs %1 more per day than the last %2 days (%3 a day against %4).</source>
      <translation>每天需要比最近 %2 天多 %1（每天 %3，最近為 %4）。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetsPage</name>
    <message>
      <source>&amp;Revise…</source>
      <translation>調整(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Decompose…</source>
      <translation>分解(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;History…</source>
      <translation>歷史(&amp;H)…</translation>
    </message>
    <message>
      <source>&amp;Export CSV…</source>
      <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>Search title, metric or scope</source>
      <translation>搜尋標題、指標或範圍</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜尋</translation>
    </message>
    <message>
      <source>e.g. 2026 or 2026Q3</source>
      <translation>例如 2026 或 2026Q3</translation>
    </message>
    <message>
      <source>All scopes</source>
      <translation>全部範圍</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部狀態</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>期間(&amp;P)：</translation>
    </message>
    <message>
      <source>S&amp;cope:</source>
      <translation>範圍(&amp;C)：</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>狀態(&amp;T)：</translation>
    </message>
    <message>
      <source>As of %1</source>
      <translation>截至 %1</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在載入…</translation>
    </message>
    <message>
      <source>Could not load the targets: %1</source>
      <translation>無法載入目標：%1</translation>
    </message>
    <message>
      <source>This database has no targets yet.</source>
      <translation>該資料庫還沒有目標。</translation>
    </message>
    <message numerus="yes">
      <source>%n target(s)</source>
      <translation>
        <numerusform>%n 個目標</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n target(s) shown</source>
      <translation>
        <numerusform>顯示 %n 個目標中的 %1 個</numerusform>
      </translation>
    </message>
    <message>
      <source>Un&amp;lock</source>
      <translation>解鎖(&amp;L)</translation>
    </message>
    <message>
      <source>Could not change the lock: %1</source>
      <translation>無法更改鎖定狀態：%1</translation>
    </message>
    <message>
      <source>Could not open the database: %1</source>
      <translation>無法開啟資料庫：%1</translation>
    </message>
    <message>
      <source>Could not save the revision: %1</source>
      <translation>無法儲存調整：%1</translation>
    </message>
    <message>
      <source>targets.csv</source>
      <translation>目標.csv</translation>
    </message>
    <message>
      <source>Could not export: %1</source>
      <translation>無法匯出：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TeamRevenueModel</name>
    <message>
      <source>no target</source>
      <translation>無目標</translation>
    </message>
    <message>
      <source>Team code: %1</source>
      <translation>團隊代碼：%1</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>團隊</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目標</translation>
    </message>
    <message>
      <source>Won revenue</source>
      <translation>成交收入</translation>
    </message>
    <message>
      <source>Attainment</source>
      <translation>達成率</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>差距</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TimeBoundPage</name>
    <message>
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <source>Fiscal quarter</source>
      <translation>財季</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <source>Fiscal year</source>
      <translation>財年</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <source>Custom dates</source>
      <translation>自定義日期</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>每週</translation>
    </message>
    <message>
      <source>Every two weeks</source>
      <translation>每兩週</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <source>Quarterly</source>
      <translation>每季度</translation>
    </message>
    <message>
      <source>Q%1</source>
      <translation>第%1季度</translation>
    </message>
    <message>
      <source>&amp;Month:</source>
      <translation>月份(&amp;M)：</translation>
    </message>
    <message>
      <source>&amp;Quarter:</source>
      <translation>季度(&amp;Q)：</translation>
    </message>
    <message numerus="yes">
      <source>%1 to %2 (%n day(s))</source>
      <translation>
        <numerusform>%1 至 %2（%n 天）</numerusform>
      </translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>“%1”, reviewed %2.</source>
      <comment>title, review cadence</comment>
      <translation>「%1」，%2複盤。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::UndoActions</name>
    <message>
      <source>Undo</source>
      <translation>復原</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <source>Undo %1 (Ctrl+Z)</source>
      <translation>復原：%1（Ctrl+Z）</translation>
    </message>
    <message>
      <source>Redo %1 (Ctrl+Shift+Z)</source>
      <translation>重做：%1（Ctrl+Shift+Z）</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkAsDialog</name>
    <message>
      <source>Work As</source>
      <translation>使用身份</translation>
    </message>
    <message>
      <source>Manager (approves, rejects and locks targets)</source>
      <translation>經理（批准、駁回和鎖定目標）</translation>
    </message>
    <message>
      <source>Rep: %1</source>
      <translation>銷售代表：%1</translation>
    </message>
    <message>
      <source>This file has no logins: whom you work as decides which actions Attain offers and signs your changes. A rep may propose changes to their own targets; only a manager approves them or locks a target.</source>
      <translation>此檔案沒有登入帳號：您選擇的身份決定 Attain 提供哪些操作，並作為您所做更改的署名。銷售代表可以對自己的目標提出調整；只有經理可以批准調整或鎖定目標。</translation>
    </message>
    <message>
      <source>&amp;Work as:</source>
      <translation>身份(&amp;W)：</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadModel</name>
    <message>
      <source>–</source>
      <translation>–</translation>
    </message>
    <message numerus="yes">
      <source>On average %1 activities and %2 a week (%n weekday(s) worked in the range).</source>
      <translation>
        <numerusform>平均每週 %1 次活動、%2（所選週內在職 %n 個工作日）。</numerusform>
      </translation>
    </message>
    <message>
      <source>By time: %1
By count: %2</source>
      <translation>按時長：%1
按次數：%2</translation>
    </message>
    <message>
      <source>Not employed</source>
      <translation>未在職</translation>
    </message>
    <message>
      <source>No norm</source>
      <translation>無定額</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>%1, week %2 of %3 (%4 – %5)</source>
      <translation>%1，%3 年第 %2 週（%4 – %5）</translation>
    </message>
    <message>
      <source>%1: %2 · %3</source>
      <translation>%1：%2 · %3</translation>
    </message>
    <message>
      <source> (%1 of its norm)</source>
      <translation>（為該類定額的 %1）</translation>
    </message>
    <message>
      <source>Other types: %1 · %2</source>
      <translation>其他型別：%1 · %2</translation>
    </message>
    <message>
      <source>Total: %1 · %2</source>
      <translation>合計：%1 · %2</translation>
    </message>
    <message>
      <source>Not employed this week (not counted).</source>
      <translation>本週未在職（不計入）。</translation>
    </message>
    <message numerus="yes">
      <source>Load: %1 of the norm (%2) over %n weekday(s).</source>
      <translation>
        <numerusform>負荷：定額的 %1（%2），按 %n 個工作日計。</numerusform>
      </translation>
    </message>
    <message>
      <source>W%1
%2</source>
      <translation>第%1週
%2</translation>
    </message>
    <message>
      <source>d MMM</source>
      <comment>week column date</comment>
      <translation>M月d日</translation>
    </message>
    <message>
      <source>ISO week %1 of %2, from Monday %3</source>
      <translation>%2 年 ISO 第 %1 週，自週一 %3 起</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>銷售代表</translation>
    </message>
    <message>
      <source>Mean per full week worked</source>
      <translation>按完整工作週的平均值</translation>
    </message>
    <message>
      <source>Per week</source>
      <translation>每週</translation>
    </message>
    <message>
      <source>Hours/week</source>
      <translation>小時/週</translation>
    </message>
    <message>
      <source>Logged time against the norm over the range (count when the norm has no time)</source>
      <translation>所選週內記錄的時長相對定額（定額未設時長時按次數）</translation>
    </message>
    <message>
      <source>Load</source>
      <translation>負荷</translation>
    </message>
    <message>
      <source>Idle &lt; 50 %, Light 50–80 %, Balanced 80–120 %, Overloaded &gt; 120 %</source>
      <translation>空閒 &lt; 50 %，偏輕 50–80 %，均衡 80–120 %，超負荷 &gt; 120 %</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>類別</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadNormsDialog</name>
    <message>
      <source>Workload Norms</source>
      <translation>工作量定額</translation>
    </message>
    <message>
      <source>What a rep is expected to log in a full five-day week. A rep who worked only part of a week is measured against that part. 0 means no norm: no load is computed against it.</source>
      <translation>銷售人員在完整的五天工作週內應記錄的工作量。只在職部分時間的週按相應比例衡量。0 表示不設定額：不據此計算負荷。</translation>
    </message>
    <message>
      <source>Activities a week</source>
      <translation>每週活動次數</translation>
    </message>
    <message>
      <source>Hours a week</source>
      <translation>每週小時數</translation>
    </message>
    <message>
      <source>All activities</source>
      <translation>全部活動</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>%1: activities a week</source>
      <translation>%1：每週活動次數</translation>
    </message>
    <message>
      <source>none</source>
      <translation>無</translation>
    </message>
    <message>
      <source> h</source>
      <translation> 小時</translation>
    </message>
    <message>
      <source>%1: hours a week</source>
      <translation>%1：每週小時數</translation>
    </message>
    <message>
      <source>Per type (optional, shown in the week's details):</source>
      <translation>按型別（可選，顯示在每週明細中）：</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadPage</name>
    <message>
      <source>Change Workload Norms</source>
      <translation>修改工作量定額</translation>
    </message>
    <message>
      <source>&amp;Norms…</source>
      <translation>定額(&amp;N)…</translation>
    </message>
    <message>
      <source>Workload and Balance</source>
      <translation>工作量與平衡</translation>
    </message>
    <message>
      <source>All teams</source>
      <translation>全部團隊</translation>
    </message>
    <message numerus="yes">
      <source>Last %n week(s)</source>
      <translation>
        <numerusform>最近 %n 週</numerusform>
      </translation>
    </message>
    <message>
      <source>Activities and hours</source>
      <translation>活動次數和小時</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>小時</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>銷售活動</translation>
    </message>
    <message>
      <source>&amp;Team:</source>
      <translation>團隊(&amp;T)：</translation>
    </message>
    <message>
      <source>&amp;Weeks:</source>
      <translation>週數(&amp;W)：</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
      <source>Workload per rep and week</source>
      <translation>每位銷售人員每週的工作量</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>復原(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>Edit the weekly norms the load is measured against</source>
      <translation>編輯衡量負荷所用的每週定額</translation>
    </message>
    <message>
      <source>Only a manager can change the norms.</source>
      <translation>只有經理可以修改定額。</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在載入…</translation>
    </message>
    <message>
      <source>Could not load the workload: %1</source>
      <translation>無法載入工作量：%1</translation>
    </message>
    <message>
      <source>no norm set</source>
      <translation>未設定額</translation>
    </message>
    <message>
      <source>norm %1 activities and %2 a week</source>
      <translation>定額為每週 %1 次活動、%2</translation>
    </message>
    <message>
      <source>Weeks %1 to %2 (%3 – %4), as of %5; %6. Load is logged time against the norm (a partly worked week against its part).</source>
      <translation>第 %1 至 %2 週（%3 – %4），截至 %5；%6。負荷 = 記錄的時長相對定額（部分在職的週按相應比例）。</translation>
    </message>
    <message>
      <source>Workload Norms</source>
      <translation>工作量定額</translation>
    </message>
    <message>
      <source>The norms were not changed: %1</source>
      <translation>定額未修改：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadResultsPanel</name>
    <message>
      <source>Activity and results</source>
      <translation>活動與業績</translation>
    </message>
    <message>
      <source>No activity time logged in these weeks.</source>
      <translation>這些週內沒有記錄活動時長。</translation>
    </message>
    <message>
      <source>Revenue won per hour of activity:
  team: %1
  most: %2 (%3)
  least: %4 (%5)</source>
      <translation>每活動小時贏單收入：
  團隊：%1
  最高：%2（%3）
  最低：%4（%5）</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadSummary</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Nobody</source>
      <translation>無</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Team mean load</source>
      <translation>團隊平均負荷</translation>
    </message>
    <message>
      <source>Spread</source>
      <translation>離散度</translation>
    </message>
    <message>
      <source>Overloaded ▲</source>
      <translation>超負荷 ▲</translation>
    </message>
    <message>
      <source>Idle ▼</source>
      <translation>空閒 ▼</translation>
    </message>
    <message>
      <source>How much the reps' loads differ: the standard deviation divided by the mean (coefficient of variation). Below 0.15 even, above 0.35 very uneven.</source>
      <translation>銷售人員負荷的差異程度：標準差除以平均值（變異係數）。低於 0.15 為均勻，高於 0.35 為很不均勻。</translation>
    </message>
    <message>
      <source>–</source>
      <translation>–</translation>
    </message>
    <message>
      <source>%1 · %2 a week</source>
      <translation>%1 · 每週 %2</translation>
    </message>
    <message>
      <source>%1 a week (no norm)</source>
      <translation>每週 %1（無定額）</translation>
    </message>
    <message>
      <source>even</source>
      <translation>均勻</translation>
    </message>
    <message>
      <source>uneven</source>
      <translation>不均勻</translation>
    </message>
    <message>
      <source>very uneven</source>
      <translation>很不均勻</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadText</name>
    <message>
      <source>Idle</source>
      <translation>空閒</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>偏輕</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>均衡</translation>
    </message>
    <message>
      <source>Overloaded</source>
      <translation>超負荷</translation>
    </message>
    <message>
      <source>%1 h</source>
      <translation>%1 小時</translation>
    </message>
    <message>
      <source>Too few reps, or too little difference between them, to relate activity to revenue.</source>
      <translation>銷售人員太少或彼此差異太小，無法判斷活動與收入的關係。</translation>
    </message>
    <message>
      <source>Activity and revenue went their own ways (r = %1): more activity did not mean more revenue.</source>
      <translation>活動與收入各自獨立（r = %1）：活動更多並不意味著收入更多。</translation>
    </message>
    <message>
      <source>More activity went clearly with more revenue (r = %1).</source>
      <translation>活動越多，收入明顯越多（r = %1）。</translation>
    </message>
    <message>
      <source>More activity went with somewhat more revenue (r = %1).</source>
      <translation>活動越多，收入略有增加（r = %1）。</translation>
    </message>
    <message>
      <source>More activity went with less revenue (r = %1): look at what the busiest reps spend their time on.</source>
      <translation>活動越多，收入反而越少（r = %1）：請看看最忙的銷售人員把時間花在了哪裡。</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Attain — sales-target management</source>
      <translation>Attain — 銷售目標管理</translation>
    </message>
    <message>
      <source>The .attain database to open.</source>
      <translation>要開啟的 .attain 資料庫。</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>開啟資料庫</translation>
    </message>
  </context>
</TS>